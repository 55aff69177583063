# guess.py: guess the number between 1 and 100 in as few tries as you can.
# `guess.py --demo` plays itself by halving the range, with a fixed number.
import sys
import vibe

demo = "--demo" in sys.argv
seed = 12345 if demo else vibe.ticks() * 7919 + vibe.timestamp()
secret = (seed * 1103515245 + 12345) % 2**31 % 100 + 1
low, high, tries = 1, 100, 0
print("I am thinking of a number between 1 and 100.")
while True:
    if demo:
        guess = (low + high) // 2
        print("guess>", guess)
    else:
        try:
            text = input("guess> ")
        except EOFError:
            print("\nThe number was", secret)
            break
        if not text.strip().isdigit():
            print("a number, please")
            continue
        guess = int(text)
    tries += 1
    if guess < secret:
        print("higher")
        low = max(low, guess + 1)
    elif guess > secret:
        print("lower")
        high = min(high, guess - 1)
    else:
        print("Got it in", tries, "tries!")
        break

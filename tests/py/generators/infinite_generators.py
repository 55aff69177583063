# Infinite generators stopped manually by the consumer.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for value in it:
        if len(out) >= n:
            break
        out.append(value)
    return out
print(take(5, naturals()))
print(take(3, naturals(10)))
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(15, fibonacci()))
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(take(12, primes()))
def cycle(items):
    while True:
        for item in items:
            yield item
print(take(7, cycle("abc")))
def take_while(pred, it):
    for v in it:
        if not pred(v):
            return
        yield v
print(list(take_while(lambda v: v < 50, fibonacci())))
g = naturals()
for v in g:
    if v == 3:
        break
print("resume after break:", next(g))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:10], len(list(collatz(27))))
def powers_of(base):
    value = 1
    while True:
        yield value
        value *= base
print(take(5, powers_of(3)))
big = None
for p in powers_of(2):
    if p > 10 ** 30:
        big = p
        break
print(big)

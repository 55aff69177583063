# callable(), chr() and ord().
class C:
    def __call__(self):
        return 1
    def method(self):
        pass
print(callable(len), callable(lambda: 0), callable(C), callable(C()), callable(C().method), callable(print))
print(callable(1), callable("s"), callable(None), callable([]), callable(object()), callable(int))
print(chr(65), chr(97), chr(48), chr(32) == " ", chr(0) == "\x00", chr(233), chr(0x20ac), chr(0x1F600))
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"), ord(b"A"), ord(bytearray(b"z")))
print(all(ord(chr(i)) == i for i in range(0, 0x3000, 7)), chr(0x10FFFF) == "\U0010ffff")
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["ab", "", b"ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(65.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord(65)
except TypeError as e:
    print(type(e).__name__, e)
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) - ord("a") for c in "abcxyz"])
print(chr(True + 64), ord(chr(128)))
def caesar(s, k):
    return "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in s)
print(caesar("hello, world", 3), caesar(caesar("hello", 3), -3))

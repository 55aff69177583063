# hex(), oct(), bin() and format() builtins.
for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64, -(2 ** 70)]:
    print(n, hex(n), oct(n), bin(n))
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), oct(Idx()), bin(Idx()), hex(True))
for fn in (hex, oct, bin):
    try:
        fn(1.5)
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int(hex(-99), 0))
print(format(255, "x"), format(255, "#X"), format(3.14159, ".2f"), format("s", ">4"), format(42))
print(format(1234567, ","), format(0.5, "%"), format(5, "08b"), format(-5, "+"), format(True))
print(format(None), format([1, 2]), format((1,), ""))
class F:
    def __format__(self, spec):
        return "F[%s]" % spec
print(format(F(), "xyz"), format(F()), "{:abc}".format(F()), f"{F():q}")
try:
    format(1, "q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(object(), "d")
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
print(hex(0xdead_beef), bin(0b1010_1010), oct(0o7_7_7))
print(format(2 ** 100, "x"), format(-42, "o"), format(10, "c") == "\n")

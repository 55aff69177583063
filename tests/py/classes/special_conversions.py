# __int__, __float__, __index__, __complex__-free conversions and __format__.
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __format__(self, spec):
        return "Num<" + format(self.v, spec) + ">"
n = Num(3.75)
print(int(n), float(n), "abc"[Num(1)], [0, 1, 2, 3][Num(2)])
print(bin(Num(5)), oct(Num(8)), hex(Num(255)))
print(format(n, ".1f"), f"{n:>8.2f}", "{:06.2f}".format(n))
print(range(Num(3)).stop, list(range(Num(2), Num(5))))
print("ab" * Num(2), [1] * Num(3))
class OnlyIndex:
    def __index__(self):
        return 4
print(int(OnlyIndex()), bin(OnlyIndex()))
class OnlyFloat:
    def __float__(self):
        return 1.5
print(float(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
for conv in (int, float):
    try:
        conv(Plain())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    [1, 2][Plain()]
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self):
        return "not an int"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class DefaultFormat:
    def __str__(self):
        return "str-form"
print(format(DefaultFormat()), f"{DefaultFormat()}", "{}".format(DefaultFormat()))
try:
    format(DefaultFormat(), "10")
except TypeError as e:
    print(type(e).__name__, e)

# int() and float() conversions as builtins.
print(int(), int(7), int(-7.9), int("42"), int(" -3 "), int("0x1f", 16), int("11", base=2), int(True))
print(int("z", 36), int("0o17", 0), int("1_000"), int(b"12"), int(2 ** 70 + 0.0))
class HasInt:
    def __int__(self):
        return 99
class HasIndex:
    def __index__(self):
        return 7
print(int(HasInt()), int(HasIndex()), float(HasIndex()))
for bad in ["1.5", "", "abc", "1e3", None, [1]]:
    try:
        print(repr(bad), int(bad))
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
print(float(), float(3), float("2.5"), float(" -1e3 "), float("inf"), float("-nan"), float(True), float(2 ** 60))
class HasFloat:
    def __float__(self):
        return 0.25
print(float(HasFloat()), float(b"1.5"), float("1_0.5"))
for bad in ["x", "", "1.2.3", None, [1.0]]:
    try:
        float(bad)
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
print(int(float("1e15")), int(1e-9), float(int("9" * 20)))
print(isinstance(int("5"), int), isinstance(float("5"), float), int is type(0), float is type(0.0))
print(int(-0.5), int(0.99999), int("-0"), float("-0"))

# int() of floats truncates toward zero; related conversions.
for f in [0.0, -0.0, 0.9, -0.9, 1.5, -1.5, 2.5, 1e10, -1e10, 123.999, 1e20, 2.0 ** 70, -2.0 ** 70, 1e300]:
    print(f, int(f))
print(int(3.9999999999999999), int(7 / 2), int(-7 / 2))
print(type(int(2.5)).__name__)
print(int(float(2 ** 63)) == 2 ** 63, int(float(10 ** 20)))
print(int(1e16), int(1.2345e5))
import math
for f in [2.5, -2.5, 3.7, -3.7, 5.0]:
    print(f, math.floor(f), math.ceil(f), math.trunc(f), round(f), int(f))
print(type(math.floor(2.5)).__name__, type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(int("12"), int(" 12 "), int(12), int(-12))
print(int(True), int(False))
print(float(7), float(-7), float(2 ** 60), float(10 ** 22))
print(float(2 ** 53 + 1), float(2 ** 53 + 2))
print(7 // 2.0, 7 % 2.0, 7 / 2, 2 * 0.5, 10 - 0.5)
print(int(1e-300), int(-1e-300), int(0.9999999999999999))
for s in ["3.5", "1e3"]:
    try:
        int(s)
    except ValueError as e:
        print(type(e).__name__, e)
print(int(float("3.5")), int(float("1e3")))
print(round(1e15 + 0.5), round(-0.5), round(0.5), round(1.5))
print(int(-0.0), str(int(-0.0)))

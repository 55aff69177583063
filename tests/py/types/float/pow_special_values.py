# float ** float and math.pow: special values (zeros, infinities, NaN, huge exponents,
# negative bases) as CPython, and finite results rounded to the last digit as CPython.
import math
vals = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, 1e308, 1e-308, 5e-324, float("inf"), float("-inf"), float("nan"), 10.0, 1.0000001, 0.9999999, 7.5, -7.5, 9007199254740992.0, 100.0]
exps = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 1e308, -1e308, float("inf"), float("-inf"), float("nan"), 1e-10, 52.0, -1074.0, 1023.5, 1/3, 0.1, 11.0, -11.0, 1152921504606846976.0]
for x in vals:
    row = []
    for y in exps:
        try:
            row.append(repr(x ** y))
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            row.append(type(e).__name__)
        try:
            row.append(repr(math.pow(x, y)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(repr(x), " ".join(row))
print(2 ** -1, 10 ** -3, (-8) ** (1/3), 2 ** 0.5, 1.1 ** 1000, 2.0 ** 1023, 2 ** 1023.0, pow(2.0, -1074), 0.1 ** 3, 1.5 ** 2.5)
acc = 0.0
for i in range(1, 300):
    x = i * 0.173 + 0.5
    y = (i % 37) * 0.29 - 3.1
    acc += x ** y
    print(repr(x ** y), end=" ")
print()
print(repr(acc), (-8.0) ** (1 / 3), (-2.0) ** 0.5, (1 + 2j) ** 0.5, abs(3 + 4j), abs(1e300 + 1e300j))

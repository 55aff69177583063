# atan, asin, acos and atan2: special values and last-digit agreement with CPython.
import math
sv = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1e-300, -1e-300, 5e-324, 1e300, -1e300, float("inf"), float("-inf"), float("nan"), 0.9999999999999999, -0.9999999999999999, 2.0, 1e-8, 3.0]
for f in (math.atan, math.asin, math.acos):
    row = []
    for v in sv:
        try:
            row.append(repr(f(v)))
        except ValueError:
            row.append("ValueError")
    print(f.__name__, " ".join(row))
for y in sv:
    print(" ".join(repr(math.atan2(y, x)) for x in sv))
for i in range(1, 200):
    x = i * 0.173 + 0.5
    y = (i % 37) * 0.29 - 3.1
    print(repr(math.atan(x / 7 - 3)), repr(math.asin((i % 100) / 101)), repr(math.acos((i % 97) / 98 - 0.5)))

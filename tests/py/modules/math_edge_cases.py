# math: NaN passes through log, the poles of lgamma are domain errors, degrees and
# radians multiply by one rounded constant, ldexp wants an int exponent.
import math

nan = float("nan")
print(math.log(nan), math.log(nan, 2), math.log(8, nan))
for bad in (0, -1.5):
    try:
        math.log(bad)
    except ValueError as e:
        print("log", bad, "ValueError", e)
for x in (0.0, -1.0, -2.0):
    try:
        math.lgamma(x)
    except ValueError as e:
        print("lgamma", x, "ValueError", e)
print(math.lgamma(1.0), math.lgamma(2.0), math.lgamma(float("inf")))
for x in (-1.5, 0.5, 2.0, 3, 1e300, 123.456, -0.0):
    print(repr(math.radians(x)), repr(math.degrees(x)))
print(math.ldexp(1.5, 3), math.ldexp(1, -1), math.ldexp(2.0, True))
try:
    math.ldexp(2, 0.5)
except TypeError as e:
    print("TypeError", e)

# exp, log, log2, log10, sin, cos, tan, sinh, cosh, tanh and hypot agree with CPython
# to the last digit (exp(1) == e, log10 of powers of ten exact, big ints in log).
import math

vals = [0.5, 1, 2, 3, 5, 10, 100, 0.1, 1.5, 2.5, 7, 1000, 0.25, 4, 1e-3, 50, 12, 42,
        math.pi, math.e, math.pi / 4, math.pi / 6, 0.75, 1.1, 123.456, 1e-300, 5e-324, 1e300]
for f in (math.exp, math.log, math.log2, math.log10, math.sin, math.cos, math.tan,
          math.sinh, math.cosh, math.tanh):
    out = []
    for v in vals:
        for x in (v, -v):
            try:
                out.append(repr(f(x)))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__)
    print(f.__name__, " ".join(out))
print(math.exp(1) == math.e, math.log(math.e), math.log10(10**22), math.log2(2**60), math.log10(1e-300))
print([repr(math.hypot(v, 1.7)) for v in vals])
print(math.hypot(3, 4), math.hypot(1e200, 1e200), math.hypot(1e-200, 3e-200), math.hypot(-0.0, 0.0))
print(math.log(2**1000), math.log2(2**2000), math.log10(10**400), math.log(10**500, 10), math.log(2**200))
x = 0.0
for i in range(1, 200):
    x += math.exp(i / 37) + math.log(i * 1.37) + math.sin(i) + math.cos(i / 3) + math.log10(i * 7.1)
print(repr(x))

# float.is_integer() and float.as_integer_ratio().
for v in [0.0, -0.0, 1.0, 1.5, -2.0, 1e20, 1e-20, 2.0 ** 60, 0.1, float("inf"), float("nan")]:
    print(repr(v), v.is_integer())
for v in [0.0, 1.0, 0.5, 0.25, -0.75, 0.1, 1.5, 3.14159, 1e10, 2.0 ** -10, 1e-5, 123.456]:
    n, d = v.as_integer_ratio()
    print(repr(v), (n, d), n / d == v)
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
print((5).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio())
n, d = (0.1).as_integer_ratio()
print(d == 2 ** 55, n)
print(all(float(k).is_integer() for k in range(-100, 100)))
print(all(not (k + 0.5).is_integer() for k in range(-100, 100)))
print(1e300.is_integer(), 5e-324.is_integer())
print(int(2.5), int(-2.5))
print((1.0).real, (1.0).imag, (1.5).conjugate())
def from_ratio(v):
    n, d = v.as_integer_ratio()
    return d & (d - 1) == 0
print(all(from_ratio(i / 8) for i in range(-20, 20)))

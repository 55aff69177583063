# Ordering, sorting and min/max of floats including negative zero.
vals = [3.5, -1.25, 0.0, 2.0, -0.0, 1e-300, -1e300, 7.0, 2.0]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(min(vals), max(vals))
print(sorted([0.0, -0.0]), sorted([-0.0, 0.0]))
print(0.1 < 0.2, 0.1 + 0.2 > 0.3, 1.0 <= 1.0, 2.5 >= 2.50000001)
print(sorted([2.5, 2, 2.25, True, 3]))
print(sorted(["%.2f" % v for v in (3.14159, 2.71828, 1.41421)]))
print(sorted([1.1, 1.01, 1.001, 1.0001]))
pts = [(1.5, "b"), (1.5, "a"), (0.5, "z")]
print(sorted(pts))
print(sorted(pts, key=lambda p: p[0]))
print(max([1.0, 1, True]), min([1, 1.0]))
import math
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.0001), math.isclose(1.0, 1.0001, rel_tol=1e-3))
print(abs(0.1 + 0.2 - 0.3) < 1e-15)
a = [0.3, 0.1, 0.2]
a.sort()
print(a, a == [0.1, 0.2, 0.3])
print(sorted([1e10, 1e-10, 1e5, 1e-5]))
print(1.0 == 1.0000000000000002, 1.0 < 1.0000000000000002)
print(float("1.0000000000000001") == 1.0)
print(sorted({0.5: "half", 0.25: "quarter", 1.0: "one"}.items()))

# math constants and their relationships.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.tau == 2 * math.pi, math.inf > 1e308, math.nan != math.nan)
print(type(math.pi).__name__, type(math.inf).__name__)
print(round(math.pi, 5), round(math.e, 5), "%.10f" % math.pi, "%.3e" % math.e)
print(math.isinf(math.inf), math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(math.pi))
print(math.inf == float("inf"), math.isnan(float("nan")))
print(math.isclose(math.cos(math.tau), 1.0), abs(math.sin(math.pi)) < 1e-15)
print(math.isclose(math.exp(1), math.e), math.isclose(math.log(math.e), 1.0))
print(round(math.degrees(math.tau), 9), math.isclose(math.radians(360), math.tau))
area = math.pi * 2 ** 2
print(round(area, 6), "%.2f" % (math.pi * 10))
print(math.floor(math.pi), math.ceil(math.e), int(math.tau))
print(math.inf - math.inf != math.inf - math.inf, math.inf * -1)
print(f"{math.pi:.4f} {math.e:.4f} {math.tau:.4f}")
import math as m
print(m.pi is math.pi, m.e == math.e)
print(str(math.pi)[:6], repr(math.e)[:6])
circumference = [round(2 * math.pi * r, 3) for r in range(4)]
print(circumference)
print(math.sqrt(math.pi ** 2) == math.pi)
print(max(math.pi, math.e), min(math.pi, math.e, math.tau))

# Format specifications for floats: every presentation type.
x = 1234.5678
for spec in ["", "e", "E", "f", "F", "g", "G", "%", ".2e", ".0e", ".3f", ".0f", ".2g", ".10g",
             ".2%", "10.2f", "<10.2f", ">10.2f", "^10.2f", "*^12.1f", "+.1f", " .1f", "-.1f",
             "010.2f", ",.2f", "_.2f", "#.0f", "#g", ".1", ".3", "12", "=+12.2f"]:
    print(repr(spec), repr(format(x, spec)))
for v in [0.0, -0.0, 1e-5, 1e16, 123456789.0, 0.000123456, 1e100, -1.5, 100.0]:
    print(repr(v), format(v, "g"), format(v, ".3g"), format(v, "e"), format(v, "f"), format(v, ""))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(format(v, "f"), format(v, "F"), format(v, "e"), format(v, "E"), format(v, "g"), format(v, "G"), format(v, "%"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(2.675, ".2f"))
print("%f %e %g %E %G" % (x, x, x, x, x))
print("%.2f %10.3f|%-10.1f| %+.1e %08.3f" % (x, x, x, x, -x))
print("%g %g %g %g" % (1e-5, 1e16, 1234567.0, 0.0001))
print("{:.3f} {:>10.2e} {:,}".format(x, x, 1234567.891))
print(f"{x:.1f} {x:e} {x:g} {-x:+.2f}")
try:
    format(x, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(x, "x")
except ValueError as e:
    print(type(e).__name__, e)
print(format(1e16, ","), format(1.0, ".30f"))

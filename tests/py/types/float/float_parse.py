# float() parsing of strings: forms, whitespace, underscores, specials, errors.
good = ["1", "-1", "+1.5", "  2.5  ", "\n3\t", ".5", "5.", "1e3", "1E-3", "-1.5e+2", "1_000.5",
        "1_0e1_0", "inf", "-inf", "+inf", "Infinity", "-Infinity", "INF", "iNfInItY", "nan", "-nan",
        "NaN", "0", "-0", "-0.0", "00012.50", "1e400", "-1e400", "1e-400", "16"]
for s in good:
    print(repr(s), float(s))
bad = ["", " ", "abc", "1.2.3", "1e", "e1", "1_", "_1", "1__0", "--1", "1 2", "0x10", "infinity!",
       "nan(1)", "1e1.5", ".", "+", "1,5"]
for s in bad:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(float(b"2.5"), float(bytearray(b" -1e2 ")))
print(float(5), float(-0), float(True), float(2 ** 100))
print(float(), float(3.25))
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1.0])
except TypeError as e:
    print(type(e).__name__, e)
print(float("1" + "0" * 30), float("0." + "0" * 30 + "1"))
print(float("123456789012345678901234567890"))
print(float("2.2250738585072014e-308"), float("4.9406564584124654e-324"))
print(float("1.7976931348623157e+308"), float("1.7976931348623159e+308"))

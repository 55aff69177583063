# The format-spec mini-language through format(), str.format and f-strings.
print(format("txt", "<8") + "|", format("txt", ">8") + "|", format("txt", "^8") + "|")
print(format("txt", "-^9"), format("txt", "*<6"), format("é", "€>4"))
print(format(42, "=+8"), format(-42, "=8"), format(42, "0>6"), format(-42, "06"))
print(format(1234567.891, ",.2f"), format(1234567, "_d"), format(0xABCDEF, "_X"))
print(format(0.1234, ".1%"), format(5, "#o"), format(5, "#b"), format(3.0, "#.0f"))
print("{:{}}|".format("w", 5), "{:{}{}}|".format(3.14159, ">", 10), "{:.{}f}".format(2.71828, 3))
print("{0:{1}.{2}f}".format(3.14159, 8, 2), "{:{fill}{align}{width}}".format("x", fill="-", align="^", width=7))
print("{:{w}.{p}}".format("truncate me", w=6, p=3) + "|")
print("{:>{}}".format("r", 4), "{:<{w}}|".format("l", w=4))
print(format("abc", ".2"), format("abc", "5.1") + "|", format(1.0, "e"), format(1.0, ".0e"))
print("{!r:^10}".format("q"), "{!s:*>6}".format(None))
print(format(True, ">6"), format(str(None), ">6"), format(str([1]), ">6"))
try:
    format(None, ">6")
except TypeError as e:
    print(type(e).__name__, e)
for spec in ["", "s", "10", "<10", ".3", "^10.2"]:
    print(repr(spec), repr(format("hello", spec)))
try:
    format("s", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1, "=s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "=5")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, ",d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{:{}}".format("x", "<<")
except ValueError as e:
    print(type(e).__name__, e)
print(f"{'nested':{'^'}{12}}|", f"{7:0{3}d}", f"{255:#0{6}x}")

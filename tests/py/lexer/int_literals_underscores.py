# Underscores as digit separators in integer literals.
print(1_000_000)
print(0x_FF_FF)
print(0b_1010_1010)
print(0o_7_7_7)
print(1_2_3_4_5)
print(10_000 + 1)
print(1_0 * 1_0)
print(123_456_789_012_345_678_901)
# Invalid placements are syntax errors.
bad = ["1__000", "1000_", "0x_", "0b1__0", "0_x1"]
for src in bad:
    try:
        compile(src, "<test>", "eval")
        print(src, "compiled")
    except SyntaxError as e:
        print(src, "SyntaxError")
# int() accepts underscores the same way literals do.
print(int("1_000"), int("0x_ff", 16), int("ff_ff", 16), int("0b_1_0", 0))
for s in ["_1", "1_", "1__0"]:
    try:
        int(s)
        print(s, "ok")
    except ValueError as e:
        print(type(e).__name__, e)
# Underscores in floats too.
print(1_0.5, 1_000.000_1, 1e1_0, 1_2e-1)

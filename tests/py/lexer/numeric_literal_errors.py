# Malformed numeric literals are SyntaxErrors with CPython's messages.
cases = [
    "0b102",
    "0o8",
    "0xg",
    "1__2",
    "1_",
    "012",
    "0b",
    "0x",
    "1e",
]
for src in cases:
    try:
        compile(src, "<test>", "eval")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno)
# Valid edge cases.
for src in ["0", "00", "0_0", "0.", ".0", "0e0", "0j", "1_0.0_1", "0b0_1", "0o0_7"]:
    print(repr(src), eval(src))
# Errors on later lines report their line number.
try:
    compile("x = 1\ny = 2\nz = 0b3\n", "<test>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    compile("a = 1\nb = 09\n", "<test>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)

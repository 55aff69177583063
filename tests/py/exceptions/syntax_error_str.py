# str() of SyntaxError: the message, then the file's base name and line when known; the
# attributes come from the (filename, lineno, offset, text) tuple.
cases = [
    SyntaxError("m", ("/a/b/c.py", 3, 1, "x y")),
    SyntaxError("m", ("c.py", None, 1, "x y")),
    SyntaxError("m", (None, 7, 1, "x y")),
    SyntaxError("m", (None, None, None, None)),
    SyntaxError("only message"),
    SyntaxError(),
]
for e in cases:
    print(repr(str(e)), e.msg, e.filename, e.lineno, e.offset, repr(e.text))

for source in ["a b", "x = (1,\n", "def f(:\n    pass\n", "if 1:\npass\n"]:
    try:
        compile(source, "/some/dir/prog.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.filename, e.lineno, str(e).endswith("(prog.py, line %d)" % e.lineno))

try:
    exec("1 +* 2")
except SyntaxError as e:
    print(type(e).__name__, e.lineno, e.text.strip(), str(e).endswith("(<string>, line 1)"))

# Blocks are delimited by indentation; inconsistencies are errors.
def f(x):
    if x > 0:
        if x > 10:
            return "big"
        return "small"
    else:
            return "deep indent is fine"
print(f(20), f(5), f(-1))
for i in range(2):
  print("two-space", i)
for i in range(2):
	print("tab", i)
if True: print("one-line body")
while False: pass
class C: x = 1
print(C.x)
def g(): return "inline def"
print(g())
cases = {
    "unexpected": "x = 1\n    y = 2\n",
    "expected": "if True:\nx = 1\n",
    "unindent": "if True:\n        x = 1\n    y = 2\n",
}
for name, src in cases.items():
    try:
        compile(src, "<test>", "exec")
        print(name, "compiled")
    except SyntaxError as e:
        print(name, type(e).__name__, e.msg, e.lineno)
# Blank lines and comment lines do not affect indentation.
def h():

    a = 1
# comment at column 0

    return a
print(h())
src = "if 1:\n    pass\n\n\n"
exec(src)
print("blank trailing lines ok")
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))

# compile() in exec, eval and single modes; the resulting code objects run later.
c1 = compile("a = 5\nb = a * 2\n", "<string>", "exec")
ns = {}
exec(c1, ns)
print(ns["a"], ns["b"])
c2 = compile("a * b", "<expr>", "eval")
print(eval(c2, ns), eval(c2, {"a": 2, "b": 3}))
c3 = compile("print('single mode prints', 1 + 1)", "<single>", "single")
exec(c3)
for i in range(3):
    exec(c1, ns)
print(ns["b"])
try:
    compile("x = ", "myfile.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    compile("x = 1", "<string>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("1", "<string>", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile(5, "<string>", "exec")
except TypeError as e:
    print(type(e).__name__, e)
src = "def square(n):\n    return n * n\n"
code = compile(src, "<defs>", "exec")
env = {}
exec(code, env)
print(env["square"](9))
print(eval(compile("[x * 2 for x in range(4)]", "<lc>", "eval")))
try:
    exec(compile("raise KeyError('from compiled code')", "<raise>", "exec"))
except KeyError as e:
    print(type(e).__name__, e)
lines = compile("\n\n\nx = 1\n", "<lines>", "exec")
exec(lines, env)
print(env["x"])
print(eval(compile(b"2 + 2", "<bytes>", "eval")))

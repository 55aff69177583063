# exec() runs statements in given or current namespaces and returns None.
ns = {}
result = exec("x = 1\ny = x + 1\ndef f(): return x + y\n", ns)
print(result, ns["x"], ns["y"], ns["f"]())
exec("counter = 10")
print(counter)
g, l = {"base": 5}, {}
exec("derived = base * 2", g, l)
print(l, "derived" in g)
loc = {"total": 0}
exec("for i in range(3):\n    total += i", {}, loc)
print(loc["total"], loc["i"])
code = compile("z = 7 * 6", "<compiled>", "exec")
exec(code, ns)
print(ns["z"])
exec("class C:\n    v = 3\nobj = C()", ns)
print(ns["obj"].v, type(ns["obj"]).__name__)
exec("import math as m", ns)
print(ns["m"].pi > 3)
try:
    exec("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print(type(e).__name__, e)
try:
    exec("undefined_name", {})
except NameError as e:
    print(type(e).__name__, e)
try:
    exec(42)
except TypeError as e:
    print(type(e).__name__, e)
exec(b"from_bytes = 'bytes source'", ns)
print(ns["from_bytes"])
def in_function():
    scope = {}
    exec("local_made = 1", globals(), scope)
    return scope
print(in_function())

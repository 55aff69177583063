# exec and eval with explicit globals/locals dictionaries.
g = {"x": 1}
exec("y = x + 1", g)
print(g["y"], "y" in globals())
l = {}
exec("z = 5", {}, l)
print(l)
print(eval("a * b", {"a": 3, "b": 4}))
print(eval("a + b", {"a": 1}, {"b": 2}))
print(eval("len('abc')", {}))
ns = {}
exec("def f():\n    return 'from exec'\n", ns)
print(ns["f"]())
exec("counter = 0\nfor i in range(5):\n    counter += i\n", ns)
print(ns["counter"], ns["i"])
top = "module value"
print(eval("top"))
exec("new_global = 'created'")
print(new_global)
def in_function():
    local_var = 7
    return eval("local_var * 6")
print(in_function())
try:
    eval("undefined_in_eval")
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("raise ValueError('from exec')", {})
except ValueError as e:
    print(type(e).__name__, e)
code = compile("q * 2", "<expr>", "eval")
print(eval(code, {"q": 21}))
print(sorted(k for k in ns if not k.startswith("__")))

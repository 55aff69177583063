# eval() evaluates a single expression.
x = 10
print(eval("1 + 2 * 3"), eval("x * 2"), eval("'abc'.upper()"), eval("[i for i in range(3)]"))
print(eval("x + y", {"x": 1, "y": 2}), eval("x", {"x": "globals"}, {"x": "locals"}))
print(eval("  42  "), eval("\n5\n"), eval("(1,\n 2)"))
print(eval("lambda a: a + 1")(1), eval("len")([1, 2]))
print(eval(compile("3 ** 2", "<c>", "eval")), eval(b"7"))
for bad in ["x = 1", "import math", "if True: pass", "1 +", ""]:
    try:
        eval(bad)
    except SyntaxError as e:
        print(repr(bad), type(e).__name__)
try:
    eval("unknown_name")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    eval(123)
except TypeError as e:
    print(type(e).__name__, e)
def in_function():
    local_value = 5
    return eval("local_value * 2")
print(in_function())
ns = {"n": 3}
print(eval("(m := n + 1)", ns), ns.get("m"))
print(eval("max(data)", {"data": [3, 9, 4]}))
expr = " + ".join(str(i) for i in range(10))
print(expr, "=", eval(expr))
print(eval(repr({"k": [1, 2.5, None]})) == {"k": [1, 2.5, None]})
print(type(eval("1j")).__name__, eval("0x10"), eval("1_000"))

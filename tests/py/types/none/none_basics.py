# None: the singleton, its type, truthiness and comparisons.
print(None, repr(None), str(None), type(None).__name__)
print(None is None, None == None, None != 0, None == False, None == "")
print(bool(None), not None)
x = None
print(x is None, x is not None)
def f():
    pass
def g():
    return
print(f() is None, g() is None, print("printing returns") is None)
print([].append(1) is None, {}.update() is None)
print(type(None)() is None)
n = None
for op in ["n < 1", "n + 1", "n[0]", "len(n)", "n()", "iter(n)"]:
    try:
        eval(op)
    except TypeError as e:
        print(op, "->", type(e).__name__, e)
try:
    None.attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hash(None) == hash(None), {None: "key"}[None], None in [0, None], [None] * 2)
print(sorted([3, 1], key=lambda v: v) is not None)
d = {"a": None}
print(d.get("a"), d.get("b"), "a" in d)
print(None if None else "falsy", None or "default", None and "never")
values = [0, None, "", None, 5]
print([v for v in values if v is not None])
print(f"{None}", "%s" % None, "{}".format(None), str(None) == "None")
print(isinstance(None, object), type(None) is type(None))
print(max([1, 2], default=None), min([], default=None))

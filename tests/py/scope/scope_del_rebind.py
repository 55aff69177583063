# Deleting and rebinding names in different scopes.
a = 1
del a
a = 2
print(a)
def f():
    b = "local"
    del b
    b = "rebound"
    return b
print(f())
def g():
    c = 1
    def inner():
        return c
    del c
    try:
        return inner()
    except NameError as e:
        return type(e).__name__
print(g())
def h():
    d = [1, 2, 3]
    alias = d
    del d
    return alias
print(h())
items = {"k": 1}
ref = items
del items
print(ref)
def loop_del():
    out = []
    for i in range(3):
        tmp = i * i
        out.append(tmp)
        del tmp
    return out, "tmp" in locals()
print(loop_del())
def rebind_in_loop():
    funcs = []
    for i in range(2):
        v = i
        funcs.append(lambda: v)
        del v
    try:
        return [fn() for fn in funcs]
    except NameError as e:
        return type(e).__name__
print(rebind_in_loop())

# Annotated assignments bind like plain ones; without a value they bind nothing.
x: int = 5
y: str
print(x)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
z: list = [1, 2]
print(z)
class C:
    a: int = 1
    b: "str"
    c: float = 2.5
print(C.a, C.c, hasattr(C, "b"))
def f():
    local: int = 3
    other: str
    try:
        return other
    except NameError as e:
        return (local, type(e).__name__)
print(f())
class Obj:
    pass
o = Obj()
o.attr: int = 10
print(o.attr)
d = {}
d["key"]: str = "v"
print(d)
n: int
n = 3
print(n)
t: tuple = 1, 2
print(t)
def g():
    total: float = 0
    for i in range(4):
        total += i
    return total
print(g())
q: "any expression" = "annotation not evaluated for its value"
print(q)

# Positional-only parameters (before /).
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
def g(x, /, **kwargs):
    return x, kwargs
print(g(1, x=2))
def h(a, b=10, /):
    return a + b
print(h(1), h(1, 2))
try:
    h(1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
def only(a, /):
    return a
print(only("pos"))
def mixed(a, /, b, c=3, *args, d, **kw):
    return a, b, c, args, d, kw
print(mixed(1, 2, d=4))
print(mixed(1, b=2, d=4, e=5))
print(mixed(1, 2, 3, 4, 5, d=6))
lam = lambda p, /, q: p - q
print(lam(10, 3), lam(10, q=4))
try:
    lam(p=1, q=2)
except TypeError as e:
    print(type(e).__name__)
try:
    compile("def bad(a=1, /, b): pass", "<test>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

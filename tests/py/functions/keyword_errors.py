# TypeError messages for bad keyword arguments.
def call(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print("ok")
    except TypeError as e:
        print(type(e).__name__, e)
def f(a, b):
    pass
def g(a, *, k):
    pass
def h(a, b=2, *, k=1, m):
    pass
def p(a, /, b):
    pass
call(f, 1, c=2)
call(f, 1, 2, c=3)
call(f, a=1, b=2, zz=3)
call(f, 1, a=2)
call(f, 1, 2, b=3)
call(g, 1)
call(g, 1, 2)
call(g, 1, k=2, j=3)
call(h, 1)
call(h)
call(p, a=1, b=2)
call(p, 1, b=2)
call(lambda: 0, x=1)
call(lambda **kw: 0, x=1)
def two_kwonly(*, x, y):
    pass
call(two_kwonly)
call(two_kwonly, x=1)
def three_missing(a, b, c):
    pass
call(three_missing)
call(three_missing, b=1)
class C:
    def method(self, v):
        pass
call(C().method, w=1)
call(C().method, 1, v=2)

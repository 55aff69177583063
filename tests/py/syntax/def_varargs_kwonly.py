# *args, keyword-only parameters and **kwargs in definitions.
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), type(f()).__name__)
def g(**kwargs):
    return sorted(kwargs.items())
print(g(), g(a=1, b=2))
def h(a, *args, **kwargs):
    return a, args, kwargs
print(h(1, 2, 3, x=4, y=5))
def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2), kwonly(1, c=0, b=9))
try:
    kwonly(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwonly(1)
except TypeError as e:
    print(type(e).__name__, e)
def after_star(*args, last):
    return args, last
print(after_star(1, 2, last=3))
try:
    after_star(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def everything(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(everything(1, c=3))
print(everything(1, 2, 3, 4, c=5, d=6, e=7))
def kw_dict_copy(**kw):
    kw["added"] = True
    return kw
opts = {"x": 1}
print(kw_dict_copy(**opts), opts)
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
def star_name(*, sep="-"):
    return sep
print(star_name(), star_name(sep="+"))
try:
    star_name("positional")
except TypeError as e:
    print(type(e).__name__, e)

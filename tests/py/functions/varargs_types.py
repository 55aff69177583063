# *args is always a fresh tuple and **kwargs a fresh dict.
def f(*args, **kwargs):
    return args, kwargs
a, k = f()
print(type(a).__name__, type(k).__name__, a, k)
a, k = f(1, x=2)
print(a, k)
lst = [1, 2]
a, k = f(*lst)
print(a, type(a).__name__, a == tuple(lst))
d = {"x": 1}
a, k = f(**d)
print(k, k is d, k == d)
k["new"] = 1
print(d)
def modify(*args):
    try:
        args[0] = 5
    except TypeError as e:
        return type(e).__name__
print(modify(1))
def calls():
    seen = []
    def g(**kw):
        kw["count"] = len(seen)
        seen.append(kw)
        return kw
    g(); g()
    return seen[0] is seen[1], seen
print(calls())
def only_kwargs(**kw):
    return list(kw.items())
print(only_kwargs(b=2, a=1))
def mixed(a, *args, b=0, **kw):
    return a, args, b, kw
print(mixed(1, 2, 3, b=4, c=5))
print(mixed(*range(4), **{"b": "B", "z": "Z"}))
def star_gen(*args):
    return args
print(star_gen(*(i * i for i in range(4))))
print(star_gen(*"ab", *[1], *{7: 0}))
t = (1, 2)
print(star_gen(*t) == t)

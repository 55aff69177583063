# * and ** unpacking in calls.
def f(a, b, c, d=4, **kw):
    return a, b, c, d, sorted(kw.items())
args = [1, 2, 3]
print(f(*args))
print(f(*args, 5))
print(f(1, *[2], *(3,)))
print(f(*"xyz"))
print(f(*range(3), d=0))
kwargs = {"c": 30, "d": 40}
print(f(1, 2, **kwargs))
print(f(1, 2, **kwargs, e=50))
print(f(*[1, 2], **{"c": 3}, **{"z": 26}))
print(f(**{"a": "A", "b": "B", "c": "C"}))
try:
    f(1, 2, 3, **{"a": 0})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"c": 1}, **{"c": 2})
except TypeError as e:
    print(type(e).__name__)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__)
def g(*a, **k):
    return a, k
print(g(*(), **{}))
print(g(*{1: "one", 2: "two"}))
print(g(*[1], 2, *[3], x=1, **{"y": 2}))
def gen():
    yield 7
    yield 8
print(g(*gen()))
print(print(*["printed", "by", "star"], sep="-"))

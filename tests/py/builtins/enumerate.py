# enumerate() with start values and various iterables.
print(list(enumerate("abc")))
print(list(enumerate("abc", 1)), list(enumerate("abc", start=-2)), list(enumerate([], 5)))
print(list(enumerate(range(3), 10 ** 20))[:2])
e = enumerate(["x", "y"])
print(type(e).__name__, next(e), next(e), next(e, "done"))
print(iter(e) is e)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
print(dict(enumerate("ab")), {v: i for i, v in enumerate("ab")})
def gen():
    yield "first"
    yield "second"
print(list(enumerate(gen(), 1)))
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
print(list(enumerate({"k": 1, "j": 2})), list(enumerate(b"hi")))
lines = ["alpha", "beta", "gamma"]
for num, line in enumerate(lines, start=1):
    print("%d: %s" % (num, line))
print([i for i, c in enumerate("banana") if c == "a"])
print(max(enumerate([3, 9, 2]), key=lambda t: t[1]))
print(list(enumerate(enumerate("ab"))))

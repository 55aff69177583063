# Creating tuples: commas, parentheses, tuple() and single elements.
a = 1, 2, 3
b = (1, 2, 3)
c = 1,
d = (1,)
e = ()
f = (1)
print(a, b, c, d, e, f, type(f).__name__)
print(a == b, c == d, len(e), type(e).__name__)
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}), tuple(x for x in "xy"))
print(tuple((1, 2)), tuple(b"ab"), tuple(reversed((1, 2))))
def multi():
    return 1, "a", None
r = multi()
print(r, type(r).__name__)
x, y = 1, 2
x, y = y, x
print(x, y)
print((1, 2) + (3,), (1,) * 3, (0,) * 0, 2 * (1, 2))
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(5)
except TypeError as e:
    print(type(e).__name__, e)
print(repr((1,)), repr(()), repr(((),)), repr((1, (2,))), str(("s", 'q"')))
for item in 1, 2:
    print("loop", item)
print(len((None,) * 100), ((1, 2),) * 2)
t = ([1], [2])
t[0].append("mutable inside")
print(t)
print(tuple is type(()), isinstance((), tuple))
print(tuple.__name__, (1, 2).__class__.__name__)

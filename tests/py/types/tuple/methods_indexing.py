# Tuple indexing, slicing, count and index.
t = (1, "two", 3.0, None, (5, 6), 1)
print(len(t), t[0], t[-1], t[4][1], t[1:3], t[::-1], t[::2], t[10:])
print(t.count(1), t.count(None), t.count("x"), t.index("two"), t.index(1, 1), t.index(1, -1))
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[6]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t["a"]
except TypeError as e:
    print(type(e).__name__, e)
print(type(t[1:2]).__name__, t[1:2], t[:0], t[:] == t)
print(1 in t, (5, 6) in t, 5 in t, "two" not in t)
for i, v in enumerate(t[:3]):
    print(i, v)
a, b, *rest = t
print(a, b, rest)
print(max((3, 1, 2)), min((3, 1, 2)), sum((1, 2, 3)), sorted((3, 1, 2)))
print(tuple(reversed(t[:3])), list(t[:2]))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested[0] + nested[1][1])
print(t.__len__(), t.__getitem__(1), t.__contains__(None))
print((1, 2, 3)[True], (1, 2, 3)[-3], ("x",)[0])

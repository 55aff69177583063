# Tuples compare lexicographically and hash by content.
print((1, 2) == (1, 2), (1, 2) != (2, 1), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,))
print((2,) > (1, 9), (1, "b") > (1, "a"), (1, 2) <= (1, 2), ("a", 1) < ("b", 0))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(max([(1, 2), (1, 3), (0, 9)]), min([(3,), (1, 5), (1,)]))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print((1, "a") < (2, 2), (1, 2) == [1, 2])
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(1, 2)], d[0, 0], (1, 2) in d, (2, 1) in d)
s = {(1, 2), (1, 2), (2, 1)}
print(len(s), sorted(s))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {([1],): 0}
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1.0, 2.0)), (1, 2) == (1.0, 2.0))
coords = [(3, 4), (1, 1), (0, 5), (3, 0)]
print(sorted(coords, key=lambda p: p[0] ** 2 + p[1] ** 2))
print(sorted(coords, key=lambda p: (-p[0], p[1])))
nan = float("nan")
t = (nan,)
print(t == t, t == (t[0],))
print((1, 2, 3) > (1, 2), ((1,),) < ((2,),))

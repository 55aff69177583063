# Starred targets collect the rest into a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = (1, 2, 3, 4)
print(init, last)
a, *mid, z = "abcde"
print(a, mid, z)
a, *mid, z = "ab"
print(a, mid, z)
*everything, = range(3)
print(everything)
[x, *y] = (9,)
print(x, y)
head, *tail = iter([1, 2, 3])
print(head, tail, type(tail).__name__)
a, b, *c, d, e = range(10)
print(a, b, c, d, e)
try:
    a, *b, c = [1]
except ValueError as exc:
    print(type(exc).__name__, exc)
try:
    a, b, *c = (1,)
except ValueError as exc:
    print(type(exc).__name__, exc)
for first, *others in [(1, 2, 3), (4,), "xy"]:
    print(first, others)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
*s, = "hi"
print(s)
d = {"k1": 1, "k2": 2, "k3": 3}
k, *ks = d
print(k, ks)

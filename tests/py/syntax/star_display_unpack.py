# * and ** unpacking inside list, tuple, set and dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b])
print((*a, *b))
print((*a,))
print([0, *a, 5, *b, 9])
print(sorted({*a, *b, 1}))
print([*"abc", *range(2)])
print([*{"k": 1, "j": 2}])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2})
print({**d2, **d1})
print({"w": 0, **d1, "x": 100})
print({**{}, **{}})
print([*[], *()])
t = *a, *b
print(t, type(t).__name__)
first, *mid = *b, *a
print(first, mid)
try:
    [*5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
def gen(n):
    yield from range(n)
print([*gen(3), *gen(2)])
print({*"aab"} == {"a", "b"})
nested = [*[*a, *a], *[[*b]]]
print(nested)
print(len([*range(1000)]))
print(dict(**d1, w=5))

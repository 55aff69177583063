# Building sets and testing membership; unhashable elements are rejected.
print(sorted(set([3, 1, 2, 3])), sorted(set("hello")), sorted(set((1, 1, 2))), sorted(set(range(5))))
print(sorted(set({"k": 1, "j": 2})), sorted(set({"a": 1}.items())), set())
print(sorted(set(x * x for x in range(-3, 4))))
print(sorted({1, 2} | set()), len(set([None, None])))
for bad in [[[1]], [{}], [{1}]]:
    try:
        set(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
s = {1, "two", (3, 4), None, frozenset([5])}
print(1 in s, "two" in s, (3, 4) in s, None in s, frozenset([5]) in s, 5 in s)
try:
    [1] in s
except TypeError as e:
    print(type(e).__name__, e)
print({5} in {frozenset([5])}, {frozenset([5])} == {frozenset({5})})
seen = set()
dupes = []
for item in [3, 1, 3, 2, 1, 3]:
    if item in seen:
        dupes.append(item)
    seen.add(item)
print(dupes, sorted(seen))
print(len(set(range(10000))), 9999 in set(range(10000)))
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
ks = {Key(1), Key(1), Key(2)}
print(len(ks), Key(2) in ks, Key(3) in ks)
print(bool(set()), bool({0}), {0} == {False})

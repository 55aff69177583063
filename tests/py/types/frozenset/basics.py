# frozenset: immutable, hashable sets.
f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(frozenset(), repr(frozenset()), frozenset([1]), frozenset("a"))
print(f == {1, 2, 3}, {1, 2, 3} == f, f == frozenset({3, 2, 1}))
print(hash(f) == hash(frozenset([1, 2, 3])), hash(frozenset()) == hash(frozenset([])))
d = {f: "frozen key", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested), frozenset([1]) in nested)
for name in ["add", "remove", "discard", "pop", "clear", "update"]:
    print(name, hasattr(f, name))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
g = f
g |= {9}
print(sorted(f), sorted(g), g is f, type(g).__name__)
print(sorted(f.union([4])), sorted(f.intersection({1, 2})), sorted(f.difference([1])), sorted(f.symmetric_difference({3, 4})))
print(f.issubset({1, 2, 3, 4}), f.issuperset({1}), f.isdisjoint({7}), f.copy() == f)
print(type(f.union([4])).__name__, type(f | {4}).__name__, type({4} | f).__name__, type(f & {1}).__name__)
print(frozenset(frozenset([1, 2])) == frozenset([1, 2]))
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(frozenset(range(5)) - frozenset([0, 4])))
print(set(f) == f, frozenset(set([1])) == {1})
print(bool(frozenset()), bool(frozenset([0])))

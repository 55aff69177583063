# Objects with equal hashes but different values coexist in dicts and sets.
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return isinstance(other, Collide) and self.v == other.v
    def __repr__(self):
        return "C%d" % self.v
items = [Collide(i) for i in range(10)]
d = {c: c.v * 10 for c in items}
print(len(d), d[Collide(3)], d[Collide(9)])
print(Collide(11) in d, Collide(0) in d)
del d[Collide(5)]
print(len(d), Collide(5) in d, sorted(c.v for c in d))
s = set(items)
s.add(Collide(2))
print(len(s))
s.discard(Collide(0))
print(len(s), Collide(0) in s)
eq_calls = []
class Counted:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        eq_calls.append(self.v)
        return self.v == other.v
a = Counted(1)
dd = {a: "a"}
print(dd[a], "identity avoids __eq__:", eq_calls)
print(dd[Counted(1)], len(eq_calls) >= 1)
class IntLike:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == other
m = {1: "int one"}
print(m.get(IntLike(1)), m.get(IntLike(2), "absent"))
print({1: "a", 1.0: "b", True: "c"})
print(len({0, 0.0, False, -0.0}))
print({(1, 2): "t"}[(1, 2)], {frozenset([1]): "f"}[frozenset([1])])
class MutableKey:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == other.v
k = MutableKey(1)
store = {k: "stored"}
k.v = 2
print(store.get(MutableKey(1)), store.get(MutableKey(2)), len(store))

# __eq__, __ne__ and __hash__ interplay.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
a, b, c = Key(1), Key(1), Key(2)
print(a == b, a != b, a == c, a != c, a is b)
d = {a: "first"}
d[b] = "second"
print(len(d), d[Key(1)])
print(len({a, b, c}))
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))
print(EqOnly.__hash__)
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__, e)
class Default:
    pass
x, y = Default(), Default()
print(x == x, x == y, x != y, hash(x) == hash(x))
print(len({x, y, x}))
class NeOnly:
    def __ne__(self, other):
        return "custom ne"
print(NeOnly() != 1, NeOnly() == 1)
class EqReturnsNonBool:
    def __eq__(self, other):
        return "truthy string"
print(EqReturnsNonBool() == 1)
print(EqReturnsNonBool() != 1)
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print(type(e).__name__, e)
class HashInherit(Key):
    pass
print(hash(HashInherit(5)) == hash(5), HashInherit(5) == Key(5))
print([Key(1), Key(2)].index(Key(2)), Key(2) in [Key(1), Key(2)])

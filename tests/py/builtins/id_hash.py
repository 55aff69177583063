# id() identifies objects (ids are compared, never printed); hash() of hashable values.
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), isinstance(id(a), int))
print(id(None) == id(None), id(True) == id(True), id(a) == id(a[:]))
x = object()
ids = {id(x)}
ids.add(id(x))
print(len(ids))
objs = [object() for _ in range(5)]
print(len({id(o) for o in objs}))
def f():
    pass
print(id(f) == id(f), id(len) == id(len))
print(hash(1) == 1, hash(0) == 0, hash(-1) == -2, hash(12345) == 12345, hash(True) == 1)
print(hash(1.0) == hash(1), hash(2.5) == hash(2.5), hash(1 + 0j) == hash(1))
print(hash("text") == hash("te" + "xt"), hash(b"bytes") == hash(b"by" + b"tes"))
print(hash((1, "a")) == hash((1, "a")), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(None) == hash(None), isinstance(hash("s"), int), isinstance(hash(f), int))
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class H:
    def __hash__(self):
        return 42
print(hash(H()))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(isinstance(hash(BigHash()), int), hash(BigHash()) == hash(BigHash()))
class BadHash:
    def __hash__(self):
        return "not int"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
print(hash(10 ** 30) == hash(10 ** 30), hash(-0.0) == hash(0.0))

# Numbers that compare equal have equal hashes.
print(hash(1) == hash(1.0) == hash(True))
print(hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2 ** 70) == hash(float(2 ** 70)))
print(hash(1.5) == hash(1.5), hash(-1) == hash(-1.0))
print(hash(1 + 0j) == hash(1), hash(complex(0, 0)) == hash(0))
print(hash(10 ** 20) == hash(1e20))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((True,)) == hash((1,)))
print(hash(frozenset([1, 2])) == hash(frozenset([2.0, 1.0])))
for n in [0, 1, 7, 100, 12345]:
    print(n, hash(n))
print(hash(-1) == -2, hash(-2) == -2)
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {0, 0.0, False}
print(len(s))
print({1.0: "x"}.get(1), {2: "y"}.get(2.0), {True: "t"}.get(1))
keys = [1, 1.0, True, 2, 2.0, 2 ** 64, float(2 ** 64)]
unique = {}
for k in keys:
    unique.setdefault(k, type(k).__name__)
print(unique)
print(isinstance(hash(2 ** 100), int), hash(2 ** 100) == hash(2 ** 100))
print(hash(-0.0) == hash(0.0), hash(float("inf")) == hash(float("inf")))
print(len({1, 1.0, True, 1 + 0j}))

# Dict comprehensions, and KeyError from missing keys.
squares = {n: n * n for n in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({v: k for k, v in squares.items()})
print({c: "aeiou".count(c) for c in "hello"})
print({w: len(w) for w in "the quick brown fox".split()})
print({k: [v] for k, v in zip("abc", range(3))})
print({(i, j): i + j for i in range(2) for j in range(2)})
print({k: v for k, v in [("dup", 1), ("dup", 2)]})
d = {"present": 1}
for key in ["present", "absent", 0, None, (1, 2)]:
    try:
        print(repr(key), d[key])
    except KeyError as e:
        print(repr(key), type(e).__name__, e)
try:
    del d["absent"]
except KeyError as e:
    print("del:", type(e).__name__, e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get([1])
except TypeError as e:
    print(type(e).__name__, e)
class Missing(dict):
    def __missing__(self, key):
        return "missing " + repr(key)
m = Missing(a=1)
print(m["a"], m["zz"], "zz" in m, m.get("zz"))

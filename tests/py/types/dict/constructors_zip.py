# dict() from pairs, zip(), keywords and mappings.
keys = ["a", "b", "c"]
vals = [1, 2, 3]
print(dict(zip(keys, vals)), dict(zip(keys, vals[:2])), dict(zip("xy", range(10))))
print(dict([("k", 1), ["j", 2], "pq"]), dict(((1, "one"), (2, "two"))))
print(dict(a=1, b=2), dict({"a": 1}, b=2), dict([("a", 1)], a=100))
print(dict(), dict({}), dict([]), dict(zip([], [])))
original = {"x": [1]}
copy = dict(original)
copy["y"] = 2
copy["x"].append("shared")
print(original, copy)
print(dict(enumerate("abc")), dict(map(lambda kv: (kv[1], kv[0]), {"one": 1}.items())))
for bad in [[1, 2], [("a",)], [("a", 1, 2)], 5, "ab"]:
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    dict({1: 2}, {3: 4})
except TypeError as e:
    print(type(e).__name__, e)
class Mapping:
    def keys(self):
        return ["m1", "m2"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Mapping()))
print(dict(zip(*[("a", "b"), (1, 2)])))
inverted = dict(zip(vals, keys))
print(inverted, {v: k for k, v in inverted.items()})
print(dict.fromkeys(range(3), "v"), dict(zip(range(3), "abc")))
grid = dict(((r, c), r * c) for r in range(2) for c in range(2))
print(grid)
print(type(dict(a=1)).__name__, dict(**{"kw": "args"}))

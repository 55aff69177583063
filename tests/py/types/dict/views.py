# keys(), values() and items() are live views.
d = {"a": 1, "b": 2}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
print(len(keys), "a" in keys, 1 in values, ("a", 1) in items, ("a", 2) in items)
d["c"] = 3
print(list(keys), list(values), list(items))
del d["a"]
print(list(keys), len(items))
print(type(keys).__name__, type(values).__name__, type(items).__name__)
print(sorted(keys), sorted(values), sorted(items))
print(list(reversed(keys)), list(reversed(values)), list(reversed(items)))
for k, v in items:
    print(k, v)
it = iter(keys)
print(next(it))
d["new"] = 0
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
print(keys == {"b", "c", "new"}, values == values, items == {("b", 2), ("c", 3), ("new", 0)})
try:
    keys[0]
except TypeError as e:
    print(type(e).__name__, e)
print(list(d.values()).count(0), max(d.values()), min(keys))
e = {}
print(list(e.keys()), list(e.items()), len(e.values()), bool(e.keys()))
print(repr({1: "x"}.keys()), repr({}.items()))
print(str({"q": [1]}.values()))
print([k.upper() for k in {"x": 1, "y": 2}])
print(dict(d.items()) == d, dict(zip(d.keys(), d.values())) == d)

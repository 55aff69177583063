# Every dict method.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", "default"), d.get("a", "unused"))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d.pop("missing", "fallback"), d)
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
print(d.setdefault("c", 3), d.setdefault("c", 99), d.setdefault("n"), d)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
d.update(w=40)
print(d)
c = d.copy()
c["x"] = "changed"
print(d["x"], c["x"], c is not d)
print(d.popitem(), d)
print(dict.fromkeys(["p", "q"]), dict.fromkeys("ab", 0), dict.fromkeys([], 1))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
d.clear()
print(d, len(d))
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
nested = {"inner": [1]}
cp = nested.copy()
cp["inner"].append(2)
print(nested)
print({"k": 1}.__contains__("k"), {"k": 1}.__getitem__("k"), {"k": 1}.__len__())
try:
    {}.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.update([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
print(d.get("k") is None, {1: None}.get(1, "default"))
r = {"k": 0}
print(r.update(k=1), r.clear(), r)

# Dicts preserve insertion order; updating a key keeps its position.
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d, list(d))
d["alpha"] = 100
print(list(d.items()))
del d["zeta"]
d["zeta"] = 0
print(list(d))
d.pop("mid")
d["mid"] = "re-added"
print(list(d))
big = {}
for i in range(100, 0, -1):
    big[i] = str(i)
print(list(big)[:5], list(big)[-5:])
for i in range(100, 50, -1):
    del big[i]
for i in range(200, 205):
    big[i] = i
print(list(big)[:3], list(big)[-6:])
print({3: "c", 1: "a", 2: "b"})
print(dict([("b", 1), ("a", 2)]), dict(b=1, a=2))
merged = {"x": 1, "y": 2}
merged.update({"y": 20, "a": 0})
print(merged)
print(list({k: None for k in "hello"}))
print(list(dict.fromkeys("mississippi")))
s = {}
s.setdefault("first", [])
s.setdefault("second", [])
s.setdefault("first", "ignored")
print(list(s))
popped = {"a": 1, "b": 2, "c": 3}
print(popped.popitem(), popped.popitem(), popped)
print(list(reversed({"a": 1, "b": 2, "c": 3})), list(reversed({"a": 1}.items())))

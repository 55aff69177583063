# The | and |= operators merge dicts (right side wins).
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a | {}, {} | a)
c = a
c |= b
print(a, c is a)
c |= [("w", 0)]
print(c)
c |= {"x": "last"}.items()
print(c)
try:
    a | [("k", 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | 5
except TypeError as e:
    print(type(e).__name__, e)
print({1: "a"} | {1.0: "b"}, {True: "t"} | {1: "one"})
base = {"debug": False, "level": 1}
override = {"level": 3}
cfg = base | override | {"extra": True}
print(cfg, base)
print(list(({"k1": 1} | {"k0": 0}).keys()))
merged = {}
for part in [{"a": 1}, {"b": 2}, {"a": 3}]:
    merged |= part
print(merged)
print(dict(a, **b) == (a | b), {**a, **b} == (a | b))
class D(dict):
    pass
print(type(D(a=1) | {"b": 2}).__name__, type({"b": 2} | D(a=1)).__name__)

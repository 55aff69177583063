# keys() and items() views support set operations.
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "z": 3, "w": 4}
print(sorted(a.keys() & b.keys()))
print(sorted(a.keys() | b.keys()))
print(sorted(a.keys() - b.keys()))
print(sorted(a.keys() ^ b.keys()))
print(sorted(a.items() & b.items()))
print(sorted(a.items() - b.items()))
print(sorted(a.items() | b.items()))
print(sorted(a.keys() & {"x", "q"}), sorted(a.keys() | ["extra"]), sorted(a.keys() - ("x",)))
print(type(a.keys() & b.keys()).__name__, type(a.items() | b.items()).__name__)
print(a.keys() == {"x", "y", "z"}, a.keys() == ["x", "y", "z"], a.keys() <= {"x", "y", "z", "q"})
print(a.keys() < {"x", "y", "z"}, a.keys() >= {"x"}, a.keys().isdisjoint({"q"}), a.keys().isdisjoint(b.keys()))
print(a.items() >= {("x", 1)}, ("x", 1) in a.items(), ("x", 2) in a.items())
try:
    a.values() & b.values()
except TypeError as e:
    print(type(e).__name__, e)
print(a.values() == a.values(), list(a.values()) == [1, 2, 3])
common = {k: (a[k], b[k]) for k in sorted(a.keys() & b.keys())}
print(common)
only_a = {k: a[k] for k in a.keys() - b.keys()}
print(only_a)
changed = sorted(k for k in a.keys() & b.keys() if a[k] != b[k])
print(changed)
print(len({}.keys() | {}.keys()), sorted({1: 0}.keys() | {2: 0}.keys()))
print(len(a.items() & [1]), sorted(a.items() & [("x", 1), ("q", 0)]))

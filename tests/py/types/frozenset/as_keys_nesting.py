# frozensets as dict keys and set elements: order-free grouping.
pairs = [("a", "b"), ("b", "a"), ("c", "d"), ("a", "b"), ("d", "c"), ("a", "c")]
counts = {}
for p in pairs:
    key = frozenset(p)
    counts[key] = counts.get(key, 0) + 1
print(sorted((sorted(k), v) for k, v in counts.items()))
words = ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault(frozenset(w), []).append(w)
print(sorted(sorted(g) for g in groups.values()))
power = {frozenset()}
for item in [1, 2, 3]:
    power |= {s | {item} for s in power}
print(len(power), sorted(sorted(s) for s in power))
print(frozenset([1, 2]) in power, frozenset([4]) in power)
edges = {frozenset([1, 2]), frozenset([2, 3]), frozenset([2, 1])}
print(len(edges), sorted(sorted(e) for e in edges))
a = frozenset([1, 2, 3])
b = frozenset([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a < a | b, a <= a)
cache = {}
def key_of(*items):
    return frozenset(items)
cache[key_of("x", "y")] = "xy"
print(cache[key_of("y", "x")])
print(len({frozenset(), frozenset([])}), frozenset([0]) == frozenset([False]))
s = set()
s.add(frozenset([5, 6]))
print(frozenset([6, 5]) in s, len(s))
print(sorted(len(x) for x in power))

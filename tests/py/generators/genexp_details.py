# Generator expression details: first iterable evaluated eagerly, rest lazily.
log = []
def src(name, items):
    log.append("iter " + name)
    return items
g = (x for x in src("outer", [1, 2]))
print(log)
h = ((x, y) for x in src("a", [1, 2]) for y in src("b", "xy"))
print(log)
print(list(h))
print(log)
try:
    bad = (x for x in 42)
except TypeError as e:
    print("eager error:", type(e).__name__)
lazy_bad = (x for x in [1] for y in 42)
try:
    list(lazy_bad)
except TypeError as e:
    print("lazy error:", type(e).__name__)
n = 10
gen = (i + n for i in range(3))
n = 100
print(list(gen))
items = [1, 2, 3]
gen2 = (i for i in items)
items.append(4)
print(list(gen2))
items = [9]
print(list(gen2))
print(sum(x for x in range(10) if x % 2))
print(list(x for x in range(3)), tuple(c for c in "ab"))
nested = (sum(row) for row in [[1, 2], [3, 4]])
print(list(nested))
g3 = (x for x in range(2))
print(next(g3), next(g3), next(g3, "exhausted"))
print(list((yield_ := v * 2) for v in range(3)))
def f(gen):
    return list(gen)
print(f(x for x in "no extra parens")[:3])

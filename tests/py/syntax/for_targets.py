# for loop targets: names, tuples, starred, attributes and subscripts.
for i in range(3):
    pass
print(i)
for a, b in [(1, 2), (3, 4)]:
    print(a, b)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
for first, *rest in ["abc", "de"]:
    print(first, rest)
class O:
    pass
o = O()
for o.value in range(4):
    pass
print(o.value)
store = [None, None]
for store[0] in "xyz":
    pass
print(store)
d = {}
for d["k"] in [1, 2]:
    pass
print(d)
for x in (1,):
    x = "rebinding inside does not affect iteration"
print(x)
items = ["a", "b", "c"]
for idx, item in enumerate(items, 1):
    print(idx, item)
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v)
for _ in range(2):
    print("underscore")
total = 0
for n in [1, 2, 3]:
    total += n
    n = 100
print(total)
it = iter([1, 2, 3, 4])
for v in it:
    print("took", v, "skipped", next(it))

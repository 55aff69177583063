# iter() in both forms and next() with defaults.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(iter("ab")), list(iter((1,))), list(iter({"k": 1})), sorted(iter({3, 1})))
i2 = iter(it)
print(i2 is it)
counter = [0]
def produce():
    counter[0] += 1
    return counter[0]
print(list(iter(produce, 5)))
data = ["line1", "line2", "", "unreached"]
pos = [0]
def readline():
    value = data[pos[0]]
    pos[0] += 1
    return value
print(list(iter(readline, "")))
sentinel_it = iter(lambda: "constant", "constant")
print(list(sentinel_it))
class Countdown:
    def __init__(self):
        self.n = 3
    def __call__(self):
        self.n -= 1
        return self.n
print(list(iter(Countdown(), 0)))
for bad in [5, None, 1.5]:
    try:
        iter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next("not an iterator")
except TypeError as e:
    print(type(e).__name__, e)
g = (x for x in range(2))
print(next(g), next(g), next(g, "gen done"))
d = iter({"a": 1, "b": 2}.items())
print(next(d), next(d))
r = iter(range(3))
print(sum(r), next(r, "range exhausted"))

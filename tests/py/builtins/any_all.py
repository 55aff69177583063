# any() and all() short-circuit over any iterable.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 1]), all([1, 0]))
print(any("abc"), all(""), any(x > 2 for x in range(5)), all(x < 5 for x in range(5)))
print(any({0: "a"}), all({1: 0}), any(set()), all((True, True)))
seen = []
def check(v):
    seen.append(v)
    return v > 1
print(any(check(v) for v in [0, 1, 2, 3, 4]), seen)
seen.clear()
print(all(check(v) for v in [5, 3, 1, 7]), seen)
seen.clear()
print(any(map(check, [])), all(map(check, [])), seen)
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
print(any([Flag(False), Flag(True), Flag(True)]))
print(all([Flag(True), Flag(False), Flag(True)]))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    all(None)
except TypeError as e:
    print(type(e).__name__, e)
print(type(any([1])).__name__, any([[], [0]]), all([[], [0]]))
matrix = [[1, 2], [3, 0]]
print(all(all(row) for row in matrix), any(any(row) for row in matrix))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
print(any(v == 1000 for v in infinite()), all(v < 10 for v in infinite()))

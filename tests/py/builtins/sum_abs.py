# sum() with start values and abs() on every numeric type.
print(sum([]), sum([1, 2, 3]), sum((1.5, 2.5)), sum(range(101)), sum({1, 2}), sum({"a": 1}.values()))
print(sum([1, 2], 10), sum([0.1] * 10), sum([1, 2.5, 3j]), sum([True, True, False]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum(x * x for x in range(4)))
print(sum([10 ** 20, 1]), sum([2 ** 64] * 4), sum([-1, -2], start=3))
for bad in [(["a", "b"], ""), ([b"a"], b""), ([1, "a"], 0)]:
    try:
        sum(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([[1]])
except TypeError as e:
    print(type(e).__name__, e)
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(3 - 4j), abs(True), abs(-(10 ** 30)))
print(abs(float("-inf")), abs(-1e-300), type(abs(-3)).__name__, type(abs(-3.0)).__name__)
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __radd__(self, other):
        return self if other == 0 else NotImplemented
print(abs(Vec(3, 4)), abs(sum([Vec(1, 1), Vec(2, 3)])))
for bad in ["s", [1], None]:
    try:
        abs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(sum(abs(v) for v in [-1, 2, -3]), max(map(abs, [-9, 4])))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1, -1e100]))

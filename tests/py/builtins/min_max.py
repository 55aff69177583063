# min() and max() with iterables, multiple args, key and default.
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max((4, 2, 8)), min("hello"), max("hello"))
print(min([1.5, -2, 0]), max([True, 0, 0.5]), min({3, 1}), max({"a": 1, "z": 0}))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([-5, 3, -7], key=abs), min([-5, 3, -7], key=abs), max(-5, 3, -7, key=abs))
print(max([], default="empty"), min([], default=None), max([1], default=0), min((), key=len, default=-1))
print(max([1, 3, 3.0, 2]), max([3.0, 1, 3]), min([1, 1.0, True]), min([True, 1]))
print(max([("b", 1), ("a", 2), ("b", 0)]), min([[2], [1, 9], [1]]))
print(max(range(10 ** 6)), min(x * x for x in range(-3, 4)))
print(max("a", "b", key=lambda s: -ord(s)))
d = {"x": 3, "y": 9, "z": 1}
print(max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
for call in ["max([])", "min([])", "max()", "min(1)", "max(1, 'a')", "max([1], [2], default=0)"]:
    try:
        eval(call)
    except (TypeError, ValueError) as e:
        print(call, "->", type(e).__name__, e)
print(max(1, 2, key=None), min([3, 4], key=None))
class Score:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "S%d" % self.v
print(max([Score(2), Score(5), Score(1)]), min(Score(2), Score(5)))
print(max("abc", "abd", "ab"), min(b"zy", b"zz"))

# __lt__, __le__, __gt__, __ge__ and sorting.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __gt__(self, other):
        return self.parts > other.parts
    def __ge__(self, other):
        return self.parts >= other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return ".".join(map(str, self.parts))
a, b = Version("1.2.10"), Version("1.10.0")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
vs = [Version(s) for s in ["2.0", "1.0.1", "1.10", "1.2", "1.2.0"]]
print(sorted(vs))
print(max(vs), min(vs))
print(sorted(vs, reverse=True))
class LtOnly:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "L%d" % self.v
items = [LtOnly(3), LtOnly(1), LtOnly(2)]
print(sorted(items), max(items), min(items))
print(LtOnly(1) > LtOnly(0))
try:
    LtOnly(1) <= LtOnly(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Version("1") < 5
except AttributeError as e:
    print(type(e).__name__)
class Plain:
    pass
try:
    Plain() < Plain()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print(type(e).__name__, e)

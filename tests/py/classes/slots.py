# __slots__ restricts instance attributes and removes the instance __dict__.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))
class Partial:
    __slots__ = ["a", "b"]
q = Partial()
q.a = 1
try:
    q.b
except AttributeError as e:
    print(type(e).__name__, e)
del q.a
print(hasattr(q, "a"))
class Child(Point):
    pass
c = Child(3, 4)
c.extra = "child has a dict"
print(c.x, c.extra, hasattr(c, "__dict__"))
class SlotChild(Point):
    __slots__ = ("z",)
sc = SlotChild(1, 2)
sc.z = 3
print(sc.x, sc.y, sc.z)
try:
    sc.w = 4
except AttributeError as e:
    print(type(e).__name__)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
class Single:
    __slots__ = "only"
s = Single()
s.only = "string slots"
print(s.only)
class ClassAttr:
    __slots__ = ("v",)
    default = "class attribute still readable"
print(ClassAttr().default)
print(sorted(Point.__slots__))

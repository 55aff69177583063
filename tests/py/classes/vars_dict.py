# vars() and __dict__ of instances, classes and modules.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(vars(p), p.__dict__ is vars(p))
p.z = 3
print(vars(p))
vars(p)["w"] = 4
print(p.w)
p.__dict__.update(x=100)
print(p.x)
del p.__dict__["z"]
print(hasattr(p, "z"))
print("dims" in vars(Point), "x" in vars(Point), "__init__" in Point.__dict__)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
g = vars()
print(g is globals(), "Point" in g)
def f():
    local_a = 1
    local_b = 2
    return sorted(vars())
print(f())
class Empty:
    pass
e = Empty()
print(vars(e), e.__dict__ == {})
e.__dict__["dyn"] = "added via dict"
print(e.dyn)
class Child(Point):
    pass
c = Child(5, 6)
print(vars(c), "dims" in vars(Child))
print(sorted(k for k in vars(Point) if not k.startswith("__")))

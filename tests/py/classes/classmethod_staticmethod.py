# classmethod receives the class, staticmethod receives nothing implicit.
class Point:
    count = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
        Point.count += 1
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @classmethod
    def from_tuple(cls, t):
        return cls(*t)
    @staticmethod
    def distance(a, b):
        return ((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5
    @classmethod
    def how_many(cls):
        return cls.__name__ + ":" + str(cls.count)
class Point3(Point):
    pass
o = Point.origin()
p = Point.from_tuple((3, 4))
print(type(o).__name__, o.x, o.y, p.x, p.y)
print(Point.distance(o, p), p.distance(o, p))
print(type(Point3.origin()).__name__, type(Point3.from_tuple((1, 1)).origin()).__name__)
print(Point.how_many(), Point3.how_many(), p.how_many())
class Temp:
    factor = 2
    @staticmethod
    def double(x):
        return x * 2
    @classmethod
    def scale(cls, x):
        return x * cls.factor
class Temp3(Temp):
    factor = 3
print(Temp.double(5), Temp().double(6), Temp.scale(5), Temp3.scale(5), Temp3().scale(1))
def plain(x):
    return "plain " + str(x)
class Wrapped:
    s = staticmethod(plain)
    c = classmethod(lambda cls, v: cls.__name__ + str(v))
print(Wrapped.s(1), Wrapped().s(2), Wrapped.c(3), Wrapped().c(4))
print(type(Temp.__dict__["double"]).__name__, type(Temp.__dict__["scale"]).__name__)
print(callable(Temp.double), Temp.scale.__self__ is Temp)
try:
    Temp.scale()
except TypeError as e:
    print(type(e).__name__, e)

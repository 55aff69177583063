# __repr__ and __str__ and how builtins pick between them.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "str only"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {"k": b})
print("%s %r" % (b, b))
print("{} {!r} {!s}".format(b, b, r))
print(f"{b} {b!r}")
print(repr(s).startswith("<") and "StrOnly object" in repr(s))
class Nested:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return "Nested(%r)" % (self.items,)
print(Nested([1, "a", Nested([])]))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Child(Both):
    pass
print(Child(), repr(Child()))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self.x, self.y)
class Point3(Point):
    pass
print(Point(1, "2"), Point3(0.5, None))
print(ascii(Nested(["é"])))

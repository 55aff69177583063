# staticmethod(), classmethod() and property() used as builtins, not only as decorators.
def add(a, b):
    return a + b
def make(cls, v):
    return cls(v)
def get_v(self):
    return self._v
def set_v(self, value):
    self._v = value * 10
def del_v(self):
    self._v = None
class Box:
    add = staticmethod(add)
    make = classmethod(make)
    v = property(get_v, set_v, del_v, "the v property")
    def __init__(self, v):
        self._v = v
print(Box.add(1, 2), Box(0).add(3, 4))
b = Box.make(5)
print(type(b).__name__, b.v)
b.v = 2
print(b.v)
del b.v
print(b.v, Box.v.__doc__)
class Sub(Box):
    pass
print(type(Sub.make(1)).__name__)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
print(type(sm).__name__, type(cm).__name__, type(Box.v).__name__)
print(Box.__dict__["add"].__func__ is add, Box.__dict__["make"].__func__ is make)
p = property(lambda self: 42)
print(p.fget is not None, p.fset, p.fdel)
class UsesP:
    answer = p
print(UsesP().answer)
try:
    UsesP().answer = 1
except AttributeError as e:
    print(type(e).__name__, e)
p2 = p.setter(lambda self, v: None)
print(p2 is not p, p2.fset is not None, p.fset)
class Chained:
    x = property()
    x = x.getter(lambda self: "got")
print(Chained().x)
print(callable(staticmethod(add)), Box.make.__self__ is Box)

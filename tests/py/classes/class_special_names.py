# __class__, __name__, __qualname__, __module__, __doc__, __bases__.
class Outer:
    """Outer docstring."""
    class Inner:
        pass
    def method(self):
        return self.__class__.__name__
o = Outer()
print(o.__class__ is Outer, o.__class__.__name__, o.method())
print(Outer.__name__, Outer.__qualname__, Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.__module__, Outer.__doc__, Outer.Inner.__doc__)
print(Outer.__bases__, Outer.Inner.__bases__[0].__name__)
print((5).__class__.__name__, "s".__class__, [].__class__.__name__)
print(type(o) is o.__class__, Outer.__class__.__name__)
class Child(Outer):
    pass
c = Child()
print(c.method(), c.__class__.__bases__[0].__name__)
class Renamed:
    pass
Renamed.__name__ = "NewName"
print(Renamed.__name__, Renamed().__class__.__name__)
def make():
    class Local:
        pass
    return Local
print(make().__name__, make().__qualname__)
print(int.__name__, str.__qualname__, object.__name__)
print(len.__name__, type(len).__name__)
print(Outer.method.__qualname__, Outer.Inner.__module__)
x = Child()
print(type(x).__name__, x.__class__.__mro__[1].__name__)
print(Child.__mro__[1] is Outer, object.__bases__)

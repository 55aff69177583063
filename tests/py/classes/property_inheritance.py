# Properties are inherited, overridden and extended through super().
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
    @property
    def label(self):
        return "base"
class Child(Base):
    @property
    def label(self):
        return "child+" + super().label
class Setter(Base):
    @Base.v.setter
    def v(self, value):
        self._v = value * 100
c = Child()
c.v = 5
print(c.v, c.label)
s = Setter()
s.v = 2
print(s.v, Base.v is not Setter.v)
class OverrideWithAttr(Base):
    label = "plain class attribute"
print(OverrideWithAttr().label)
class ReadOnlyChild(Base):
    @property
    def v(self):
        return "read only " + str(self._v)
r = ReadOnlyChild()
try:
    r.v = 9
except AttributeError as e:
    print(type(e).__name__, e)
print(r.v)
class Lazy:
    @property
    def data(self):
        if not hasattr(self, "_data"):
            print("computing")
            self._data = [1, 2, 3]
        return self._data
lz = Lazy()
print(lz.data, lz.data)
print(isinstance(Base.__dict__["v"], property), "v" in Child.__dict__)
class DelProp(Base):
    @Base.v.deleter
    def v(self):
        print("deleter called")
d = DelProp()
del d.v
print(d.v)

# super() with no arguments, with explicit arguments, in various methods.
class Base:
    def __init__(self, value):
        self.value = value
        self.log = ["Base.__init__"]
    def show(self):
        return "Base(%s)" % self.value
    @classmethod
    def create(cls, v):
        return cls(v)
    @staticmethod
    def helper():
        return "Base.helper"
class Child(Base):
    def __init__(self, value, extra=None):
        super().__init__(value)
        self.extra = extra
        self.log.append("Child.__init__")
    def show(self):
        return "Child<" + super().show() + ">"
    @classmethod
    def create(cls, v):
        obj = super().create(v * 10)
        obj.log.append("Child.create")
        return obj
    def helper_via_super(self):
        return super().helper()
class Explicit(Base):
    def __init__(self, value):
        super(Explicit, self).__init__(value + 1)
    def show(self):
        return "Explicit:" + super(Explicit, self).show()
c = Child(1, "x")
print(c.show(), c.extra, c.log)
print(Explicit(1).show())
made = Child.create(2)
print(type(made).__name__, made.value, made.log)
class Child2(Base):
    def __init__(self, v):
        super().__init__(v)
    @classmethod
    def create(cls, v):
        return super().create(v + 100)
print(Child2.create(1).value)
print(c.helper_via_super())
class GrandChild(Child):
    def show(self):
        return "Grand[" + super().show() + "]"
    def skip_parent(self):
        return super(Child, self).show()
g = GrandChild(5, None)
print(g.show())
print(g.skip_parent())
print(super(GrandChild, g).show())
def outside(self):
    return super(Child, self).show()
print(outside(g))
class Attr(Base):
    value_from_base = property(lambda self: super(Attr, self).show())
print(Attr(7).value_from_base)

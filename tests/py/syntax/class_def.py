# class statements: bases, body execution, decorators, nesting.
class A:
    x = 1
    print("A body runs at definition")
    def method(self):
        return "A.method"
class B(A):
    y = 2
class C(B, object):
    pass
print(C.x, C.y, C().method())
print([k.__name__ for k in C.__mro__])
print(C.__bases__ == (B, object), A.__bases__ == (object,))
def add_marker(cls):
    cls.marker = "decorated"
    return cls
@add_marker
class D:
    pass
print(D.marker)
class Outer:
    class Inner:
        value = "inner"
    def make(self):
        return self.Inner()
print(Outer.Inner.value, Outer().make().value, Outer.Inner.__name__)
def factory(n):
    class Local:
        size = n
    return Local
print(factory(3).size, factory(4).size, factory(3) is factory(3))
class WithDoc:
    "Class docstring."
print(WithDoc.__doc__)
class Counter:
    total = 0
    for i in range(3):
        total += i
    del i
print(Counter.total, hasattr(Counter, "i"))
class Empty(object): pass
print(type(Empty()).__name__, isinstance(Empty(), object))
bases = (A,)
class E(*bases):
    pass
print(E.x)

# Multiple inheritance follows the C3 method resolution order.
def names(cls):
    return [c.__name__ for c in cls.__mro__]
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B"
class C(A):
    def who(self):
        return "C"
class D(B, C):
    pass
print(names(D), D().who())
class E(C, B):
    pass
print(names(E), E().who())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print(names(M))
class Base:
    attr = "Base"
class Left(Base):
    pass
class Right(Base):
    attr = "Right"
class Bottom(Left, Right):
    pass
print(Bottom.attr, names(Bottom))
class Mixin:
    def greet(self):
        return "hello from " + self.name()
class Named:
    def name(self):
        return "Named"
class Combined(Mixin, Named):
    pass
print(Combined().greet(), names(Combined))
print(D.__bases__ == (B, C), len(D.__mro__))
print(D.mro() == list(D.__mro__))
print(issubclass(D, A), issubclass(D, C), isinstance(D(), (X, C)))

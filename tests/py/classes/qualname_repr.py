# Classes and their instances are shown by __qualname__ (nested and local classes);
# __qualname__ is never inherited; type() classes belong to the calling module.
class Outer:
    class Inner:
        class Deep:
            pass
    def make(self):
        class Local:
            pass
        return Local
print(repr(Outer.Inner), repr(Outer.Inner.Deep), Outer.Inner.Deep.__qualname__, repr(Outer().make()), Outer().make().__qualname__)
X = type("X", (Outer.Inner,), {})
print(X.__qualname__, repr(X), str(X))
class Sub(Outer.Inner):
    pass
print(Sub.__qualname__, repr(Sub))
print(repr(Outer.Inner()).split(" object")[0], repr(Outer().make()()).split(" object")[0])
ns = {"a": 1}
Y = type("Y", (), ns)
print(ns, Y.__module__, repr(Y()).split(" object")[0])

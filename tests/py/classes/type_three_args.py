# type(name, bases, dict) creates classes dynamically.
def greet(self):
    return "hello from " + type(self).__name__
Dyn = type("Dyn", (), {"x": 1, "greet": greet})
d = Dyn()
print(Dyn.__name__, Dyn.x, d.greet(), type(d) is Dyn)
Base = type("Base", (object,), {"kind": "base", "describe": lambda self: "I am " + self.kind})
Child = type("Child", (Base,), {"kind": "child"})
print(Child().describe(), [c.__name__ for c in Child.__mro__])
print(issubclass(Child, Base), isinstance(Child(), Base))
class Regular:
    kind = "regular"
Mixed = type("Mixed", (Regular, Base), {})
print(Mixed().kind, Mixed().describe())
def init(self, a, b):
    self.a, self.b = a, b
Pair = type("Pair", (), {"__init__": init, "__repr__": lambda self: "Pair(%r, %r)" % (self.a, self.b)})
print(Pair(1, "two"))
Counter = type("Counter", (), {"count": 0, "inc": lambda self: setattr(self, "count", self.count + 1)})
c = Counter()
c.inc(); c.inc()
print(c.count, Counter.count)
print(type(1), type("s"), type([]), type(None))
print(type(Dyn), type(type), type(object))
try:
    type("Bad", 1, {})
except TypeError as e:
    print(type(e).__name__)
try:
    type("A", (), {}, "extra")
except TypeError as e:
    print(type(e).__name__)
Empty = type("Empty", (), {})
print(Empty.__bases__ == (object,), Empty.__name__, Empty.__qualname__)
Sub = type("Sub", (Pair,), {"extra": True})
s = Sub(3, 4)
print(s, s.extra, type(s).__name__)
methods = {"double_%d" % n: (lambda n: lambda self, v: v * n)(n) for n in (2, 3)}
Multi = type("Multi", (), methods)
print(Multi().double_2(5), Multi().double_3(5))

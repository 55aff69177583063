# Rich comparison falls back to the reflected method of the other operand.
log = []
class A:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append("A.__lt__")
        return NotImplemented
    def __eq__(self, other):
        log.append("A.__eq__")
        return NotImplemented
class B:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        log.append("B.__gt__")
        return self.v > other.v
    def __eq__(self, other):
        log.append("B.__eq__")
        return self.v == other.v
print(A(1) < B(2), log)
log.clear()
print(A(1) == B(1), log)
log.clear()
print(A(1) == A(1), log)
log.clear()
print(A(1) != B(1), log)
log.clear()
class Base:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append("Base.__lt__")
        return self.v < other.v
    def __gt__(self, other):
        log.append("Base.__gt__")
        return self.v > other.v
class Derived(Base):
    def __gt__(self, other):
        log.append("Derived.__gt__")
        return self.v > other.v
print(Base(1) < Derived(2), log)
log.clear()
print(Derived(1) < Base(2), log)
log.clear()
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if isinstance(other, (int, float)):
            return self.v < other
        return NotImplemented
print(Num(1) < 5, 5 > Num(1), 0 > Num(1))
try:
    Num(1) < "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    A(1) < A(2)
except TypeError as e:
    print(type(e).__name__, e)

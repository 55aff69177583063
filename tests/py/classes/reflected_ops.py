# Reflected operators (__radd__ etc.) are tried when the left operand gives up.
log = []
class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "R(%r)" % self.v
    def __radd__(self, other):
        log.append("radd")
        return R(other + self.v)
    def __rsub__(self, other):
        return R(other - self.v)
    def __rmul__(self, other):
        return R(other * self.v)
    def __rtruediv__(self, other):
        return R(other / self.v)
    def __rfloordiv__(self, other):
        return R(other // self.v)
    def __rmod__(self, other):
        return R(other % self.v)
    def __rpow__(self, other):
        return R(other ** self.v)
    def __rlshift__(self, other):
        return R(other << self.v)
    def __rand__(self, other):
        return R(other & self.v)
    def __ror__(self, other):
        return R(other | self.v)
    def __rxor__(self, other):
        return R(other ^ self.v)
    def __rmatmul__(self, other):
        return "rmatmul"
r = R(3)
print(1 + r, 10 - r, 2 * r, 9 / r, 10 // r, 10 % r, 2 ** r, 1 << r)
print(6 & r, 4 | r, 5 ^ r, [1] @ r, log)
print(sum([1, 2], 0) + r)
class Left:
    def __add__(self, other):
        return "Left.__add__"
class Right:
    def __radd__(self, other):
        return "Right.__radd__"
print(Left() + Right())
class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
class Sub(Base):
    def __radd__(self, other):
        return "Sub.__radd__ (subclass goes first)"
print(Base() + Sub())
print(Sub() + Base())
class GivesUp:
    def __add__(self, other):
        return NotImplemented
print(GivesUp() + Right())
try:
    GivesUp() + GivesUp()
except TypeError as e:
    print(type(e).__name__, e)
print(3 * R("ab"))
try:
    "x" - Left()
except TypeError as e:
    print(type(e).__name__, e)

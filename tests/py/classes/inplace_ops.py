# In-place operators use __iadd__ etc. and fall back to the binary operator.
class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Acc(%r)" % (self.v,)
    def __iadd__(self, o): self.v += o; return self
    def __isub__(self, o): self.v -= o; return self
    def __imul__(self, o): self.v *= o; return self
    def __itruediv__(self, o): self.v /= o; return self
    def __ifloordiv__(self, o): self.v //= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __ixor__(self, o): self.v ^= o; return self
a = Acc(10)
alias = a
a += 5; a -= 3; a *= 4; a //= 5; a %= 7; a **= 3; a <<= 2; a >>= 1; a |= 1; a &= 0xff; a ^= 0xf
print(a, alias is a)
b = Acc(9)
b /= 2
print(b)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
o = OnlyAdd(1)
before = o
o += 1
print(o.v, o is before, before.v)
class ReturnsOther:
    def __iadd__(self, o):
        return "replaced"
r = ReturnsOther()
r += 1
print(r)
class NotImpl:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to __add__"
n = NotImpl()
n += 1
print(n)
lst = [1]
t = (lst,)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
class NoOps:
    pass
x = NoOps()
try:
    x += 1
except TypeError as e:
    print(type(e).__name__, e)

# Binary arithmetic special methods.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V%r" % (self.c,)
    def __add__(self, o):
        return V(*[a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o):
        return V(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return V(*[a * k for a in self.c])
    def __truediv__(self, k):
        return V(*[a / k for a in self.c])
    def __floordiv__(self, k):
        return V(*[a // k for a in self.c])
    def __mod__(self, k):
        return V(*[a % k for a in self.c])
    def __pow__(self, k):
        return V(*[a ** k for a in self.c])
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __divmod__(self, k):
        return (self // k, self % k)
    def __lshift__(self, k):
        return V(*[a << k for a in self.c])
    def __rshift__(self, k):
        return V(*[a >> k for a in self.c])
    def __and__(self, o):
        return V(*[a & b for a, b in zip(self.c, o.c)])
    def __or__(self, o):
        return V(*[a | b for a, b in zip(self.c, o.c)])
    def __xor__(self, o):
        return V(*[a ^ b for a, b in zip(self.c, o.c)])
a, b = V(1, 2, 3), V(4, 5, 6)
print(a + b, b - a, a * 3, b / 2, b // 4, b % 4, a ** 2)
print(a @ b, divmod(b, 4))
print(a << 2, b >> 1, a & b, a | b, a ^ b)
print(a + b + a, (a + b) * 2 - a)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __repr__(self):
        return "Money(%d)" % self.cents
print(Money(100) + Money(50), Money(1) + 2)
try:
    Money(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    a - 1
except AttributeError as e:
    print(type(e).__name__)
print(pow(V(2), 3), a.__add__(b))

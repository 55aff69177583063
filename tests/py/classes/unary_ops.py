# Unary special methods: __neg__, __pos__, __abs__, __invert__.
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "N(%r)" % self.v
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return N(+self.v if self.v >= 0 else "pos of negative")
    def __abs__(self):
        return N(abs(self.v))
    def __invert__(self):
        return N(~self.v)
n = N(5)
print(-n, +n, abs(N(-3)), ~n)
print(-(-n), abs(-n), ~~n)
print(+N(-1))
class Plain:
    pass
for op, fn in [("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: ~x), ("abs", abs)]:
    try:
        fn(Plain())
    except TypeError as e:
        print(op, type(e).__name__, e)
class Bits:
    def __init__(self, bits):
        self.bits = bits
    def __invert__(self):
        return Bits("".join("1" if b == "0" else "0" for b in self.bits))
    def __repr__(self):
        return self.bits
print(~Bits("1100"))
print(-True, +False, ~True, abs(-False))
print(-(2 ** 70), abs(-(2 ** 70)), ~(2 ** 70))
print(-0.0, abs(-0.0), -(1 + 2j), abs(3 - 4j))
class Index:
    def __index__(self):
        return 3
print([10, 20, 30, 40][Index()], "abcdef"[Index():], bin(Index()), hex(Index()))
print(not N(0), bool(N(0)))

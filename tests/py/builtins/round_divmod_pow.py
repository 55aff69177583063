# round(), divmod() and pow() as builtins.
print(round(2.5), round(3.5), round(-2.5), round(2.567, 2), round(2.567, 0), round(1234, -2))
print(round(7), round(7.0), type(round(7.5)).__name__, type(round(7.5, 1)).__name__, round(-0.5))
print(round(1.45, 1), round(1.55, 1), round(0.125, 2), round(1e20, -19))
class R:
    def __round__(self, n=None):
        return "rounded with %r" % (n,)
print(round(R()), round(R(), 3))
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1), divmod(10 ** 20, 7))
class D:
    def __divmod__(self, other):
        return ("custom", other)
    def __rdivmod__(self, other):
        return ("reflected", other)
print(divmod(D(), 3), divmod(3, D()))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(4, 0.5), pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 10 ** 9 + 7), pow(-3, 3, 7), pow(5, -1, 7))
print(pow(1 + 1j, 2), pow(2, 3, 1))
class P:
    def __pow__(self, e, mod=None):
        return ("pow", e, mod)
    def __rpow__(self, b):
        return ("rpow", b)
print(pow(P(), 2), pow(P(), 2, 5), pow(2, P()), P() ** 3, 3 ** P())
for args in [(2, 3, 0), (2.5, 2, 3), (2, -1, 4)]:
    try:
        pow(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
print(pow(10, 2) == 10 ** 2, pow(10, -2) == 10 ** -2)

# bool: a subclass of int with two instances.
print(True, False, repr(True), str(False), type(True).__name__, bool.__name__)
print(True == 1, False == 0, True + True, True * 10, False - 1, True / 2, -True, ~True, ~False)
print(isinstance(True, int), issubclass(bool, int), type(True + 1).__name__, type(True & True).__name__)
print(True & False, True | False, True ^ True, False ^ True, type(True ^ False).__name__)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(0j), bool(""), bool(" "))
print(bool([]), bool([0]), bool(()), bool({}), bool(set()), bool(None), bool(range(0)), bool(b""))
print(int(True), float(False), str(True).lower(), complex(True))
print(sum([True, True, False, True]), [True, False].count(True), [1, True, 1.0].count(1))
print(True is True, (1 == 1) is True, (1 == 2) is False, not True is False)
print(sorted([True, False, 2, -1, 0.5]), max(False, True), min(True, 2))
print(hash(True) == hash(1), {True: "t", 1: "one"}, {False: "f", 0: "zero", 0.0: "z"})
print(True < 2, False < True, True > 0.5)
print("%d %s %r" % (True, True, False), f"{True:d} {False!r} {True:>6}", format(True, "x"))
print(["no", "yes"][True], ["no", "yes"][False], "abc"[True:])
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool("False"), bool("0"), bool([[]]))
class Truthy:
    def __bool__(self):
        return False
print(bool(Truthy()), True if Truthy() else False)
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), True.conjugate())
one = 1
print(3 in [True, 2, 3], 1 in [True], one is not True)
print(divmod(True, True), pow(True, 10), True ** 0, True << 3, 8 >> True)

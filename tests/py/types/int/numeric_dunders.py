# Numeric special methods of int, bool, float and complex are callable as attributes
# (abs, divmod, round, trunc/floor/ceil, int conversion), bound and unbound.
for v in (7, -7, True, 2**70, -2**70):
    print(v.__abs__(), v.__divmod__(3), v.__rdivmod__(100), v.__round__(), v.__round__(-1))
    print(v.__trunc__(), v.__floor__(), v.__ceil__(), v.__int__(), v.__index__())
for v in (2.5, -2.5, 3.75, 0.5, 1e20):
    print(v.__abs__(), v.__divmod__(0.75), v.__rdivmod__(10), v.__round__(), v.__round__(1))
    print(v.__trunc__(), v.__floor__(), v.__ceil__(), v.__int__())
print((3 + 4j).__abs__(), complex.__abs__(-1j))
print(int.__abs__(-3), float.__floor__(-0.5), float.__ceil__(-0.5), int.__round__(1234, -2))
print(sorted([-3, 1, -2], key=int.__abs__))
print(list(map(float.__trunc__, [1.9, -1.9])))


class MyInt(int):
    pass


class MyFloat(float):
    pass


print(MyInt(-5).__abs__(), MyFloat(-2.5).__floor__(), MyInt(9).__divmod__(4))
for name in ("__floor__", "__abs__", "__round__", "__int__", "__index__", "__divmod__"):
    print(name, hasattr(1, name), hasattr(1.0, name), hasattr(1j, name))
try:
    float("inf").__floor__()
except OverflowError as e:
    print("OverflowError", e)
try:
    float("nan").__trunc__()
except ValueError as e:
    print("ValueError", e)
try:
    (5).__divmod__(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

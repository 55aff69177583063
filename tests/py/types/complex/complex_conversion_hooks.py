# complex(x) converts other objects through __complex__, then __float__, then __index__.
class C:
    def __complex__(self):
        return 1 + 2j


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 4


class Bad:
    def __complex__(self):
        return 3


print(complex(C()), complex(F()), complex(I()), complex(C(), 1), complex(1, F()), complex(F(), I()))
for args in ((Bad(),), ([],), (object(),), (1, "x")):
    try:
        complex(*args)
    except TypeError as e:
        print("TypeError", e)
for a in (("1+2j", 1), (1j, 1j), (-0.0,), (0.0, -0.0), (True, False), (2**70,)):
    try:
        print(complex(*a))
    except TypeError as e:
        print("TypeError", e)
try:
    print(1j + C())
except TypeError as e:
    print("TypeError", e)

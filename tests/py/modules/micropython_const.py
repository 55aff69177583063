# exp: hand-written
# The micropython module (const) exists only in MicroPython-class implementations, not in CPython.
import micropython
from micropython import const
X = const(10)
Y = const(X * 2 + 1)
_PRIVATE = const(0x7F)
print(X, Y, _PRIVATE, type(X).__name__)
print(const(5) + const(6))
print(micropython.const(-3), micropython.const(1 << 20))
def uses_const():
    return X * Y
print(uses_const())
BIG = const(123456789)
print(BIG + 1)
STR = const("not folded but returned")
print(STR)
TUP = const((1, 2))
print(TUP)
class Config:
    SIZE = const(16)
print(Config.SIZE, Config().SIZE)
values = [const(1), const(2), const(3)]
print(sum(values))
print(callable(micropython.const))
print(hasattr(micropython, "opt_level"), hasattr(micropython, "heap_lock"))
print("done")

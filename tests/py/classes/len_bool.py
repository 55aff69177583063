# __len__ and __bool__ drive len() and truth testing.
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Sized(3)), bool(Sized(3)), bool(Sized(0)))
print("truthy" if Sized(2) else "falsy", "truthy" if Sized(0) else "falsy")
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(bool(Flag(True)), bool(Flag(False)), not Flag(False))
class Both:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(bool(Both()), len(Both()))
class Neither:
    pass
print(bool(Neither()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self):
        return 2.5
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(Neither())
except TypeError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self):
        return 10 ** 6
print(len(BigLen()))
items = [Sized(0), Sized(1), Flag(False), Flag(True), Neither()]
print([bool(i) for i in items])
print(any(items[:1]), all(items[1:2]))
while Sized(0):
    print("never")
print(Sized(5) and "and-result", Sized(0) or "or-result")

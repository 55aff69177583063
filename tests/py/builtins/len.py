# len() of every sized built-in type and of user objects.
print(len(""), len("abc"), len("é€😀"), len(b"abc"), len(bytearray(3)))
print(len([]), len([1, [2, 3]]), len(()), len((1,)), len({}), len({"a": 1, "b": 2}))
print(len(set()), len({1, 2, 2}), len(frozenset("aab")), len(range(10)), len(range(0, 10, 3)), len(range(5, 0)))
print(len({"k": 1}.keys()), len({"k": 1}.values()), len({"k": 1}.items()))
print(len("x" * 1000), len([0] * 500), len(range(-5, 5)))
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Sized(0)), len(Sized(7)))
for obj in [5, 1.5, None]:
    try:
        len(obj)
    except TypeError as e:
        print(type(e).__name__, e)
for obj in [iter([]), (x for x in []), len]:
    try:
        len(obj)
    except TypeError as e:
        print(type(e).__name__)
class Negative:
    def __len__(self):
        return -1
try:
    len(Negative())
except ValueError as e:
    print(type(e).__name__, e)
class Big:
    def __len__(self):
        return 2 ** 100
try:
    len(Big())
except OverflowError as e:
    print(type(e).__name__)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
print(len(str(2 ** 100)), len(repr([1, 2])))

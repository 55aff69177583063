# __contains__, and the fallbacks to __iter__ and __getitem__ for 'in'.
class Evens:
    def __contains__(self, item):
        print("contains", item)
        return isinstance(item, int) and item % 2 == 0
e = Evens()
print(4 in e, 3 in e, 3 not in e, "x" in e)
class Truthy:
    def __contains__(self, item):
        return "non-empty string"
print(1 in Truthy())
class IterOnly:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly())
class GetItemOnly:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 10
print(20 in GetItemOnly(), 25 in GetItemOnly())
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        return self.lo <= x < self.hi
r = Range(1, 5)
print([x for x in range(7) if x in r])
print(1.5 in r, 5 in r)
class EqAll:
    def __eq__(self, other):
        return True
print(EqAll() in [1], 1 in [EqAll()], "a" in (EqAll(),))
class StopsEarly:
    def __iter__(self):
        for i in range(100):
            print("yield", i)
            yield i
print(1 in StopsEarly())

# range() argument handling.
print(list(range(4)), list(range(2, 6)), list(range(1, 10, 4)), list(range(5, -5, -3)))
print(list(range(0)), list(range(-3)), list(range(3, 3)), list(range(3, 1)), list(range(1, 3, -1)))
print(list(range(True, 4)), list(range(False, True)))
class Idx:
    def __index__(self):
        return 3
print(list(range(Idx())), list(range(Idx(), 6)), range(Idx()))
for args in [(1.0,), ("3",), (1, 2.5), (None,), (1, 2, 0)]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
r = range(10 ** 30, 10 ** 30 + 5)
print(r[0], r[-1], 10 ** 30 + 2 in r, list(r)[:2])
print(range(0, 10, 2)[3], range(10, 0, -2)[-1], range(0, 30, 7)[1:3])
total = 0
for i in range(0, 101, 5):
    total += i
print(total)
print([(i, j) for i in range(3) for j in range(i)])
print(list(range(-10, -1, 3)), list(range(-1, -10, -3)))
print(len(range(0, 100, 7)), range(0, 100, 7)[-1], list(range(0, 100, 7)).index(49))

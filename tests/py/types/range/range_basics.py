# range objects: construction, len, indexing, slicing, membership, repr.
for args in [(5,), (2, 8), (0, 10, 3), (10, 0, -2), (5, 5), (5, 0), (0, -5, -1), (-3, 3)]:
    r = range(*args)
    print(args, list(r), len(r), repr(r))
r = range(0, 20, 3)
print(r[0], r[-1], r[2], r.start, r.stop, r.step, r.index(9), r.count(9), r.count(10))
print(r[1:4], r[::-1], r[::2], list(r[::-2]), r[100:], r[-3:])
print(9 in r, 10 in r, 18 in r, 21 in r, 9.0 in r, "x" in r)
print(range(3) == range(3), range(0) == range(5, 2), range(0, 6, 2) == range(0, 5, 2), range(3) == [0, 1, 2])
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(3, 9)))
big = range(0, 10 ** 20, 7)
print(big[10 ** 15], 7 * 10 ** 15 in big, 7 * 10 ** 15 + 1 in big, big[-1])
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3)[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(3).index(5)
except ValueError as e:
    print(type(e).__name__, e)
print(bool(range(0)), bool(range(1)), list(range(-2, 2)), tuple(range(3)))
print(hash(range(3)) == hash(range(3)), {range(2): "r"}[range(2)])
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"))
print(type(range(1)).__name__, isinstance(range(1), range))
print([i for i in range(10, 0, -3)], list(range(True, 3)))

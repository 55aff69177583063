# Every set method; results printed sorted.
s = {1, 2, 3}
s.add(4)
s.add(2)
print(sorted(s))
s.update([5, 6], {7}, "a")
print(sorted(s, key=str))
s.discard(100)
s.discard("a")
s.remove(7)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
x = s.pop()
print(x in {1, 2, 3, 4, 5, 6}, len(s))
s.clear()
print(s, len(s))
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a.union(b)), sorted(a.union([9], (8,))), sorted(a.intersection(b, [3])))
print(sorted(a.difference(b)), sorted(a.difference([1], [2])), sorted(a.symmetric_difference([3, 5])))
print(a.issubset({1, 2, 3, 4}), a.issubset([1, 2]), a.issuperset([1]), a.isdisjoint([7, 8]), a.isdisjoint(b))
c = a.copy()
c.add(99)
print(sorted(a), sorted(c))
d = {1, 2, 3, 4}
d.intersection_update([2, 3, 9])
print(sorted(d))
d.difference_update({3})
print(sorted(d))
d.symmetric_difference_update([2, 5])
print(sorted(d))
try:
    {1}.add([2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1}.update(5)
except TypeError as e:
    print(type(e).__name__, e)
print(set().union(), sorted(set.union({1}, {2})), a.copy() == a)
print({1, 2}.__contains__(2), {1, 2}.__len__())

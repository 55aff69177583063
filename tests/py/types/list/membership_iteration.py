# Membership tests and iteration over lists (including while mutating).
l = [1, "two", 3.0, None, [5]]
print(1 in l, "two" in l, 3 in l, None in l, [5] in l, 5 in l, "t" in l)
print(1 not in l, 4 not in l)
print(True in [1], 1.0 in [1], 0 in [False], [] in [[]])
for i, v in enumerate(l):
    print(i, repr(v))
it = iter([10, 20, 30])
print(next(it), list(it), list(it))
nums = [1, 2, 3, 4, 5, 6]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
grow = [1]
for v in grow:
    if v < 5:
        grow.append(v + 1)
print(grow)
shrink = [1, 2, 3, 4]
visited = []
for v in shrink:
    visited.append(v)
    if shrink:
        shrink.pop()
print(visited, shrink)
r = [1, 2, 3]
rit = reversed(r)
print(list(rit), list(reversed([])), list(reversed(["a"])))
print([x for x in range(10) if x in [2, 3, 5, 7]])
class Eq:
    def __eq__(self, other):
        print("compare with", other)
        return other == 3
print(Eq() in [1, 2, 3, 4])
print(l.__iter__().__next__(), len(l))
matrix = [[1, 2], [3, 4]]
print([v for row in matrix for v in row], [2, 3] in matrix, [3, 4] in matrix)

# Lexicographic comparison of lists.
print([1, 2, 3] == [1, 2, 3], [1, 2] != [1, 2, 3], [] == [], [0] == [False])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, 2] <= [1, 2], [3] >= [2, 9])
print([[1, 2], [1]] < [[1, 2], [2]], [1, [2]] == [1, [2]])
print([1, 2] == (1, 2), [1] != (1,))
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print([1, "a"] < [2, 2], [1, "a"] == [1, 2])
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]))
print(sorted([[3], [1, 2], [1], [], [2, 0]]))
nan = float("nan")
print([nan] == [nan], [float("nan")] == [float("nan")])
a = [1, 2]
b = a
print(a == b, a is b, a == a[:], a is a[:])
class Eq:
    def __eq__(self, other):
        return True
print([Eq()] == [1], [1] == [Eq()], [Eq(), 2] == [1, 3])
print([1, 2, 3] > [1, 2], [1, 2, 3] < [1, 3], list("abc") < list("abd"))
x = [1, [2, [3, [4]]]]
y = [1, [2, [3, [4]]]]
print(x == y, x[1][1] == y[1][1])
y[1][1][1][0] = 5
print(x == y, x < y)

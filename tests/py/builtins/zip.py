# zip() stops at the shortest input; strict=True checks lengths.
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2], "abcd")), list(zip()), list(zip([])))
print(list(zip("ab")), list(zip("ab", "cd", "ef")), list(zip(range(3), range(10), "xyz")))
z = zip([1], [2])
print(type(z).__name__, next(z), next(z, "end"), iter(z) is z)
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*zip(*matrix))])
print(dict(zip("abc", range(3))))
consumed = []
def gen(name, n):
    for i in range(n):
        consumed.append((name, i))
        yield i
print(list(zip(gen("short", 2), gen("long", 5))), consumed)
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
a = [1, 2, 3]
print([x + y for x, y in zip(a, a[1:])])
print(list(zip(*[iter(range(6))] * 2)))
print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])))

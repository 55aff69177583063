# Nested unpacking targets.
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, c) = 1, [2, 3]
print(a, b, c)
[a, [b, [c, d]]] = [1, [2, [3, 4]]]
print(a, b, c, d)
((a, b), (c, d)) = ("xy", "zw")
print(a, b, c, d)
pairs = [(1, ("one", "I")), (2, ("two", "II"))]
for n, (word, roman) in pairs:
    print(n, word, roman)
for i, (x, y) in enumerate([(10, 20), (30, 40)]):
    print(i, x, y)
(a, *b), (*c, d) = [1, 2, 3], [4, 5, 6]
print(a, b, c, d)
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print(type(e).__name__, e)
try:
    (a, b), c = 1, 2
except TypeError as e:
    print(type(e).__name__, e)
data = {"p": (1, 2), "q": (3, 4)}
for key, (u, v) in sorted(data.items()):
    print(key, u + v)
matrix = [[1, 2], [3, 4]]
[[m00, m01], [m10, m11]] = matrix
print(m00 * m11 - m01 * m10)

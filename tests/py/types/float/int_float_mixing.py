# Mixed int/float operations produce floats, except where ints stay ints.
print(1 + 1.0, type(1 + 1.0).__name__, 2 * 0.5, 3 - 0.5, 7 / 2, 6 / 3)
print(type(6 / 3).__name__, type(6 // 3).__name__, type(6.0 // 3).__name__)
print(7 // 2.0, 7 % 2.0, -7 // 2.0, -7 % 2.0, divmod(7, 2.0))
print(2 ** 0.5, 2.0 ** 2, type(2.0 ** 2).__name__, type(2 ** 2).__name__)
print(10 ** -1, 10 ** -1 == 0.1, 2 ** -3)
print(True + 0.5, False * 2.5, True / 2)
print(sum([1, 2.5, 3]), sum([1, 2, 3]), sum([0.5, 0.5]))
print(max(1, 2.0), max(2.0, 1), min(1, 1.0), min(1.0, 1))
print(abs(-3) + abs(-1.5), round(3 * 1.1, 2))
print(10 ** 20 + 0.0, 10 ** 20 * 1.0 == 1e20, (10 ** 20 + 1) * 1.0)
print(1 / 3 * 3 == 1, 0.1 * 10 == 1.0, 3 * 0.1 == 0.3)
print(int(2.9) + 1, float(3) + 1, complex(1) + 1.5)
x = 5
x += 0.5
print(x, type(x).__name__)
y = 5
y /= 5
print(y, type(y).__name__)
z = 5
z //= 2
print(z, type(z).__name__)
print(2 ** 100 / 2 ** 99, 2 ** 100 // 2.0 ** 99)
print(1e300 * 10 ** 10, 10 ** 300 * 1e10)
print((3).__truediv__(2), (3).__add__(1.5), (1.5).__radd__(3))
print([i / 4 for i in range(5)])
print(sorted([2, 1.5, 1, 0.5, 0]))
print(1 == 1.0 == True, 0.0 == 0 == False)

# Float arithmetic and its rounding behaviour.
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(0.1 + 0.2, 0.3 - 0.1, 0.1 * 3, 1 - 0.9)
print(1e308 * 10, -1e308 * 10, 1e-323 / 10, 5e-324 / 2)
print(2.0 ** 0.5, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print((-8) ** 2.0, (-2.0) ** 3, 10.0 ** -2)
print(1.5 * 2, type(1.5 * 2).__name__, 3.0 / 1.5)
print(abs(-2.5), abs(2.5), -(-2.5), +2.5)
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)
print(0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1.0, 0.1))
print(3.0 % 1.5, 3.5 % 1.5, -3.5 % 1.5, 3.5 % -1.5)
print(2.5 * 4 == 10, 0.5 + 0.5 == 1, 1 / 2 == 0.5)
print(1e-10 * 1e-10, 1e200 * 1e200, -1e200 * 1e200)
print(float("inf") - float("inf"), float("inf") * 0)
x = 1.0
for i in range(60):
    x /= 2
print(x, x * 2 ** 60)
print(pow(2.0, 10), pow(2, -1.0), pow(9.0, 0.5))
print(type((-8.0) ** 0.5).__name__, (-8.0) ** 2, (-8.0) ** -1)
print(7.0 // 0.1, 7.0 % 0.1 < 0.1)

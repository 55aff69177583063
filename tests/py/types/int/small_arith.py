# Arithmetic on small integers.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a + b, -a - b, -a * b, -a / b, -a // b, -a % b, (-a) ** 3)
print(0 + 0, 0 * 100, 0 ** 0, 1 ** 100, 2 ** 0, (-1) ** 7, (-1) ** 8)
print(7 / 7, type(7 / 7).__name__, 8 / 2, 1 / 3)
print(2 ** -1, 2 ** -2, type(2 ** -1).__name__)
print(10 - 20, 3 * -3, -(-4))
print(abs(-9), abs(9), abs(0))
total = 0
for i in range(1, 101):
    total += i
print(total)
x = 1
for _ in range(20):
    x *= 3
print(x)
print(100 // 7 * 7 + 100 % 7)
print(max(3, 9, -2), min(3, 9, -2), sum([1, 2, 3]))
print(int(), int(0), int(-0), -0)
print(1 + True, 3 * False, True + True)
print(0x7fffffff + 1, -0x80000000 - 1)
print(2 ** 31, 2 ** 32, 2 ** 62, 2 ** 63, 2 ** 64)
print(1073741823 + 1, 4611686018427387903 + 1)
n = 12345
digits = []
while n:
    digits.append(n % 10)
    n //= 10
print(digits)
print(5 == 5.0, 5 != None, -5 < -4)

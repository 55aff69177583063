# Arbitrary-precision integer arithmetic.
big = 2 ** 100
print(big)
print(big + 1, big - 1, big * big)
print(big // 3, big % 3, -big // 7, -big % 7)
print(big / 2 ** 99, big / 3)
print(big ** 3)
print((big + 1) * (big - 1) == big * big - 1)
print(-big, abs(-big), -(-big) == big)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, b - a, a - b)
print(a * b)
print(b // a, b % a, divmod(b, a))
print(a * b // b == a)
print(3 ** 200)
print(2 ** 64 - 1, 2 ** 64 + 2 ** 32)
print((1 << 200) >> 190, (1 << 200) // (1 << 190))
x = 1
for i in range(1, 31):
    x *= i
print(x)
print(x // (2 ** 20), x % 1000007)
print(10 ** 50 + 10 ** 25 + 1)
print(str(10 ** 100)[:5], len(str(10 ** 100)))
print(int("9" * 60) + 1 == 10 ** 60)
print(-(10 ** 30) + 10 ** 30, 10 ** 30 - 10 ** 30 == 0)
print(sum(2 ** i for i in range(100)) == 2 ** 100 - 1)
print(max(2 ** 70, 2 ** 69 * 3), min(-(2 ** 70), 5))
print(2 ** 100 > 2 ** 99, 2 ** 100 == 2 ** 100, 2 ** 100 != 2 ** 100 + 1)
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 65))
print(7 ** 77 % 1000, pow(7, 77, 1000))

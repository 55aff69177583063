# divmod() and three-argument pow().
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 7), (10 ** 25, 7), (-(10 ** 25), 7)]:
    print(a, b, divmod(a, b), divmod(a, b) == (a // b, a % b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5))
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7))
print(pow(5, 0, 7), pow(0, 0, 5), pow(1, 10 ** 18, 13))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-3, 3, -7))
print(pow(10 ** 30, 10 ** 10, 10 ** 9 + 9))
print(pow(7, -1, 13), (7 * pow(7, -1, 13)) % 13)
print(pow(3, -2, 11))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(2, 0.5), pow(4, -0.5), pow(-8, 2))
print(2 ** 10 ** 2 == 2 ** 100, pow(2, pow(3, 2)))
print(pow(123456789, 987654321, 1000000007))
print(pow(True, 2, 3), pow(2, True))
def modexp(b, e, m):
    result = 1
    b %= m
    while e:
        if e & 1:
            result = result * b % m
        b = b * b % m
        e >>= 1
    return result
print(modexp(3, 1000, 97) == pow(3, 1000, 97))

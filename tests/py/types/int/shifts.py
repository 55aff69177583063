# Left and right shifts on positive, negative and big ints.
for n in [1, 5, -5, 0, -1]:
    print(n, [n << s for s in (0, 1, 3, 10)], [n >> s for s in (0, 1, 3, 10)])
print(1 << 64, 1 << 100, (1 << 100) >> 99)
print(-1 >> 100, -(2 ** 100) >> 99, (2 ** 100 + 2 ** 50) >> 50)
print(3 << 62, 3 << 63, (3 << 63) >> 63)
print(255 >> 4, 255 >> 8, 255 >> 100)
print(-255 >> 4, -256 >> 8, -257 >> 8)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 << 1.0
except TypeError as e:
    print(type(e).__name__, e)
print(True << 3, 8 >> True)
x = 1
for i in range(70):
    x <<= 1
print(x, x == 2 ** 70)
while x > 1:
    x >>= 7
print(x)
print(0 << 1000, 0 >> 1000)
print((1 << 1000) >> 998)
print(int("1" + "0" * 40, 2) == 1 << 40)
print([1 << i for i in range(0, 70, 10)])
print(-(1 << 63), -(1 << 63) >> 1, (1 << 63) - 1)

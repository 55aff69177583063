# int / int is rounded once from the exact quotient, also when the operands are too
# large for a float to hold them exactly.
print((2**53 + 1) / 3, 9007199254740993 / 1, -9007199254740993 / 7, 2**60 / 3, 123456789123456789 / 1000)
print(-4121 / 19479984985969967330759068, 19479984985969967330759068 / 3, 10**30 / 7**20, 1 / (2**70 + 1))
acc = []
x = 1
for i in range(1, 120):
    x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    a = x >> (i % 40)
    b = (x % 1000003) + 1
    acc.append(repr(a / b))
    acc.append(repr(-b / (a + 1)))
print(" ".join(acc))
try:
    2**2000 / 3
except OverflowError as e:
    print("OverflowError", e)
print(3 / 2**2000, 2**2000 / 2**1999, (10**400 + 1) / 10**399)

# Bitwise operations behave as if ints had infinite two's complement.
vals = [0, 1, 5, -1, -5, 255, -256]
for a in vals:
    print(a, ~a, a & 0xF, a | 0x10, a ^ 0xFF)
print(-1 & 0xFFFFFFFF, -1 & 0xFFFFFFFFFFFFFFFF)
print(-5 & -3, -5 | -3, -5 ^ -3)
print(6 & -6, 12 & -12, 0 & -1)
big = 2 ** 100
print(big & (big - 1), big | 1, big ^ big, ~big)
print(-big & 0xFFFF, (-big - 1) & 0xFF, -big | 1)
print((2 ** 70 + 5) & -(2 ** 70), (-(2 ** 70)) ^ -1)
print(~0, ~~7, ~-1)
print(bin(-5 & 0xFF), bin(-5), hex(-255), oct(-8))
x = 0b10110
print(x & 1, (x >> 1) & 1, x & -x, (x & (x - 1)))
def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count
print([popcount(n) for n in [0, 1, 7, 255, 2 ** 64 - 1]])
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(flags, bin(flags), flags & (1 << 3) != 0, flags & (1 << 4) != 0)
flags &= ~(1 << 3)
print(bin(flags))
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(~True, ~False)

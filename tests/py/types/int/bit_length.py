# int.bit_length and related introspection.
for n in [0, 1, 2, 3, 4, 7, 8, 255, 256, -1, -2, -255, -256, 2 ** 31, 2 ** 63, 2 ** 64, 10 ** 30, -(2 ** 100)]:
    print(n, n.bit_length())
print((1).bit_length(), (0xff).bit_length(), True.bit_length(), False.bit_length())
def manual_bit_length(n):
    n = abs(n)
    count = 0
    while n:
        n >>= 1
        count += 1
    return count
print(all(manual_bit_length(n) == n.bit_length() for n in range(-1000, 1000)))
print(all((2 ** k).bit_length() == k + 1 for k in range(200)))
print(all((2 ** k - 1).bit_length() == k for k in range(1, 200)))
x = 12345678901234567890
print(x.bit_length(), len(bin(x)) - 2)
print((-x).bit_length(), len(bin(-x)) - 3)
print(int.bit_length(1024))
print((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print((-7).as_integer_ratio(), (0).as_integer_ratio())
print((10).__index__(), int.__name__)
print(sum(1 for k in range(64) if (2 ** 64 - 1) >> k & 1))

# Every operator and delimiter token, including the multi-character ones.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(a << 2, a >> 1, a & b, a | b, a ^ b, ~a)
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
x = 10
x += 1; print(x)
x -= 2; print(x)
x *= 3; print(x)
x //= 2; print(x)
x /= 2; print(x)
x = 20
x %= 7; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0xff; print(x)
x |= 0x100; print(x)
x ^= 0x1; print(x)
print(a--b, a+-b, a-+b, -a**2, (-a)**2)
print(a<<b>>b, a**-1)
def f(p: int) -> int:
    return p
print(f.__annotations__)
print((y := 4), y)
class M:
    def __matmul__(self, other):
        return "matmul"
    def __imatmul__(self, other):
        return "imatmul"
m = M()
print(m @ m)
m @= 1
print(m)
print([1, 2, 3][::-1], {1: 2}, (1,), ...)
a = 1; b = 2; print(a, b);
print(a if a else b, a != b != a, not a == b)

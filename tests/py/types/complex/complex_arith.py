# Arithmetic with complex numbers and mixing with int/float.
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b)
print(a ** 2, a ** 0, b ** -1, a ** 3)
print(-a, +a, a * 1j, a / 2, 2 / a)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a - 1.5)
print(1j ** 2, 1j ** 3, 1j ** 4, (1j * 1j).real)
print((2 + 3j) * (2 - 3j), (1 + 1j) ** 8)
print(pow(1 + 1j, 2), round(abs((3 + 4j) ** 0.5), 9))
print(sum([1j, 2, 3.5]), sum([1 + 1j] * 3))
x = 1 + 1j
x += 1
x *= 1j
print(x)
print((4 + 0j) / (2 + 0j), (0 + 4j) / (0 + 2j))
print(1j * 0, 0 * (1 + 1j), (1 + 1j) - (1 + 1j))
try:
    (1 + 1j) // 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1 + 1j) % 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(abs(3 + 4j) * 2, abs(a * b) == abs(a) * abs(b))
print(round((a * b).real), round((a / b).imag, 4))
vals = [1j, 1 + 0j, -2j]
print(sorted(vals, key=abs), sorted(vals, key=lambda c: c.imag))

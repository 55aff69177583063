# Floor division and modulo round toward negative infinity.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 5), (-1, 5), (1, -5)]
for a, b in pairs:
    q, r = a // b, a % b
    print("%3d // %3d = %3d   %3d %% %3d = %3d   check %s" % (a, b, q, a, b, r, q * b + r == a))
big = 10 ** 20 + 7
print(big // 3, big % 3, -big // 3, -big % 3, big // -3, big % -3)
print((-big) // (-3), (-big) % (-3))
print(-1 // 10 ** 30, -1 % 10 ** 30 == 10 ** 30 - 1)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2)
print(-0.5 // 1, -0.5 % 1)
print(5 % 3 == 5 - 3 * (5 // 3))
print(-5 % 3 == -5 - 3 * (-5 // 3))
print([x % 4 for x in range(-6, 7)])
print([x // 4 for x in range(-6, 7)])
print(int(-7 / 2), -7 // 2, round(-7 / 2))
print(-2 ** 63 // -1, (-2 ** 63) % -1)
print((2 ** 64) % (2 ** 32 + 1), -(2 ** 64) % (2 ** 32 + 1))
print(True // 2, True % 2, -True // 2)
def floor_div(a, b):
    q = a // b
    assert q * b + a % b == a
    return q, a % b
print([floor_div(a, b) for a in (-3, 3) for b in (-2, 2)])

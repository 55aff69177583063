# round() uses round-half-to-even and works on the exact binary value.
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5]])
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 0), round(3.14159, 1), round(3.14159, 3), round(3.14159, 10))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(-1234.5678, -3), round(5e-324, 300), round(1e300, -300))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(7), round(7, 2), round(-7, -1), round(15, -1), round(25, -1), round(35, -1))
print(round(123456, -2), round(123456, -3), round(-150, -2), round(-250, -2))
print(round(10 ** 20 + 5, -1), round(2 ** 70, -10))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(1e20), round(-0.4), round(-0.6), round(0.49999999999999994))
print(round(float("inf"), 2), round(float("nan"), 2))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(round(2.5, 0), round(3.5, 0), round(-2.5, 0))
print([round(i / 10, 1) for i in range(10)])
print(round(1.23456789e-5, 7), round(99.995, 2), round(99.985, 2))
print(round(True), round(False, 3))

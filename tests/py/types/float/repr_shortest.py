# repr(float) is the shortest string that round-trips.
vals = [0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1.1, 2.675, 1e-7, 123456789.123456789,
        3.141592653589793, 2.718281828459045, 1.0, 100.0, 1e16, 1e15, 12345678901234567.0,
        1e-4, 1e-5, 0.00001234, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
        -0.0, 0.5, 0.25, 0.125, 9.999999999999999e22, 1e23, 4.35, 0.07, 1.005, 8.41, 100.01]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v)
print(1e22, 1e21, 1e17, 1.5e16, 123e-20)
print(0.1 * 3, 0.7 + 0.1, 1.1 * 1.1, 3 * 1.1)
print(float(1 << 60), float(10 ** 16), float(10 ** 15))
print(repr(1 / 7), repr(22 / 7), repr(355 / 113))
print([round(0.1 * i, 10) for i in range(5)])
print(str(1.0e-10), str(1.23e-6), str(0.000123))
print(9007199254740993.0, 0.30000000000000004)
print(1.2345678901234567e-300, 6.02214076e23, 6.62607015e-34)
print(-1.5, -1e100, -2.5e-10)
print(float("0.1") == 0.1, repr(float("1.10")), repr(float("1e1")))
def roundtrip_all(count):
    ok = 0
    for i in range(1, count):
        v = i / 997
        ok += float(repr(v)) == v and len(repr(v)) <= 19
    return ok
print(roundtrip_all(2000))

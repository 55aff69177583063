# float.hex() and float.fromhex().
for v in [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 0.1, 3.5, 1e10, 1e-10, 5e-324, 1.7976931348623157e308, 255.0]:
    h = v.hex()
    print(repr(v), h, float.fromhex(h) == v)
print(float.fromhex("0x1p0"), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print(float.fromhex("0x10"), float.fromhex("0xA.8"), float.fromhex("0x.8"), float.fromhex("  0x1p+4  "))
print(float.fromhex("inf"), float.fromhex("-infinity"), float.fromhex("nan"))
print(float.fromhex("1p0"), float.fromhex("0X1P3"), float.fromhex("0x1.fffffffffffffp1023"))
print(float.fromhex("0x0.0000000000001p-1022"))
for bad in ["", "0x", "0xg", "1.2.3", "0x1p", "0x1p1.5"]:
    try:
        float.fromhex(bad)
        print(repr(bad), "parsed")
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
try:
    float.fromhex("0x1p10000")
except OverflowError as e:
    print(type(e).__name__, e)
print(float("inf").hex(), float("-inf").hex(), float("nan").hex())
print((1.5).hex() == "0x1.8000000000000p+0")
print(all(float.fromhex(float(i).hex()) == i for i in range(1000)))
print(all(float.fromhex((i / 7).hex()) == i / 7 for i in range(1, 1000)))

# int() parsing strings in every base, with signs, whitespace and underscores.
cases = [
    ("42", 10), ("-42", 10), ("+42", 10), ("  7  ", 10), ("\t\n9\n", 10), ("0", 10), ("-0", 10),
    ("ff", 16), ("FF", 16), ("0xff", 16), ("-0x1A", 16), ("777", 8), ("0o17", 8), ("101", 2),
    ("0b101", 2), ("z", 36), ("Zz", 36), ("1_000", 10), ("0x_ff", 16), ("0x1f", 0), ("0o17", 0),
    ("0b11", 0), ("123", 0), ("10", 3), ("21", 5), ("000123", 10),
]
for s, base in cases:
    print(repr(s), base, int(s, base))
print(int("123456789012345678901234567890"), int("-" + "9" * 30))
print(int("1" * 64, 2), int("f" * 32, 16))
bad = [("", 10), (" ", 10), ("12a", 10), ("0x", 16), ("9", 8), ("2", 2), ("1.5", 10), ("--1", 10),
       ("1 2", 10), ("_1", 10), ("1__0", 10), ("010", 0), ("0b2", 0), ("abc", 36 + 1)]
for s, base in bad:
    try:
        print(repr(s), base, int(s, base))
    except ValueError as e:
        print(repr(s), base, type(e).__name__, e)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(10, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(int(b"42"), int(bytearray(b"-7")), int(b"ff", 16))
print(int(" -0x10 ", 16), int("0B11", 0), int("0O7", 0), int("0X1", 0))
print(int(True), int(False), int(-3.9), int("0" * 50 + "1"))

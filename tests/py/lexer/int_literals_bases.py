# Integer literals in every base, upper and lower case prefixes.
print(0, 7, 42, 1234567890)
print(0b0, 0b1, 0b1010, 0B1111)
print(0o0, 0o7, 0o17, 0O777)
print(0x0, 0xf, 0xFF, 0XdeadBEEF)
print(00, 000)
print(0b11111111 == 0xff == 0o377 == 255)
print(-0x10, +0o10, ~0b101)
# Big literals in every base.
print(0xFFFFFFFFFFFFFFFFFFFFFFFF)
print(0b1 << 70 == 0b10000000000000000000000000000000000000000000000000000000000000000000000)
print(0o7777777777777777777777777)
print(123456789012345678901234567890)
print(type(0x10), type(12345678901234567890123))
# Literals next to attribute access need a space or parens.
print(1 .bit_length(), (255).bit_length(), 0x10 .bit_length())
# Leading zeros are only allowed for zero itself.
for src in ["007", "0_0", "00_0"]:
    try:
        print(src, "->", eval(src))
    except SyntaxError as e:
        print(src, "->", type(e).__name__)
print(0x_ff, 0o_17, 0b_1)
print(int("0x1f", 16), int("0o17", 8), int("0b11", 2), int("0x1f", 0))

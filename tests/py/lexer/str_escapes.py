# Every string escape sequence.
escapes = ["\\", "\'", "\"", "\a", "\b", "\f", "\n", "\r", "\t", "\v", "\0"]
print([ord(c) for c in escapes])
print([len(c) for c in escapes])
print(ord("\x00"), ord("\x7f"), ord("\xff"), ord("\xAb"))
print(ord("\101"), ord("\0"), ord("\7"), ord("\77"), ord("\377"))
print(ord("\u0041"), ord("\u00e9"), ord("\u20ac"), ord("\uFFFF"))
print(ord("\U0001F600"), ord("\U00000041"))
print("\u00e9" == "é", "\u20ac" == "€")
print(len("\U0001F600"), len("a\nb"))
# Backslash-newline inside a string joins lines.
print("ab\
cd")
# A backslash before a non-escape character needs doubling to be kept.
print(len("\\q"), "\\d")
print(repr("\a\b\f\v\0"))
print(repr("\x01\x1f\x7f"))
print(repr("\t\n\r\\"))
# Octal escapes stop after three digits.
print(repr("\1234"), repr("\0012"))
for src in [r'"\x4"', r'"\u12"', r'"\U0000004"']:
    try:
        eval(src)
        print(src, "ok")
    except SyntaxError as e:
        print(src, type(e).__name__)

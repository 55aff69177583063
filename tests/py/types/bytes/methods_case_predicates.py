# Case conversion and predicates on bytes (ASCII only).
b = b"Hello World 123 \xe9"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
samples = [b"", b"abc", b"ABC", b"Abc", b"abc123", b"123", b" \t\n", b"a b", b"\xe9", b"Title Case", b"_"]
for s in samples:
    print(repr(s).ljust(14), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isascii())
print(b"\xe9\xc9".upper(), b"\xe9".isalpha())
print(b"MiXeD".lower() == b"mixed", b"x".upper() == b"X")
print(bytes(range(65, 91)).lower())
print(b"snake_case".title(), b"o'neil".title())
print(type(b"a".upper()).__name__, type(bytearray(b"a").upper()).__name__)
print(b"hello"[0:1].upper() + b"hello"[1:])
print(sorted([b"b", b"B", b"a", b"A"]), sorted([b"b", b"B", b"a"], key=bytes.lower))
print(b"42".isdigit() and int(b"42") == 42, int(b" -7 "), float(b"2.5"))
print(all(bytes([c]).isdigit() for c in b"0123456789"))
print([c for c in b"a1 B" if bytes([c]).isalpha()])
print(b"ABC".isupper() and b"abc".islower(), b"A1".isupper(), b"1".isupper())
print(b"abc".capitalize(), b"ABC".capitalize(), b"".capitalize())
def ascii_upper(data):
    return bytes(c - 32 if 97 <= c <= 122 else c for c in data)
print(ascii_upper(b"mixed Case 1\xe9") == b"mixed Case 1\xe9".upper())
print(b"one two".title().swapcase(), b"  ".isspace(), b"\x0b\x0c".isspace())

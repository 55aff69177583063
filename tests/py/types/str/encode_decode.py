# str.encode / bytes.decode with UTF-8, ASCII, Latin-1 and error handlers.
s = "héllo €😀"
b = s.encode()
print(b, len(b), b == s.encode("utf-8"), b == s.encode("UTF-8"), b == s.encode("utf8"))
print(b.decode(), b.decode("utf-8") == s)
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("latin1"), b"\xe9".decode("latin-1"))
for text in ["", "a", "é", "€", "😀", "\x00", "\u07ff", "\u0800", "\uffff", "\U00010000"]:
    enc = text.encode("utf-8")
    print(repr(text), enc, len(enc), enc.decode("utf-8") == text)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print("é€".encode("ascii", "ignore"), "é€".encode("ascii", "replace"))
print(b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "replace"))
print(str(b"abc", "ascii"), str(b"\xc3\xa9", "utf-8"), str(b"x", encoding="utf-8"))
print(bytes("héllo", "utf-8"), bytearray("€", "utf-8"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(isinstance(UnicodeDecodeError("utf-8", b"", 0, 1, "x"), ValueError))
print(len("😀".encode("utf-8")), "😀".encode("utf-8").hex())

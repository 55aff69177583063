# bytes() constructor forms.
print(bytes(), bytes(0), bytes(3), bytes([]), bytes([65, 66, 67]))
print(bytes((0, 127, 128, 255)), bytes(range(5)), bytes(x * 2 for x in range(4)))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes("é", "latin-1"))
print(bytes(b"copy"), bytes(bytearray(b"from bytearray")), bytes(b"mv"))
for bad in [[256], [-1], [1.5], ["a"], "text"]:
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes("é", "ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__)
try:
    bytes(b"x", "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(None)
except TypeError as e:
    print(type(e).__name__, e)
class HasBytes:
    def __bytes__(self):
        return b"from __bytes__"
print(bytes(HasBytes()))
class Indexable:
    def __index__(self):
        return 2
print(bytes([Indexable(), 3]), bytes(Indexable()))
print(bytes.fromhex("41 42"), b"".join([b"a", bytes([98])]))
print(len(bytes(1000)), bytes(1000).count(0), bytes(2) == b"\x00\x00")
print(type(bytes()).__name__, bytes is type(b""), isinstance(b"", bytes))

# repr of bytes: printable ASCII shown, everything else escaped.
samples = [b"", b"plain", b"it's", b'say "hi"', b"both ' \"", b"\x00\x01\x7f\x80\xff", b"\t\n\r\\",
           b"\x0b\x0c\x1b", b" ~", bytes(range(30, 35)), b"'", b'"']
for s in samples:
    print(repr(s), str(s), len(repr(s)))
print(bytes(range(256)))
print([b"x", b"\x00"], (b"t",), {b"k": b"v"})
print("%s %r" % (b"ab", b"ab"), "{} {!r}".format(b"c", b"c"), f"{b'd'}")
print(repr(bytearray(b"ba\x00")), str(bytearray()), repr(bytearray(b"'")))
for s in samples:
    assert eval(repr(s)) == s
print("round trip ok")
print(ascii(b"\xff"), repr(b"\\x41"), b"\\x41" == b"\x5cx41")
print(repr(bytes([92])), repr(bytes([39, 34])))
def quote_of(b):
    return repr(b)[1]
print([quote_of(x) for x in [b"a", b"'", b'"', b"'\""]])
for code in [0, 9, 10, 13, 31, 32, 39, 92, 126, 127, 128, 255]:
    print(code, repr(bytes([code])))
print(repr(b"\x00" * 3), repr(b"ab" * 2))

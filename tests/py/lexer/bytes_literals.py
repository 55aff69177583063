# Bytes literals: prefixes, escapes, indexing gives ints.
print(b'abc', B"abc", b'')
print(type(b'x').__name__, len(b'abc'))
print(b'\x00\x01\xff', list(b'\x00\x01\xff'))
print(b'\n\t\r\\\'\"', len(b'\n\t\r\\\'\"'))
print(b'\101\102', b'\0', b'\7')
print(b'a' b'b' B'c')
print(b'abc'[0], b'abc'[-1], b'abc'[1:])
print(b'it\'s', b"say \"hi\"")
print(repr(b"it's"), repr(b'say "hi"'), repr(b'both \' "'))
print(b'\u0041', len(b'\u0041'))
print(rb'\n', br'\n', Rb'\x00', bR'a\b', RB'x', BR'y')
print(len(rb'\n'), len(b'\n'))
print(b'\x7f\x80', repr(b'\x7f\x80'))
print(b"""triple
quoted""")
print(b'abc' == b"abc", b'a' < b'b', b'' == bytes())
for src in ["b'\u00e9'", "b'\xff'"]:
    try:
        print(eval(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    b'a' + 'b'
except TypeError as e:
    print(type(e).__name__, e)
print(bytes([104, 105]) == b'hi')

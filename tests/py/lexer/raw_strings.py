# Raw strings keep backslashes; quotes can still be escaped.
print(r'\n', R'\t', r"\\", r'\x41')
print(len(r'\n'), len(r'\\'), len(r'\x41'))
print(r'a\'b', len(r'a\'b'))
print(r"a\"b", len(r"a\"b"))
print(repr(r'\n'), repr(r'C:\dir\file'))
print(r'C:\new\table')
print(r'''raw
triple \n''')
print(r"""\d+\s*""")
print(r'\u0041', len(r'\u0041'))
print(r'\N', r'\0')
print(r'' == '', r'abc' == 'abc')
s = r'a\
b'
print(len(s), repr(s))
print(rf'{1+1}\n', fr'\t{"x"}', len(rf'\n{2}'))
print(r'\\\\', len(r'\\\\'))
for src in ["r'\\'", "r'abc\\'"]:
    try:
        eval(src)
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), type(e).__name__)
print(r'x' 'y\n' r'\z')

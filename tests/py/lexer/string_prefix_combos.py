# Every legal string prefix, upper and lower case.
v = 9
print(r'\n', R'\n', u'\n' == '\n', U'x')
print(b'x', B'x', br'\n', Br'\n', bR'\n', BR'\n', rb'\n', rB'\n', Rb'\n', RB'\n')
print(f'{v}', F'{v}', fr'{v}\n', Fr'{v}\n', fR'{v}\n', FR'{v}\n')
print(rf'{v}\n', rF'{v}\n', Rf'{v}\n', RF'{v}\n')
print(type(u'').__name__, type(b'').__name__, type(f'').__name__)
bad = ["ub''", "bu''", "fb''", "bf''", "uf''", "ur''"]
for src in bad:
    try:
        compile(src, "<test>", "eval")
        print(src, "compiled")
    except SyntaxError as e:
        print(src, type(e).__name__)
print(r"""raw triple \t""", rb'''raw bytes triple \t''')
print(f"""{v}
{v + 1}""")
print(fr"""\{v}""")
# A name followed by a string is not a prefix.
ub = 1
try:
    compile("x = ub 'q'", "<test>", "exec")
    print("compiled")
except SyntaxError as e:
    print(type(e).__name__)
print(len(r'\\'), len(rb'\\'), len(fr'\\'))
print(u'unicode prefix é')

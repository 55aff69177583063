# Triple-quoted strings span lines and keep quotes and newlines.
a = """first
second
third"""
print(a)
print(len(a.split("\n")))
b = '''single 'quotes' and "double" inside'''
print(b)
c = """ends with quote\""""
print(c)
d = """
leading and trailing newline
"""
print(repr(d))
e = '''a\
b'''
print(e)
f = """tab\there"""
print(f)
g = """contains '''other''' triples"""
print(g)
h = '''contains """other""" triples'''
print(h)
print(repr("""'"'"'"""))
def doc():
    """Docstring of doc.

    More text."""
    return 1
print(doc.__doc__)
print(doc())
print("""x""" == "x", '''''' == "")
print(len("""

"""))

# Simple statements separated by semicolons, expression statements, and docstrings.
a = 1; b = 2; c = a + b
print(a, b, c)
x = 0; x += 1; x *= 10; print(x)
if True: y = 1; z = 2; print(y + z)
for i in range(2): print("loop", i); print("same line")
def f(): return "one-line def"
print(f())
"a bare string is an expression statement"
42
None
[1, 2, 3]
print("expression statements have no effect")
def documented():
    "docstring as first statement"
    return documented.__doc__
print(documented())
def not_doc():
    x = 1
    "not a docstring"
    return not_doc.__doc__
print(not_doc())
class K:
    """Class doc."""; attr = 1
print(K.__doc__, K.attr)
print(__doc__)
results = []
results.append(1); results.append(2);
print(results)
n = 3
while n: n -= 1
print(n)
try: raise ValueError("one line")
except ValueError as e: print("caught", e)
with open(__file__) as fh: first = fh.readline()
print(first.strip())
lam = lambda: 0; print(lam())

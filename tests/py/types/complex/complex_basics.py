# complex numbers: construction, parts, abs, conjugate.
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(type(z).__name__, type(z.real).__name__)
print(complex(), complex(1), complex(1, 2), complex(1.5, -0.5), complex(-1))
print(complex("1+2j"), complex("3j"), complex("-4"), complex(" 5-6j "), complex("1e1+1e-1j"))
print(complex(True, False), complex(0, 0) == 0, complex(2, 0) == 2)
print(1j.real, 1j.imag, (2 + 0j).imag, (-1j).conjugate())
print(abs(1j), abs(-5 + 0j), abs(complex(1, 1)))
print(z == 3 + 4j, z != 3 - 4j, z == complex(3, 4))
print(hash(1 + 0j) == hash(1), {2 + 0j: "two"}[2])
try:
    z < 1j
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex("1+2")
    print("parsed")
except ValueError as e:
    print(type(e).__name__, e)
try:
    complex("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(1j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(1 + 1j)
except TypeError as e:
    print(type(e).__name__, e)
print(bool(0j), bool(1j), bool(0 + 0.0j))
w = complex(2, 3)
print(w.real + w.imag, (w * w.conjugate()).real)
print(complex(1, 2).__class__ is complex, isinstance(1j, complex), isinstance(1j, (int, float)))

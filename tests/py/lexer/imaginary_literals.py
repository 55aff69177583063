# Imaginary literals: j suffix on ints and floats, case.
print(1j, 1J, 0j, 2.5j, .5j, 1e2j, 1_0j)
print(type(1j).__name__)
print(1 + 2j, 3 - 4j, -1j, -(1j))
print((1j).real, (1j).imag, (2.5j).imag)
print(1j * 1j, 2j * 3j)
print(1j ** 2)
print(00j, 09j, 010j)
print(1e-3j, 1E3J)
z = 3 + 4j
print(z, abs(z), z.conjugate())
print(complex(1, 2) == 1 + 2j)
print(1j == complex(0, 1))
print(repr(0j), repr(-0j), repr(1+0j))
print(repr(1.5j), repr(-1.5-2.5j))
print(0x10 + 1j)
print(1_000j)
for src in ["1jj", "0x1j"]:
    try:
        compile(src, "<test>", "eval")
        print(src, "compiled")
    except SyntaxError:
        print(src, "SyntaxError")
print([1j, 2j][1], {1j: "i"}[1j])

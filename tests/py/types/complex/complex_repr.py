# repr/str of complex numbers follow CPython's rules for signs and zeros.
vals = [0j, 1j, -1j, 1 + 0j, -1 + 0j, 1 + 1j, 1 - 1j, -1 - 1j, 1.5 + 2.5j, 0.1 + 0.2j,
        complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0), 1e20j, 1e-20 + 1j, 123456789j,
        complex(1e16, 1), complex(float("inf"), 1), complex(1, float("nan")), complex(0, float("-inf"))]
for v in vals:
    print(repr(v), str(v))
print([1j, 2 + 3j], (1 - 1j,), {"c": -2j})
print("%s %r" % (1 + 2j, 3 - 4j))
print("{} {}".format(1j, complex(2)))
print(f"{1 + 2j}", f"{(1 + 2j)!r}")
print(format(1 + 2j, ""), format(1.5 + 2.25j, ".1f"), format(1 + 2j, ">12"), format(3 - 4j, "e"))
print(format(1 + 2j, "g"), format(complex(1, -0.5), "+.2f"))
print(str(complex(2.0, 0.0)), str(complex(0.0, 2.0)))
print(complex("  (1+2j)  "), complex("-1.5e-3-2.5E+2J"))
print(complex("j"), complex("-j"), complex("+1J"))
print(repr(complex(3, 0)) == "(3+0j)", repr(complex(0, 3)) == "3j")
print(eval(repr(1.5 - 2j)) == 1.5 - 2j)
parts = []
for re_part in (-1, 0, 1):
    for im_part in (-1, 0, 1):
        parts.append(repr(complex(re_part, im_part)))
print(parts)
print(repr(complex(1, 2) * 1j), repr(-(1 + 0j)))

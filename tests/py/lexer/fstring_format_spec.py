# Format specs after ':' in f-strings.
n = 42
f = 3.14159
s = "abc"
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|")
print(f"{n:05}|{n:+}|{-n:+}|{n: }|")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{n:c} {n:d}")
print(f"{1234567:,} {1234567:_} {0xffff:_x}")
print(f"{f:.2f} {f:.0f} {f:10.3f}| {f:<10.3f}|")
print(f"{f:e} {f:.2E} {f:g} {f:G}")
print(f"{f:%} {0.25:.1%}")
print(f"{s:>6}|{s:<6}|{s:^7}|{s:*^7}|")
print(f"{s:.2} {s:6.2}|")
print(f"{-3.5:08.2f} {3.5:+08.2f}")
print(f"{n:=+6} {-n:=6}")
print(f"{12345.678:,.2f}")
print(f"{True:d} {True}")
print(f"{1e20:f} {1e-5:g} {123456789.0:g}")
print(f"{float('inf'):f} {float('nan'):F}")
print(f"{0:#x} {0:#b}")
print(f"{-255:x} {-255:#X}")
print(f"{n!s:>4}")
try:
    print(f"{s:d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{n:s}")
except ValueError as e:
    print(type(e).__name__, e)

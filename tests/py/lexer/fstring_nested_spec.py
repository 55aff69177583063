# Replacement fields nested inside format specs.
x = 3.14159265
w = 10
p = 3
print(f"{x:{w}.{p}f}|")
print(f"{x:{w}}|")
print(f"{x:.{p}}|")
print(f"{x:<{w}.{p}f}|")
align = "^"
fill = "*"
print(f"{'mid':{fill}{align}{w}}")
for width in range(3, 7):
    print(f"{7:{width}}|")
for prec in range(0, 4):
    print(f"{x:.{prec}f}")
spec = ">8.2f"
print(f"{x:{spec}}|")
fmt = "x"
print(f"{255:{fmt}} {255:#{fmt}}")
print(f"{'a':{'>'}{2 + 3}}|")
vals = [1.5, 22.25, 333.125]
width = max(len(f"{v:.2f}") for v in vals)
for v in vals:
    print(f"[{v:{width}.2f}]")
print(f"{x:{w}.{p}e}")
def spec_for(n):
    return f"0{n}d"
print(f"{42:{spec_for(6)}}")

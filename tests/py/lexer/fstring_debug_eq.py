# The self-documenting f"{expr=}" form.
x = 5
name = "vibe"
print(f"{x=}")
print(f"{x = }")
print(f"{x=}, {name=}")
print(f"{x + 1=}")
print(f"{name.upper()=}")
print(f"{x=:>4}|")
print(f"{x=!s}")
print(f"{name=!s}")
print(f"{name=!r}")
print(f"{3.25=:.1f}")
print(f"{[1, 2]=}")
print(f"{x*2 = }")
print(f"{x==5=}")
d = {"a": 1}
print(f"{d['a']=}")
print(f"{None=}")
print(f"{'q'=}")
y = 1.5
print(f"{y=:.3f} {y=}")
print(f"{x  =  }")
class C:
    def __repr__(self):
        return "Crepr"
    def __str__(self):
        return "Cstr"
c = C()
print(f"{c=}")
print(f"{c=!s}")
print(f"{c=:}")

# f-string replacement fields hold arbitrary expressions.
x = 10
name = "world"
print(f"hello {name}")
print(F"x = {x}")
print(f"{x + 1} {x * 2} {x ** 2}")
print(f"{name.upper()} {len(name)}")
print(f"{[1, 2, 3][1]} {(1, 2)[0]}")
print(f"{ {'a': 1}['a'] }")
print(f"{'nested ' + f'{x}'}")
print(f"{x if x > 5 else 0}")
print(f"{[i * i for i in range(4)]}")
print(f"{(lambda y: y + 1)(x)}")
print(f"{x!r:>5}|")
d = {"key": "value"}
print(f"{d['key']}")
print(f"{'a' 'b'}")
print(f"")
print(f"no fields")
print(f"{x}{x}{x}")
print(f"{ x }", f"{x:}")
class P:
    def __init__(self):
        self.v = 3
print(f"{P().v}")
print(f"""{x}
{name}""")
print(f"{3.5}", f"{None}", f"{True}", f"{b'b'}")
print(f"{'}'}", f"{'{'}")
print(type(f"{x}").__name__)

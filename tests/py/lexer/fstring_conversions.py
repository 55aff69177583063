# !r, !s and !a conversions in f-strings.
s = "héllo\n"
print(f"{s!r}")
print(f"{s!s}")
print(f"{s!a}")
print(f"{'x'!r} {'x'!s} {'x'!a}")
print(f"{42!r} {42!s} {42!a}")
print(f"{[1, 'a']!r}")
print(f"{[1, 'a']!s}")
print(f"{'é€😀'!a}")
class C:
    def __repr__(self):
        return "C-repr"
    def __str__(self):
        return "C-str"
c = C()
print(f"{c}")
print(f"{c!r}")
print(f"{c!s}")
print(f"{c!a}")
print(f"{c!r:>10}|")
print(f"{c!s:*^11}")
print(f"{'abc'!r:10}|")
print(f"{None!r} {1.5!r}")
for bad in ['f"{x!z}"', 'f"{x!}"']:
    try:
        compile(bad, "<test>", "eval")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__)
print(f"{'q' + 'r'!r}")
print(f"{3 != 4}")

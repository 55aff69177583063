# Doubled braces are literal braces in f-strings and str.format.
x = 7
print(f"{{}}")
print(f"{{x}}")
print(f"{{{x}}}")
print(f"{{{{x}}}}")
print(f"a{{b}}c{x}d")
print(f"}}{x}{{")
print("{{}}".format())
print("{{{}}}".format(x))
print("{{0}} {0}".format(x))
print(f"{'{'}{x}{'}'}")
print(f"{ {1: 2} }")
print(f"{ {x} }")
print(len(f"{{}}"))
print("%s {}" % "{}")
for bad in ['f"{"', 'f"}"', 'f"{}"', 'f"{x"']:
    try:
        compile(bad, "<test>", "eval")
        print(bad, "compiled")
    except SyntaxError as e:
        print(bad, type(e).__name__)
for bad in ["{", "}", "{0"]:
    try:
        bad.format(1)
        print(bad, "ok")
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(f"{{ {x} }}")
print(f"{x}}}")

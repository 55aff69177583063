# Non-ASCII letters are allowed in identifiers.
café = "coffee"
print(café)
π = 3.14159
print(π * 2)
naïve_count = 3
print(naïve_count)
def größe(x):
    return x * 2
print(größe(21), größe.__name__)
class Ñandú:
    ñ = 1
print(Ñandú.__name__, Ñandú.ñ)
日本 = "japan"
print(日本)
données = {"clé": 1}
print(données["clé"])
_private, __dunder__, a1b2 = 1, 2, 3
print(_private, __dunder__, a1b2)
ns = {}
exec("Ωmega = 5", ns)
print(ns["Ωmega"])
print("café".isidentifier(), "2x".isidentifier(), "x2".isidentifier(), "_".isidentifier())
print("a-b".isidentifier(), "".isidentifier(), "π".isidentifier())
for bad in ["2abc = 1", "a$b = 1", "a-b = 1"]:
    try:
        compile(bad, "<test>", "exec")
        print(bad, "compiled")
    except SyntaxError as e:
        print(bad, type(e).__name__)
print(getattr(Ñandú, "ñ"))
λ = lambda v: v + 1
print(λ(1))

# __annotations__ of modules, classes and functions.
x: int = 5
y: str
print(__annotations__)
class C:
    a: int = 1
    b: "str"
print(C.__annotations__)
def g(a: int, b: "B" = 2, *args: tuple, k: bool = True, **kw: dict) -> None:
    pass
for name in sorted(g.__annotations__):
    print(name, g.__annotations__[name])
def h(a, b):
    return a
print(h.__annotations__)
def r() -> "ret":
    pass
print(r.__annotations__)
class D:
    pass
print(hasattr(D, "__annotations__") and D.__annotations__ == {} or "no class annotations")
z: list
print(sorted(__annotations__))
def local_annotations():
    v: int = 1
    return v
print(local_annotations(), "v" not in local_annotations.__annotations__)
lam = lambda a, b=1: a
print(lam.__annotations__)
class E:
    n: int
    def m(self, v: float) -> float:
        return v
print(E.__annotations__, E.m.__annotations__)
print(E().m(2.5))

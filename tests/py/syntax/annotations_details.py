# Annotation details: mangled keys, parenthesized (non-simple) names, annotations inside
# compound statements, evaluation order at def time, targets evaluated without a value,
# nothing evaluated inside functions, and the __annotations__ attribute rules.
class K:
    __p: int = 1
    (q): str = "x"
    if True:
        r: float
    def m(self, __a: int, *__v: str, __k: "k" = 2, **__kw: dict) -> "R": pass
print(K.__annotations__, K.m.__annotations__)
class E: pass
print(E.__annotations__, E.__dict__.get('__annotations__'))
def f(): pass
print(f.__annotations__)
f.__annotations__ = None; print(f.__annotations__)
try:
    f.__annotations__ = 3
except TypeError as e: print(e)
order = []
def t(x): order.append(x); return x
def g(a: t("a") = t("da"), *, b: t("b") = t("db")) -> t("r"): pass
print(order)
class O:
    pass
o = O()
o.x: t("attr_ann")
print(order)
def inner():
    y: t("never")
    o.z: t("never2")
    return 1
inner(); print(order)
x: int
print(__annotations__)

# Positional-only parameters in error messages: missing ones, several passed as keywords,
# closures (hidden cell arguments come first) and mangled names.
def only(a, b, /, c=1):
    return a
for call in (lambda: only(), lambda: only(1), lambda: only(1, a=2, b=3), lambda: only(1, 2, a=3, d=4), lambda: only(1, 2, d=4)):
    try:
        call()
    except TypeError as e:
        print(e)
def outer():
    v = 1
    def inner(a, /, *, k):
        return a, k, v
    return inner
try:
    outer()(a=1, k=2)
except TypeError as e:
    print(e)
print(outer()(1, k=2))
class C:
    def m(self, __x, /):
        return __x
print(C().m(5))
try:
    C().m(_C__x=5)
except TypeError as e:
    print(e)

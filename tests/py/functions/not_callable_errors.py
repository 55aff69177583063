# Calling non-callable objects raises TypeError.
def attempt(obj):
    try:
        obj()
    except TypeError as e:
        print(type(e).__name__, e)
attempt(None)
attempt(1)
attempt(1.5)
attempt("text")
attempt([1, 2])
attempt((1,))
attempt({"k": 1})
attempt({1})
attempt(b"bytes")
class Plain:
    pass
attempt(Plain())
class WithCall:
    def __call__(self):
        return "callable instance"
print(WithCall()())
attempt(WithCall)
print(callable(None), callable(Plain), callable(Plain()), callable(WithCall()))
class AttrNotMethod:
    pass
obj = AttrNotMethod()
obj.__call__ = lambda: "instance __call__ is ignored"
attempt(obj)
x = 5
try:
    x.method()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "abc".nope()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda: None)()()
except TypeError as e:
    print(type(e).__name__, e)

# Private names are mangled for every kind of binding and use inside a class body and the
# functions, lambdas and comprehensions nested in it: parameters (so keywords must use the
# mangled name), keyword-only defaults, imports, def/class names, except/with targets,
# global declarations; call keywords and dunder names are not, and the innermost class
# decides the prefix.
import sys


class A:
    def m(self, __p=3, *, __k=4):
        return dict(__x=1), __p, __k

    import sys as __s
    from sys import path as __pp

    def __f(self):
        return "f"

    class __B:
        def get(self):
            return self.__hidden

        __hidden = "inner class mangles with its own name"

    __g = [__q * 2 for __q in range(3)]
    __h = (lambda __l: __l + 1)(1)

    def n(self):
        global __G
        __G = 5

        def inner():
            return __G

        return inner()

    try:
        raise KeyError
    except KeyError as __e:
        pass


print(A().m(), A().m(_A__p=7, _A__k=8))
try:
    A().m(__p=1)
except TypeError as e:
    print("TypeError", e)
print(sorted(k for k in vars(A) if not k.startswith("__")))
print(A._A__f.__name__, A._A__B.__name__, A._A__B().get())
print(A._A__s is sys, A._A__pp is sys.path, A._A__g, A._A__h)
print(A().n(), "_A__G" in globals(), "__G" in globals())
print(A.m.__kwdefaults__)


class __:
    __x = 1


class _Under_:
    __y = 2


print([k for k in vars(__) if "x" in k], [k for k in vars(_Under_) if "y" in k])


class Outer:
    def method(self):
        class Inner:
            __z = 1

        return [k for k in vars(Inner) if "z" in k]


print(Outer().method())

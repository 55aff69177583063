# Impossible hierarchies raise TypeError when the class is created.
class A: pass
class B(A): pass
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, " ".join(str(e).split()))
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q):
        pass
except TypeError as e:
    print(type(e).__name__, " ".join(str(e).split()))
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, " ".join(str(e).split()))
try:
    class FromInstance(A()):
        pass
except TypeError as e:
    print(type(e).__name__)
try:
    class FromInt(1):
        pass
except TypeError as e:
    print(type(e).__name__)
class Good(B, A):
    pass
print([c.__name__ for c in Good.__mro__])
try:
    class BoolSub(bool):
        pass
except TypeError as e:
    print(type(e).__name__, " ".join(str(e).split()))
class OK(object, ):
    pass
print(OK.__mro__[-1].__name__)

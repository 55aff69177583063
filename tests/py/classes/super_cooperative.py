# Cooperative super() calls visit every class in the MRO once.
calls = []
class Root:
    def __init__(self, **kw):
        calls.append("Root")
    def hello(self):
        return ["Root"]
class A(Root):
    def __init__(self, a=None, **kw):
        calls.append("A")
        self.a = a
        super().__init__(**kw)
    def hello(self):
        return ["A"] + super().hello()
class B(Root):
    def __init__(self, b=None, **kw):
        calls.append("B")
        self.b = b
        super().__init__(**kw)
    def hello(self):
        return ["B"] + super().hello()
class C(A, B):
    def __init__(self, c=None, **kw):
        calls.append("C")
        self.c = c
        super().__init__(**kw)
    def hello(self):
        return ["C"] + super().hello()
obj = C(a=1, b=2, c=3)
print(calls)
print(obj.a, obj.b, obj.c)
print(obj.hello())
print([k.__name__ for k in C.__mro__])
class D(B, A):
    def hello(self):
        return ["D"] + super().hello()
calls.clear()
D(a="x")
print(calls, D().hello())
class Logger:
    def log(self, msg):
        return [msg]
class Timestamp(Logger):
    def log(self, msg):
        return super().log("[t] " + msg)
class Prefix(Logger):
    def log(self, msg):
        return super().log("[p] " + msg)
class Both(Timestamp, Prefix):
    pass
print(Both().log("event"))

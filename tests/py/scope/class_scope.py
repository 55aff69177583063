# Class bodies are a scope that methods and nested functions do not see.
x = "global"
class C:
    x = "class"
    y = x + " derived"
    def method(self):
        return x
    def method_via_class(self):
        return C.x, self.x
    lam = lambda self: x
print(C.y, C().method(), C().method_via_class(), C().lam())
class D:
    items = [1, 2, 3]
    total = sum(items)
    first = items[0]
    doubled = [i * 2 for i in items]
print(D.total, D.first, D.doubled)
def f():
    v = "function local"
    class Inner:
        w = v
        def m(self):
            return v
    return Inner.w, Inner().m()
print(f())
class Counter:
    n = 0
    def inc(self):
        self.n += 1
        return self.n
a, b = Counter(), Counter()
print(a.inc(), a.inc(), b.inc(), Counter.n)
class Shadow:
    len = 5
    size = len
    def get(self):
        return len("abc")
print(Shadow.size, Shadow().get())
class Later:
    def m(self):
        return Later.__name__
print(Later().m())
def g():
    z = 1
    class K:
        z = 2
        def m(self):
            return z
    return K().m(), K.z
print(g())
class E:
    name = "E"
    def who(self):
        return __class__.__name__
print(E().who())

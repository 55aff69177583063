# super() in its zero- and two-argument forms.
class A:
    def who(self):
        return "A"
    @classmethod
    def kind(cls):
        return "A.kind(%s)" % cls.__name__
    def __repr__(self):
        return "<%s>" % type(self).__name__
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def kind(cls):
        return "B.kind+" + super().kind()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
d = D()
print(d.who(), D.kind(), B.kind())
print(super(D, d).who(), super(B, d).who(), super(C, d).who())
print(super(B, D).kind())
s = super(D, d)
print(type(s).__name__, s.who())
def method_outside(self):
    return super(B, self).who()
print(method_outside(d))
class E(A):
    def helper(self):
        out = []
        for _ in range(2):
            out.append(super().who())
        return out
    def via_lambda(self):
        f = lambda: super(E, self).who()
        return f()
print(E().helper(), E().via_lambda())
try:
    super(B, A()).who()
except TypeError as e:
    print(type(e).__name__, e)
class F(A):
    def no_parent_method(self):
        return super().missing()
try:
    F().no_parent_method()
except AttributeError as e:
    print(type(e).__name__, e)
class G(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
g = G()
g["x"] = 5
print(g)
class Init(A):
    def __init__(self):
        super().__init__()
        self.ready = True
print(Init().ready, repr(Init()))

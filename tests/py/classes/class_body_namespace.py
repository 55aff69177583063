# A class body runs like a function body whose locals become the class dict.
trace = []
class Built:
    trace.append("start of body")
    a = 1
    b = a + 1
    def method(self):
        return "method"
    if b > 1:
        conditional = "defined by if"
    else:
        never = True
    for i in range(3):
        trace.append("loop %d" % i)
    squares = [n * n for n in range(4)]
    try:
        raise ValueError
    except ValueError:
        handled = True
    del i
    trace.append("end of body")
print(trace)
print(Built.a, Built.b, Built.conditional, Built.squares, Built.handled)
print(hasattr(Built, "never"), hasattr(Built, "i"))
print(sorted(k for k in vars(Built) if not k.startswith("__")))
def make(n):
    class K:
        size = n
        doubled = n * 2
        def get(self):
            return self.size
    return K
K3 = make(3)
print(K3.size, K3.doubled, K3().get(), make(4)().get())
class UsesHelper:
    def _helper(x):
        return x * 10
    value = _helper(5)
    helper = staticmethod(_helper)
print(UsesHelper.value, UsesHelper.helper(2))
class Redefine:
    def m(self):
        return "first"
    def m(self):
        return "second"
print(Redefine().m())
class WithReturnLikeExpr:
    x = 1 if True else 2
    y = (lambda: "lambda in class")()
print(WithReturnLikeExpr.x, WithReturnLikeExpr.y)
print(Built.__name__, Built.__module__, Built.__doc__)

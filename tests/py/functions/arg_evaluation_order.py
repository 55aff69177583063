# Arguments are evaluated left to right, before the call, after the callee.
log = []
def v(name, value=None):
    log.append(name)
    return value if value is not None else name
def f(*args, **kwargs):
    log.append("call")
    return args, kwargs
def get_f():
    log.append("callee")
    return f
get_f()(v("a"), v("b"), k=v("k"))
print(log)
log.clear()
f(*v("star", [1, 2]), v("after"), **v("dstar", {"z": 1}))
print(log)
log.clear()
f(v("1"), *v("2", []), v("3"), x=v("4"), **v("5", {}))
print(log)
log.clear()
class Obj:
    def method(self, *a):
        log.append("method body")
        return a
def obj():
    log.append("obj")
    return Obj()
obj().method(v("m1"), v("m2"))
print(log)
log.clear()
v("left", 1) + v("right", 2) * v("mul", 3)
print(log)
log.clear()
{v("k1"): v("v1"), v("k2"): v("v2")}
print(log)
log.clear()
[v("l1"), v("l2")][v("idx", 0)]
print(log)
log.clear()
v("cond", True) and v("then") or v("else")
print(log)
log.clear()
def raises():
    log.append("raises")
    raise ValueError("stop")
try:
    f(v("before"), raises(), v("never"))
except ValueError:
    print(log)

# locals() inside functions: a dict of the bound local variables (parameters first, then
# other locals, cells, free variables), and exec/eval default to it. Only one locals()
# call per frame is inspected: CPython 3.11 reuses one dict per frame, 3.13 snapshots.
def params(a, b=2, *args, k, **kw):
    x = 1
    del x
    late = None
    return locals()
print(params(1, k=3))
def closures():
    c = "cell"
    gone = 1
    def inner(p):
        q = p * 2
        return sorted(locals().items()), c
    del gone
    return inner(5)
print(closures())
def unbound_not_listed():
    early = 1
    snapshot = locals()
    later = 2
    return snapshot
print(unbound_not_listed())
def gen():
    first = yield
    yield locals()
g = gen()
next(g)
print(g.send("sent"))
print([sorted(locals()) for i in range(1)][0])
class K:
    attr = 1
    print(sorted(locals()))
    def method(self, __private):
        return sorted(locals())
print(K().method(0))
def uses_exec_eval():
    v = 10
    print(eval("v + 1"), eval("sorted(locals())"))
    exec("w = v * 2; print('exec sees', v, w)")
    try:
        w
    except NameError as e:
        print("NameError", e)
    ns = {}
    exec("v3 = 5", ns)
    print(ns["v3"], "v3" in locals())
uses_exec_eval()
def vars_and_dir(p):
    q = p
    return vars(), dir()
print(vars_and_dir(1))

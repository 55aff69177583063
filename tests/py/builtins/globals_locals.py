# globals() and locals() dictionaries.
g = globals()
print(type(g).__name__, g is globals(), g["__name__"], "g" in g)
g["injected"] = "via globals()"
print(injected)
module_level = 1
print(locals() is globals(), "module_level" in locals())
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc), loc["c"]
print(f(1))
def snapshot():
    x = 1
    first = dict(locals())
    y = 2
    return sorted(first), sorted(locals())
print(snapshot())
def sees_globals():
    return "module_level" in globals(), "module_level" in locals()
print(sees_globals())
def closure():
    outer_var = "captured"
    def inner():
        return sorted(locals())
    def inner_uses():
        return outer_var
    return inner(), inner_uses()
print(closure())
class K:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
def create_global():
    globals()["made_in_function"] = 42
create_global()
print(made_in_function)
print(sorted(k for k in globals() if k in ("f", "K", "g", "module_level")))
def no_locals():
    return locals()
print(no_locals())
print(eval("module_level + 1", globals()), eval("a * 2", {}, {"a": 21}))

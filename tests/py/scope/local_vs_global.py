# Name resolution: local first, then global, then builtins.
x = "global x"
def read_global():
    return x
def local_shadow():
    x = "local x"
    return x
print(read_global(), local_shadow(), x)
def shadow_builtin():
    len = lambda s: "shadowed len"
    return len("abc")
print(shadow_builtin(), len("abc"))
len_backup = len
def use_global_len():
    return len([1, 2])
len = lambda s: -1
print(use_global_len())
del len
print(use_global_len(), len is len_backup)
def params_are_local(x):
    x = x + "!"
    return x
print(params_are_local("arg"), x)
def loop_var_local():
    for x in range(3):
        pass
    return x
print(loop_var_local(), x)
def conditional_binding(flag):
    if flag:
        y = "bound"
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__
print(conditional_binding(True), conditional_binding(False))
def globals_and_locals():
    inner = 1
    return "inner" in locals(), "inner" in globals(), "x" in globals()
print(globals_and_locals())
def undefined():
    return never_defined_anywhere
try:
    undefined()
except NameError as e:
    print(type(e).__name__, e)

# Forwarding *args and **kwargs through wrappers.
def target(a, b=0, *rest, flag=False, **extra):
    return {"a": a, "b": b, "rest": rest, "flag": flag, "extra": extra}
def forward(*args, **kwargs):
    return target(*args, **kwargs)
print(forward(1))
print(forward(1, 2, 3, 4))
print(forward(1, flag=True, color="red"))
print(forward(a=5, b=6))
def prepend(*args, **kwargs):
    return target("first", *args, **kwargs)
print(prepend(2, 3))
def add_kw(*args, **kwargs):
    kwargs.setdefault("flag", "from wrapper")
    return target(*args, **kwargs)
print(add_kw(0), add_kw(0, flag="caller"))
def layer1(*a, **k):
    return layer2(*a, **k)
def layer2(*a, **k):
    return layer3(*a, **k)
def layer3(*a, **k):
    return a, sorted(k.items())
print(layer1(1, 2, x=3))
def forward_error(*args, **kwargs):
    try:
        return target(*args, **kwargs)
    except TypeError as e:
        return type(e).__name__ + ": " + str(e)
print(forward_error())
print(forward_error(1, a=2))
def count_args(*args, **kwargs):
    return len(args), len(kwargs)
print(count_args(*range(5), **dict.fromkeys("abc", 0)))
args_tuple = (1, 2)
kwargs_dict = {"flag": 1}
forward(*args_tuple, **kwargs_dict)
print(args_tuple, kwargs_dict)
def modify(**kw):
    kw["new"] = 1
    return kw
original = {"k": 0}
print(modify(**original), original)

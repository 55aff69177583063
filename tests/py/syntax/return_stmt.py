# return with no value, one value, tuples, and early returns.
def none1():
    return
def none2():
    pass
def one():
    return 1
def tup():
    return 1, 2, 3
def starred():
    rest = [2, 3]
    return 1, *rest
print(none1(), none2(), one(), tup(), starred())
def sign(x):
    if x < 0:
        return -1
    elif x == 0:
        return 0
    return 1
print([sign(v) for v in (-5, 0, 5)])
def first_even(items):
    for x in items:
        if x % 2 == 0:
            return x
    return None
print(first_even([1, 3, 4, 6]), first_even([1, 3]))
def loop_return():
    while True:
        return "out of while"
print(loop_return())
def nested():
    def inner():
        return "inner"
    return inner() + "+outer"
print(nested())
a, b = tup()[:2]
print(a, b)
def ret_lambda():
    return lambda x: x * 2
print(ret_lambda()(21))
def ret_in_try():
    try:
        return "try"
    except Exception:
        return "except"
print(ret_in_try())
def cond(x):
    return "yes" if x else "no"
print(cond(1), cond(0))

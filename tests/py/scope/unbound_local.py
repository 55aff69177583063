# Assignment anywhere in a function makes the name local for the whole body.
x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 5
    return x
print(f())
def g():
    try:
        x += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
g()
def h():
    if False:
        x = 1
    try:
        return x
    except UnboundLocalError as e:
        return type(e).__name__
print(h())
def i():
    try:
        return [x for _ in range(1)]
    finally:
        pass
print(i())
def j():
    for x in []:
        pass
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
print(j())
def k():
    try:
        del x
    except UnboundLocalError as e:
        return str(e)
    x = 1
print(k())
print(issubclass(UnboundLocalError, NameError))
def m():
    y = 1
    def inner():
        try:
            return y
        except NameError as e:
            return type(e).__name__ + ": " + str(e)
    del y
    return inner()
print(m())
def n():
    try:
        import_name = undefined_global
    except NameError as e:
        return type(e).__name__
print(n())

# The 'as' name of an except clause is deleted when the clause ends.
e = "preexisting"
try:
    raise ValueError("inside")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return type(saved).__name__, "exc" in locals()
print(f())
def g():
    exc = "before"
    try:
        raise KeyError("k")
    except KeyError as exc:
        pass
    try:
        return exc
    except UnboundLocalError as err:
        return type(err).__name__
print(g())
def h():
    try:
        raise TypeError("t")
    except TypeError as err:
        return err
print(repr(h()))
result = []
for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as loop_err:
        result.append(loop_err.args[0])
print(result, "loop_err" in globals())
try:
    raise RuntimeError("no as")
except RuntimeError:
    print("handler without name")
x = "kept"
try:
    pass
except Exception as x:
    pass
print(x)

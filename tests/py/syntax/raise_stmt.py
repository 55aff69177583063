# raise with classes, instances, bare re-raise, and bad raises.
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(e.args))
def r1():
    raise ValueError
def r2():
    raise ValueError("msg")
def r3():
    raise KeyError("k", 2)
attempt(r1)
attempt(r2)
attempt(r3)
def reraise():
    try:
        raise TypeError("inner")
    except TypeError:
        raise
attempt(reraise)
def reraise_named():
    try:
        raise IndexError("named")
    except IndexError as e:
        raise e
attempt(reraise_named)
def raise_non_exception():
    raise 42
attempt(raise_non_exception)
def raise_non_exception_class():
    raise int
attempt(raise_non_exception_class)
def bare_no_active():
    raise
attempt(bare_no_active)
class MyErr(Exception):
    pass
def custom():
    raise MyErr("custom", 1)
attempt(custom)
try:
    raise ValueError("x")
except ValueError as e:
    print(str(e), e.args)
try:
    try:
        raise KeyError("first")
    finally:
        print("finally runs")
except KeyError as e:
    print("caught", repr(e))
e = RuntimeError("stored")
try:
    raise e
except RuntimeError as caught:
    print(caught is e)

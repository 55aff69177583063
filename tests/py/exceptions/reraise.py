# Bare raise re-raises the exception being handled, unchanged.
def inner():
    raise ValueError("original", 1)
def middle():
    try:
        inner()
    except ValueError:
        print("middle saw it")
        raise
try:
    middle()
except ValueError as e:
    print("outer got", e.args)
def reraise_after_handling_other():
    try:
        raise KeyError("outer one")
    except KeyError:
        try:
            raise TypeError("inner one")
        except TypeError:
            pass
        raise
try:
    reraise_after_handling_other()
except KeyError as e:
    print("re-raised the right one:", repr(e))
except TypeError as e:
    print("wrong one:", repr(e))
saved = None
try:
    try:
        raise IndexError("saved")
    except IndexError as e:
        saved = e
        raise
except IndexError as again:
    print("identity kept:", again is saved)
def conditional_reraise(code):
    try:
        raise OSError(code, "simulated")
    except OSError as e:
        if e.errno == 2:
            return "handled errno 2"
        raise
print(conditional_reraise(2))
try:
    conditional_reraise(13)
except OSError as e:
    print("re-raised errno", e.errno)
def raise_in_finally_after_reraise():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise
        finally:
            print("finally during re-raise")
    except ValueError as e:
        return str(e)
print(raise_in_finally_after_reraise())
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

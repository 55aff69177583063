# Nested try statements: which handler catches, and re-raising outward.
def classify(exc):
    trail = []
    try:
        trail.append("outer try")
        try:
            trail.append("inner try")
            if exc:
                raise exc
        except KeyError:
            trail.append("inner caught KeyError")
            raise
        except ValueError:
            trail.append("inner caught ValueError")
        finally:
            trail.append("inner finally")
        trail.append("after inner")
    except KeyError:
        trail.append("outer caught re-raised KeyError")
    except Exception as e:
        trail.append("outer caught " + type(e).__name__)
    finally:
        trail.append("outer finally")
    return trail
for exc in [None, KeyError("k"), ValueError("v"), TypeError("t")]:
    print(classify(exc))
def handler_raises():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise TypeError("second")
    except TypeError as e:
        return "outer got %s with context %r" % (e, e.__context__)
print(handler_raises())
def deep(n):
    if n == 0:
        raise IndexError("bottom")
    try:
        deep(n - 1)
    finally:
        print("unwinding", n)
try:
    deep(3)
except IndexError as e:
    print("caught", e)
def try_in_loop():
    out = []
    for v in ["1", "x", "3", None]:
        try:
            try:
                out.append(int(v))
            except ValueError:
                out.append("bad")
        except TypeError:
            out.append("type")
    return out
print(try_in_loop())

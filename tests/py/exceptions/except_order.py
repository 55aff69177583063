# The first matching except clause wins; later clauses are skipped.
def which(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError clause"
    except KeyError:
        return "KeyError clause (unreachable)"
    except (TypeError, ValueError) as e:
        return "tuple clause for " + type(e).__name__
    except Exception:
        return "Exception clause"
for exc in [KeyError("k"), IndexError(0), ValueError(), TypeError(), ZeroDivisionError(), UnicodeError()]:
    print(type(exc).__name__, "->", which(exc))
def specific_first(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError"
print(specific_first(KeyError()), specific_first(IndexError()))
handlers = (ValueError, KeyError)
try:
    raise KeyError("dynamic")
except handlers as e:
    print("handler tuple from a variable:", type(e).__name__)
def pick():
    return ZeroDivisionError
try:
    1 / 0
except pick() as e:
    print("handler from a call:", type(e).__name__)
try:
    try:
        raise ValueError
    except "not a class":
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise OSError("os")
    except ():
        print("empty tuple never matches")
except OSError:
    print("empty handler tuple matched nothing")

# Explicit chaining with raise ... from, and from None.
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("bad input %r" % s) from e
try:
    convert("x")
except TypeError as e:
    print(repr(e))
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__context__ is e.__cause__, e.__suppress_context__)
def hide(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("missing " + k) from None
try:
    hide({}, "key")
except LookupError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    raise RuntimeError("outer") from ValueError("unrelated cause")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise RuntimeError("cls cause") from KeyError
except RuntimeError as e:
    print(type(e.__cause__).__name__, repr(e.__cause__))
try:
    raise ValueError("bad") from "string"
except TypeError as e:
    print(type(e).__name__, e)
e = Exception("manual")
e.__cause__ = ValueError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        raise KeyError(1)
    except KeyError as k:
        raise ValueError(2) from k
except ValueError as v:
    print(v.__cause__ is v.__context__, v.__cause__.args)

# raise ... from sets __cause__ and __suppress_context__.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as v:
    print(repr(v), type(v.__cause__).__name__, v.__suppress_context__)
    print(type(v.__context__).__name__, v.__cause__ is v.__context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("hidden") from None
except RuntimeError as r:
    print(repr(r), r.__cause__, r.__suppress_context__, type(r.__context__).__name__)
try:
    raise TypeError("t") from ValueError("cause")
except TypeError as t:
    print(repr(t.__cause__), t.__context__)
try:
    raise TypeError("t2") from KeyError
except TypeError as t:
    print(type(t.__cause__).__name__, t.__cause__.args)
try:
    raise TypeError("bad cause") from 5
except TypeError as t:
    print(type(t).__name__, t)
e = ValueError("plain")
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
except ValueError as v:
    print(repr(v.__context__), v.__cause__, v.__suppress_context__)
ex = ValueError("manual")
ex.__cause__ = KeyError("set")
print(repr(ex.__cause__), ex.__suppress_context__)

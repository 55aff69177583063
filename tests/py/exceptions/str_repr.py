# str() and repr() of exception instances.
excs = [
    Exception(),
    Exception("message"),
    Exception("a", "b"),
    ValueError(42),
    KeyError("key"),
    KeyError(),
    KeyError("a", "b"),
    IndexError("list index out of range"),
    TypeError(["list"]),
    RuntimeError(""),
    ZeroDivisionError("division by zero"),
    StopIteration(5),
    AttributeError("x"),
    NotImplementedError(),
    OSError("plain os error"),
    Exception("quote's \"here\""),
    Exception("multi\nline"),
]
for e in excs:
    print(type(e).__name__, "|", str(e), "|", repr(e))
class Custom(Exception):
    pass
print(str(Custom("c")), repr(Custom("c")), repr(Custom()))
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr("ignored")), repr(WithStr("kept in repr")))
print("%s / %r" % (ValueError("v"), ValueError("v")))
print(f"{KeyError('k')} / {KeyError('k')!r}")
print([ValueError("in list")])

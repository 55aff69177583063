# Exceptions raised inside with blocks reach __exit__, which may suppress them.
class CM:
    def __init__(self, suppress_types=()):
        self.suppress_types = suppress_types
        self.seen = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.seen = (et.__name__ if et else None, str(ev) if ev else None)
        return et is not None and issubclass(et, self.suppress_types)
cm = CM((KeyError,))
with cm:
    raise KeyError("suppressed")
print("after", cm.seen)
cm = CM((KeyError,))
try:
    with cm:
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated", e, cm.seen)
cm = CM()
with cm:
    pass
print("clean exit", cm.seen)
cm = CM((LookupError,))
with cm:
    [][1]
print("base class suppression", cm.seen)
def in_function():
    with CM((ZeroDivisionError,)):
        return 1 / 0
    return "after with"
print(in_function())
with open(__file__) as f:
    try:
        with CM():
            f.close()
            f.read()
    except ValueError as e:
        print(type(e).__name__, e)
outer, inner = CM((TypeError,)), CM()
with outer:
    with inner:
        raise TypeError("inner raises")
print(outer.seen, inner.seen)
cm = CM((Exception,))
with cm:
    raise RuntimeError("runtime")
print(cm.seen)
try:
    with CM((Exception,)):
        raise KeyboardInterrupt
except KeyboardInterrupt:
    print("KeyboardInterrupt is not an Exception, not suppressed")

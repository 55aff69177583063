# Context manager protocol: __enter__ result, __exit__ arguments and suppression.
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return "resource-" + self.name
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return self.suppress
with Manager("a") as res:
    print("body", res)
try:
    with Manager("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
with Manager("c", suppress=True):
    raise KeyError("hidden")
print("after suppressed")
def early_return():
    with Manager("d"):
        return "returned"
print(early_return())
for i in range(2):
    with Manager("loop%d" % i):
        if i == 0:
            continue
        break
class EnterReturnsSelf:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return None
with EnterReturnsSelf() as obj:
    print(type(obj).__name__)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
class TruthyExit:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return "non-empty"
with TruthyExit():
    1 / 0
print("truthy __exit__ result suppresses")

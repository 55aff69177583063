# with statements with one or several context managers.
log = []
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        log.append("exit %s %s" % (self.name, et.__name__ if et else None))
        return self.suppress
with CM("a") as a, CM("b") as b:
    log.append("body %s %s" % (a, b))
print(log)
log.clear()
with CM("a"), CM("b"), CM("c"):
    log.append("body")
print(log)
log.clear()
try:
    with CM("x") as x, CM("y") as y:
        raise ValueError("boom")
except ValueError as e:
    log.append("caught " + str(e))
print(log)
log.clear()
with CM("outer", suppress=True), CM("inner"):
    raise KeyError("suppressed")
print(log)
log.clear()
with (CM("p") as p,
      CM("q") as q):
    log.append(p + q)
print(log)
log.clear()
class Failing:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        log.append("should not exit")
try:
    with CM("first"), Failing():
        log.append("no body")
except RuntimeError as e:
    log.append(str(e))
print(log)
log.clear()
with CM("t") as (u):
    pass
print(u, log)

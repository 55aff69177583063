# A context manager class that records enter/exit, nests, and can suppress errors.
class Recorder:
    events = []
    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress
        self.depth = 0
    def __enter__(self):
        Recorder.events.append("enter " + self.name)
        self.depth += 1
        return self
    def __exit__(self, exc_type, exc, tb):
        self.depth -= 1
        outcome = "ok" if exc_type is None else exc_type.__name__
        Recorder.events.append("exit %s (%s)" % (self.name, outcome))
        return exc_type is not None and issubclass(exc_type, self.suppress)
    def note(self, text):
        Recorder.events.append("%s: %s" % (self.name, text))
with Recorder("outer") as outer:
    outer.note("working")
    with Recorder("inner", suppress=(KeyError,)) as inner:
        inner.note("about to fail")
        raise KeyError("ignored")
    outer.note("after inner")
try:
    with Recorder("failing"):
        raise ValueError("propagates")
except ValueError as e:
    Recorder.events.append("caught " + str(e))
reentrant = Recorder("reentrant")
with reentrant:
    with reentrant:
        reentrant.note("depth %d" % reentrant.depth)
def early_exit():
    with Recorder("in function"):
        return "returned value"
Recorder.events.append(early_exit())
for i in range(2):
    with Recorder("loop %d" % i):
        if i == 0:
            continue
for line in Recorder.events:
    print(line)
print(len(Recorder.events), reentrant.depth)

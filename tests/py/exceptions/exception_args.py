# The args attribute and how it relates to str().
e0 = Exception()
e1 = Exception("one")
e2 = Exception("one", 2)
e3 = ValueError(None)
print(e0.args, e1.args, e2.args, e3.args)
print(repr(str(e0)), str(e1), str(e2), str(e3))
print(len(e2.args), e2.args[1])
e = ValueError("msg")
e.args = ("changed", "args")
print(e, e.args)
e.args = ()
print(repr(str(e)))
e.custom = "attribute"
print(e.custom)
class WithAttrs(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail
w = WithAttrs(404, "not found")
print(w.args, w.code, w.detail, str(w))
class NoSuper(Exception):
    def __init__(self, value):
        self.value = value
ns = NoSuper(5)
print(ns.args, ns.value, repr(str(ns)))
print(KeyError("k").args, IndexError(3).args, OSError(2, "No such file").args)
os_err = OSError(2, "No such file or directory")
print(os_err.errno, os_err.strerror, str(os_err))
os_err3 = OSError(2, "No such file or directory", "path.txt")
print(os_err3.filename, str(os_err3))
print(OSError("just message").errno, str(OSError("just message")))
se = StopIteration(10)
print(se.value, se.args)
print(SystemExit(3).code, SystemExit().code, SystemExit("msg").code)
try:
    raise TypeError(1, [2], {"k": 3})
except TypeError as caught:
    print(caught.args, str(caught))
print(Exception("a") == Exception("a"), type(Exception("a")) == Exception)

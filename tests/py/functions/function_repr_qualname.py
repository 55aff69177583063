# The repr of a function names it by its qualified name.
class A:
    def method(self):
        pass

    class Inner:
        def deep(self):
            pass


def outer():
    def inner():
        pass
    return inner


def show(f):
    r = repr(f)
    print(r[: r.index(" at 0x")], r.endswith(">"))


show(A.method)
show(A.Inner.deep)
show(outer)
show(outer())
show(lambda: 0)
show(A().method.__func__)

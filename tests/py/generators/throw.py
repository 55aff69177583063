# throw() raises an exception at the paused yield.
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield "caught " + str(e)
g = catcher()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
try:
    g.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(g)
except StopIteration:
    print("generator finished after unhandled throw")
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
c = cleanup()
next(c)
try:
    c.throw(RuntimeError("stop"))
except RuntimeError as e:
    print("got", e)
def convert():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError("converted")
cv = convert()
next(cv)
try:
    cv.throw(ZeroDivisionError)
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def return_on_throw():
    try:
        yield 1
    except TypeError:
        return "returned after throw"
r = return_on_throw()
next(r)
try:
    r.throw(TypeError)
except StopIteration as e:
    print(e.value)
fresh = catcher()
try:
    fresh.throw(ValueError("before start"))
except ValueError as e:
    print("unstarted generator:", e)
def delegating():
    yield from catcher()
d = delegating()
next(d)
print(d.throw(ValueError("through yield from")))

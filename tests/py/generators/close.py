# close() raises GeneratorExit inside the generator.
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("finally on close")
g = gen()
print(next(g))
print(g.close())
try:
    next(g)
except StopIteration:
    print("closed generator is exhausted")
g.close()
print("closing twice is fine")
unstarted = gen()
unstarted.close()
print("unstarted close runs nothing")
def swallow():
    try:
        yield 1
    except GeneratorExit:
        return
s = swallow()
next(s)
s.close()
print("return on GeneratorExit is fine")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
st = stubborn()
next(st)
try:
    st.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("from close")
ro = raises_other()
next(ro)
try:
    ro.close()
except ValueError as e:
    print(type(e).__name__, e)
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
def finished():
    yield 1
f = finished()
list(f)
f.close()
print("close after exhaustion ok")

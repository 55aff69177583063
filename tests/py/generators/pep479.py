# PEP 479: StopIteration escaping a generator body becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("escaped")
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
def leaky_next():
    it = iter([])
    yield next(it)
try:
    list(leaky_next())
except RuntimeError as e:
    print(type(e).__name__, e)
def safe_next():
    it = iter([1, 2])
    while True:
        try:
            value = next(it)
        except StopIteration:
            return
        yield value
print(list(safe_next()))
def first_of_each(*iterables):
    for it in iterables:
        for v in it:
            yield v
            break
print(list(first_of_each([1, 2], [], "xy")))
class NotAGenerator:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(list(NotAGenerator()))
def gen_in_for():
    for x in leaky():
        yield x
try:
    print(list(gen_in_for()))
except RuntimeError as e:
    print("nested:", e)
g2 = leaky()
next(g2)
try:
    next(g2)
except StopIteration:
    print("wrong: StopIteration escaped")
except RuntimeError:
    print("RuntimeError again")
try:
    next(g2)
except StopIteration:
    print("after the error the generator is finished")

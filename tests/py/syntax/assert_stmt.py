# assert raises AssertionError with the optional message.
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args[0])
try:
    assert None, 42
except AssertionError as e:
    print(e.args, str(e))
evaluated = []
def msg():
    evaluated.append("msg")
    return "lazy"
assert True, msg()
print("message not evaluated when passing:", evaluated)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, evaluated)
def check(x):
    assert x >= 0, "negative: %d" % x
    return x ** 0.5
print(check(16))
try:
    check(-4)
except AssertionError as e:
    print(e)
print(issubclass(AssertionError, Exception))
x = 5
assert isinstance(x, int) and x > 0, "bad x"
print("compound assert passed")

# Decorators: plain, stacked, with arguments, on methods and classes.
log = []
def trace(fn):
    def wrapper(*args, **kwargs):
        log.append("call " + fn.__name__)
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3), add.__name__, log)
def tag(name):
    def deco(fn):
        def wrapper():
            return "<%s>%s</%s>" % (name, fn(), name)
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "hi"
print(text())
order = []
def first(fn):
    order.append("first applied")
    return fn
def second(fn):
    order.append("second applied")
    return fn
@first
@second
def target():
    pass
print(order)
def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
REG = {}
@register(REG)
class Plugin:
    pass
print(list(REG), REG["Plugin"] is Plugin)
class Service:
    @trace
    def run(self, x):
        return x * 2
print(Service().run(21), log[-1])
def replace(fn):
    return 42
@replace
def gone():
    pass
print(gone)
decorators = [tag("u")]
@decorators[0]
def indexed():
    return "expr decorator"
print(indexed())
@(lambda f: f)
def through():
    return "lambda decorator"
print(through())

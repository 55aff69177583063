# Decorators with arguments: retry, repeat, validate types, and a registry.
def repeat(times):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorator
@repeat(3)
def greet(name):
    return "hi " + name
print(greet("ann"), greet.__name__)
def retry(attempts, exceptions=(Exception,)):
    def decorator(fn):
        def wrapper(*args):
            last = None
            for n in range(1, attempts + 1):
                try:
                    return "attempt %d: %s" % (n, fn(*args))
                except exceptions as e:
                    last = e
            raise RuntimeError("gave up after %d attempts: %s" % (attempts, last))
        return wrapper
    return decorator
state = {"calls": 0}
@retry(4, exceptions=(ConnectionError,))
def flaky():
    state["calls"] += 1
    if state["calls"] < 3:
        raise ConnectionError("not yet")
    return "connected"
print(flaky())
@retry(2)
def always_fails():
    raise ValueError("broken")
try:
    always_fails()
except RuntimeError as e:
    print(type(e).__name__, e)
def typed(*types):
    def decorator(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError("%s expected %s, got %s" % (fn.__name__, t.__name__, type(a).__name__))
            return fn(*args)
        return wrapper
    return decorator
@typed(int, str)
def label(n, s):
    return s * n
print(label(3, "ab"))
try:
    label("3", "ab")
except TypeError as e:
    print(type(e).__name__, e)
ROUTES = {}
def route(path, method="GET"):
    def decorator(fn):
        ROUTES[(method, path)] = fn
        return fn
    return decorator
@route("/")
def index():
    return "index page"
@route("/items", method="POST")
def create():
    return "created"
print(sorted(ROUTES), ROUTES[("GET", "/")](), ROUTES[("POST", "/items")]())

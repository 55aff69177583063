# User-defined exception classes and hierarchies.
class AppError(Exception):
    """Base for application errors."""
class ConfigError(AppError):
    def __init__(self, key, reason="invalid"):
        super().__init__("config key %r is %s" % (key, reason))
        self.key = key
class NetworkError(AppError):
    pass
class Timeout(NetworkError):
    def __str__(self):
        return "timed out after %ss" % self.args[0]
def fail(kind):
    if kind == "config":
        raise ConfigError("port")
    if kind == "timeout":
        raise Timeout(30)
    if kind == "network":
        raise NetworkError("unreachable", 113)
    raise AppError()
for kind in ["config", "timeout", "network", "other"]:
    try:
        fail(kind)
    except NetworkError as e:
        print("network:", type(e).__name__, e, e.args)
    except AppError as e:
        print("app:", type(e).__name__, repr(str(e)), getattr(e, "key", None))
print([c.__name__ for c in Timeout.__mro__])
print(AppError.__doc__, Timeout.__doc__)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(WithDefault(), WithDefault("given"))
class Payload(Exception):
    def __init__(self, **data):
        super().__init__(sorted(data))
        self.data = data
try:
    raise Payload(a=1, b=2)
except Payload as p:
    print(p, p.data["b"])
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
class BaseOnly(BaseException):
    pass
try:
    try:
        raise BaseOnly("skips Exception handlers")
    except Exception:
        print("wrong")
except BaseOnly as b:
    print(type(b).__name__, b)

# __new__ creates the instance, __init__ initialises it.
log = []
class Traced:
    def __new__(cls, *args, **kwargs):
        log.append(("new", cls.__name__, args))
        instance = super().__new__(cls)
        return instance
    def __init__(self, value):
        log.append(("init", value))
        self.value = value
t = Traced(5)
print(log, t.value)
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.count = 0
        return cls._instance
    def __init__(self):
        self.count += 1
s1 = Singleton()
s2 = Singleton()
print(s1 is s2, s1.count)
class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never called")
r = ReturnsOther()
print(type(r).__name__)
class ReturnsInt:
    def __new__(cls, v):
        return v * 2
print(ReturnsInt(21))
class Sub(Traced):
    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra
log.clear()
sb = Sub(1, "x")
print(log, sb.extra)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
o = object.__new__(NoInit)
print(type(o).__name__)
class PosInt(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(PosInt(-7), type(PosInt(-7)).__name__, PosInt(-7) + 1)

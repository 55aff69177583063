# Metaclasses written in Python: __new__/__init__ see the class namespace and keywords,
# __call__ wraps instance creation, and methods, properties and operators of the
# metaclass apply to its classes; subclasses inherit the metaclass.
class Meta(type):
    created = []

    def __new__(mcs, name, bases, ns, **kw):
        print("new", mcs.__name__, name, [b.__name__ for b in bases], sorted(kw))
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        Meta.created.append(name)

    def __call__(cls, *args, **kw):
        inst = super().__call__(*args, **kw)
        inst.via_meta = True
        return inst

    def describe(cls):
        return cls.__name__ + "/" + cls.tag

    @property
    def loud(cls):
        return cls.__name__.upper()

    def __repr__(cls):
        return "<class via Meta: " + cls.__name__ + ">"

    def __len__(cls):
        return len(cls.__name__)

    def __getitem__(cls, key):
        return (cls.__name__, key)

    def __iter__(cls):
        return iter(range(3))


class Base(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v


class Child(Base, flag=1):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)


class Grandchild(Child, extra="x"):
    pass


c = Child(5)
print(c.v, c.via_meta, type(c) is Child, type(Child) is Meta, type(Grandchild) is Meta)
print(isinstance(Child, Meta), isinstance(Child, type), issubclass(Meta, type))
print(Child.describe(), Child.loud, repr(Child), str(Grandchild), Child.tag)
print(len(Child), Child["k"], list(Grandchild), Meta.created)
print(Child.__mro__ == (Child, Base, object), Meta.__mro__ == (Meta, type, object))
Child.added = 7
print(Child.added, Grandchild.added, Child().added, hasattr(Child, "missing"))
try:
    Child.missing
except AttributeError as e:
    print("AttributeError", e)

X = Meta("X", (Base,), {"a": 1})
print(X.a, X.tag, type(X) is Meta, X(2).v, X.__name__)


class Singleton(type):
    instances = {}

    def __call__(cls, *args):
        if cls not in cls.instances:
            cls.instances[cls] = super().__call__(*args)
        return cls.instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("Config made once")


print(Config() is Config(), Config.__class__ is Singleton)


class Plain(type):
    pass


Y = Plain("Y", (), {"b": 2})
print(Y.b, type(Y).__name__, Y().b)


class UsesPlain(metaclass=Plain):
    @classmethod
    def cm(cls):
        return cls.__name__

    @staticmethod
    def sm():
        return "static"


print(UsesPlain.cm(), UsesPlain.sm(), UsesPlain().cm())
try:
    Plain(5)
except TypeError as e:
    print("TypeError", e)

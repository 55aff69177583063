# Names starting with two underscores are mangled inside class bodies.
class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._protected = "single underscore is not mangled"
    def balance(self):
        return self.__balance
    def __private_method(self):
        return "private method"
    def call_private(self):
        return self.__private_method()
a = Account(100)
print(a.balance(), a.call_private(), a._protected)
try:
    a.__balance
except AttributeError as e:
    print(type(e).__name__, e)
print(a._Account__balance, a._Account__private_method())
print(sorted(k for k in vars(a)))
class Child(Account):
    def __init__(self):
        super().__init__(5)
        self.__balance = "child's own"
    def both(self):
        return self.__balance, self._Account__balance
print(Child().both())
class Dunder:
    def __init__(self):
        self.__special__ = "dunder names are not mangled"
print(Dunder().__special__)
class Mangled:
    __class_attr = "class-level"
    def get(self):
        return self.__class_attr
    @classmethod
    def cget(cls):
        return cls.__class_attr
print(Mangled().get(), Mangled.cget(), Mangled._Mangled__class_attr)
class _Leading:
    def __init__(self):
        self.__x = 1
print(sorted(vars(_Leading())))
class UsesGetattr:
    def __init__(self):
        self.__hidden = "h"
    def via_getattr(self):
        return getattr(self, "__hidden", "getattr does not mangle")
print(UsesGetattr().via_getattr())

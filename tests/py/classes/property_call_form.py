# property() called directly, with a docstring, and read-only properties.
class Account:
    def __init__(self):
        self._balance = 0
    def get_balance(self):
        return self._balance
    def set_balance(self, v):
        self._balance = max(0, v)
    def del_balance(self):
        self._balance = 0
    balance = property(get_balance, set_balance, del_balance, "The balance.")
    read_only = property(lambda self: "fixed")
a = Account()
a.balance = 50
print(a.balance)
a.balance = -5
print(a.balance)
a.balance = 20
del a.balance
print(a.balance)
print(Account.balance.__doc__)
print(a.read_only)
try:
    a.read_only = "changed"
except AttributeError as e:
    print(type(e).__name__, e)
p = property()
class Bare:
    attr = p
try:
    Bare().attr
except AttributeError as e:
    print(type(e).__name__, e)
class Chain:
    def _get(self):
        return self._v * 2
    v = property(_get)
    v = v.setter(lambda self, value: setattr(self, "_v", value))
ch = Chain()
ch.v = 21
print(ch.v)
print(Account.balance.fget is Account.get_balance, Account.read_only.fset)
class Shadow:
    x = property(lambda self: "property wins")
s = Shadow()
try:
    s.__dict__["x"] = "instance dict"
except Exception as e:
    print(type(e).__name__)
print(s.x)

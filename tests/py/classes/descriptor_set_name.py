# __set_name__ tells a descriptor the attribute name it was assigned to.
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset " + self.name)
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
class Record:
    first = Field()
    second = Field()
r = Record()
print(r.first, r.second)
r.first = "one"
print(r.first, r.second)
print(Record.first.name, Record.second.name, Record.first.owner)
class Sub(Record):
    third = Field()
s = Sub()
s.third = 3
print(s.third, s.first, Sub.third.owner)
log = []
class Tracked:
    def __set_name__(self, owner, name):
        log.append((owner.__name__, name))
class Host:
    x = Tracked()
    y = Tracked()
    z = 5
print(log)
f = Field()
class Late:
    pass
Late.attr = f
print(hasattr(f, "name"))
class Method:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda: "bound-like call on " + type(obj).__name__
class UsesMethod:
    m = Method()
print(UsesMethod().m())
print(Record.__dict__["first"] is Record.first)

# %(name)s formatting with a mapping.
data = {"name": "Ada", "age": 36, "score": 97.456, "items": [1, 2]}
print("%(name)s is %(age)d years old" % data)
print("%(score).1f %(score)10.2f| %(score)-10.3f|" % data)
print("%(name)r %(items)s %(age)x %(age)05d" % data)
print("%(name)s %(name)s" % data)
print("%(missing)s" % {"missing": "present"}, "%%(literal)s" % {})
try:
    "%(absent)s" % data
except KeyError as e:
    print(type(e).__name__, e)
try:
    "%(name)s %s" % data
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%(name)s" % ("tuple",)
except TypeError as e:
    print(type(e).__name__, e)
class Mapping:
    def __getitem__(self, key):
        return key.upper()
print("%(hello)s %(world)s" % Mapping())
print("%(a)s" % {"a": None}, "%(a)s" % {"a": {"nested": 1}})
print("%(k)+d %(k) d %(k)o" % {"k": 8})
template = "Dear %(title)s %(last)s, your balance is %(bal).2f."
for person in [{"title": "Dr", "last": "Who", "bal": 10.5}, {"title": "Ms", "last": "Lee", "bal": -3}]:
    print(template % person)
print("%s" % {"dict": "as single arg"})
print("%(x)s-%(y)s" % dict(x=1, y=2))
print("%(1)s %(with space)s" % {"1": "one", "with space": "ok"})

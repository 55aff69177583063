# Keyword arguments match parameter names in any order.
def f(a, b=2, c=3):
    return (a, b, c)
print(f(1, c=30))
print(f(c=30, a=10))
print(f(b=20, c=30, a=10))
print(f(1, 2, c=3))
def kw(**options):
    return ", ".join("%s=%s" % item for item in options.items())
print(kw(z=1, y=2, x=3))
print(kw(**{"a": 1}, b=2))
def mixed(pos, *args, key="default", **rest):
    return pos, args, key, rest
print(mixed(1))
print(mixed(1, 2, 3, key="k", extra=True))
print(mixed(pos=0))
def keywords_are_strings(**kw):
    return list(kw.keys())
print(keywords_are_strings(**{"with space": 1, "": 2}))
try:
    keywords_are_strings(**{1: "not a string"})
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([3, 1, 2], reverse=True))
print(int("ff", base=16), int("101", base=2))
print("a,b".split(sep=","), "x".center(5, "*"))
print(dict(one=1, two=2))
print(sep_test := "-".join(["x", "y"]))
print("end", end="!\n")
def defaults_and_keywords(x, y=10, *, z=100):
    return x + y + z
print(defaults_and_keywords(1), defaults_and_keywords(1, z=0), defaults_and_keywords(y=0, x=1))
class K:
    def method(self, value, scale=1):
        return value * scale
print(K().method(value=3, scale=4), K.method(K(), scale=2, value=5))

# str.format with automatic, positional and named fields.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{2}{1}{0}".format("x", "y", "z"))
print("{name} is {age}".format(name="Bob", age=30))
print("{0} {name} {1}".format("pos0", "pos1", name="kw"))
print("{} and {other}".format("auto", other="named"))
d = {"city": "Oslo", "temp": -3}
print("{city}: {temp}".format(**d))
print("{0}{0}{0}".format("ab"))
print("{}".format(None), "{}".format([1, {"k": 2}]), "{}".format((1,)))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{0!r:>8}|{0!s:<8}|".format("x"))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{!x}".format(1)
except ValueError as e:
    print(type(e).__name__, e)
print("{0}".format(*["from list"]), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{{{0}}}".format(5), "{{}}".format())
print("".format(1, 2), "plain".format(x=1))
fmt = "{:>5}|{:^5}|{:<5}"
print(fmt.format("a", "b", "c"))
print(str.format("{} static", "called"))
print("{0[0]}{0[1]}".format("xy"))
print(format(3.14159, ".2f"), format("s", ">3"), format(42))

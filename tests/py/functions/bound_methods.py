# Bound methods carry their instance; unbound access gives the plain function.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, greeting="Hello"):
        return "%s, %s" % (greeting, self.name)
g = Greeter("Ann")
bound = g.greet
print(bound(), bound("Hi"))
print(bound.__self__ is g, bound.__func__ is Greeter.greet)
print(bound.__name__, type(bound).__name__)
print(Greeter.greet(g, "Hey"), type(Greeter.greet).__name__)
h = Greeter("Bob")
print(g.greet == g.greet, g.greet == h.greet)
methods = [Greeter(n).greet for n in "XYZ"]
print([m("Yo") for m in methods])
g.name = "Changed"
print(bound())
g.greet = lambda: "instance attribute wins"
print(g.greet(), h.greet())
del g.greet
print(g.greet())
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self
c = Counter()
inc = c.inc
inc(); inc(); inc()
print(c.n)
print(c.inc().inc().n)
append = [].append
append(1)
print(append.__self__)
upper = "abc".upper
print(upper(), upper.__name__)
def standalone(self):
    return "standalone sees " + self.name
Greeter.extra = standalone
print(h.extra())
print(callable(bound), callable(Greeter.greet))

# Single inheritance: attribute lookup, overriding and extending.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return "%s the %s says %s" % (self.name, self.kind, self.speak())
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "woof"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " (tiny)"
class Cat(Animal):
    def __init__(self, name, indoor):
        Animal.__init__(self, name)
        self.indoor = indoor
    def speak(self):
        return "meow"
for a in [Animal("Generic"), Dog("Rex"), Puppy("Bit"), Cat("Tom", True)]:
    print(a.describe())
print(Puppy.kind, Puppy("p").kind, Cat.kind)
print(Cat("c", False).indoor, Cat("c", False).name)
print(isinstance(Puppy("x"), Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
print(Puppy.__bases__[0].__name__, Dog.__bases__[0].__name__)
print([c.__name__ for c in Puppy.__mro__])
Animal.kind = "creature"
print(Cat("t", True).kind, Dog("d").kind)
Animal.legs = 4
print(Puppy("p").legs)
def new_method(self):
    return self.name.upper()
Animal.shout = new_method
print(Puppy("late").shout())
class Empty(Dog):
    pass
e = Empty("e")
print(e.speak(), type(e).__name__, type(e).__mro__[1].__name__)
try:
    Animal()
except TypeError as err:
    print(type(err).__name__, err)

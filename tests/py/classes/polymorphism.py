# Polymorphism through overriding, and abstract-style base methods.
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
    def describe(self):
        return "%s with area %.2f" % (type(self).__name__, self.area())
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
shapes = [Rect(2, 3), Square(4), Circle(1)]
for s in shapes:
    print(s.describe())
print(sum(s.area() for s in shapes))
print(sorted(shapes, key=lambda s: s.area())[0].__class__.__name__)
try:
    Shape().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(issubclass(NotImplementedError, RuntimeError))
class Duck:
    def sound(self):
        return "quack"
class Robot:
    def sound(self):
        return "beep"
print([x.sound() for x in (Duck(), Robot())])
class Template:
    def run(self):
        return [self.step1(), self.step2()]
    def step1(self):
        return "default step1"
    def step2(self):
        return "default step2"
class Custom(Template):
    def step2(self):
        return "custom step2"
print(Template().run(), Custom().run())
def total_area(items):
    return round(sum(i.area() for i in items), 3)
print(total_area([Square(1), Square(2)]))

# __iter__ written as a generator makes a class iterable many times over.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c))
print(sum(c), max(c), 2 in c, 5 in c)
for a in Countdown(2):
    for b in Countdown(2):
        print(a, b)
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            yield from child.leaves()
t = Tree(1, [Tree(2, [Tree(4), Tree(5)]), Tree(3)])
print(list(t), list(t.leaves()))
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __iter__(self):
        return iter(self.rows)
    def cells(self):
        for r, row in enumerate(self.rows):
            for col, value in enumerate(row):
                yield (r, col), value
m = Matrix([[1, 2], [3, 4]])
print([row for row in m])
print(dict(m.cells()))
class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return (i * i for i in range(self.n))
print(list(Squares(5)), sorted(Squares(3), reverse=True))
it1 = iter(c)
it2 = iter(c)
print(next(it1), next(it1), next(it2))
print(type(iter(c)).__name__)

# Chained comparisons evaluate each operand at most once.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < x < 3)
print(0 <= x <= 5 <= 5, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2 < 5)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(2) == v(2), calls)
a, b, c = [1], [1], [1]
print(a == b == c, a is b is c, a is not b is not c)
print("a" < "b" < "c", (1, 2) < (1, 3) <= (2,))
print(1 in [1, 2] in [[1, 2]], 3 not in [1] not in [[1]])
print(x > 3 == True, (x > 3) == True)
print(1 < 2 > 1 < 2 > 1)
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("lt", self.n, other.n)
        return self.n < other.n
p, q, r = Loud(1), Loud(2), Loud(0)
print(p < q < r)
print(r < p < q)
y = 2.5
print(2 < y < 3, 2 < y < 2.4, -1 < 0 < 1.0 < 2)
print(None is None is not False)

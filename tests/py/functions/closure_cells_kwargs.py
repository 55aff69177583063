# Closure cells expose cell_contents (ValueError while unbound); a keyword given twice
# through ** names the function as module.qualname().
def outer():
    x = 1

    def inc():
        nonlocal x
        x += 1
        return x

    return inc


f = outer()
print(f(), f(), f.__closure__[0].cell_contents, type(f.__closure__[0]).__name__)


def late():
    def show():
        return y

    cell = show.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError", e)
    y = 5
    return cell.cell_contents


print(late())


def kw(**k):
    return k


class A:
    def m(self, **k):
        return k


for call in (lambda: kw(c=1, **{"c": 2}), lambda: kw(**{"c": 1}, **{"c": 2}), lambda: A().m(c=1, **{"c": 2})):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

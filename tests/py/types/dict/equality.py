# Dict equality ignores order; values compare with ==.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a != b, list(a) == list(b))
print({} == {}, {1: 1} == {1: 1.0}, {1: "a"} == {True: "a"}, {1: [1]} == {1: [1]})
print({"a": 1} == {"a": 1, "b": 2}, {"a": 1} == {"a": 2}, {"a": 1} == {"b": 1})
print({"k": {"nested": [1, 2]}} == {"k": {"nested": [1, 2]}})
print(a == [("x", 1), ("y", 2)], a == dict(x=1, y=2))
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
nan = float("nan")
n = {"v": nan}
print(n == n, n == {"v": nan}, {"v": float("nan")} == {"v": float("nan")})
class AlwaysEqual:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 0
print({"k": AlwaysEqual()} == {"k": "anything"})
print({0: "zero"} == {False: "zero"}, {0: 0} == {0.0: 0.0})
d1 = dict.fromkeys(range(100))
d2 = dict.fromkeys(reversed(range(100)))
print(d1 == d2, list(d1)[:3], list(d2)[:3])
print(a.items() == b.items(), a.keys() == b.keys())
x = {}
x["self"] = x
print(x == x)
print(len({str(i): i for i in range(50)}) == 50)
print(dict(a) == a, dict(a) is not a)
print({**a} == a, {**a, "z": 0} == a)
print(bool({}), bool({0: 0}), not {})

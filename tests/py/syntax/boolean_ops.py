# and / or / not short-circuit and return an operand, not a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "value" or "default")
print([] and "unreached", [1] and "reached")
print(None or 0 or "" or "last")
print(1 and 2 and 3, 1 and 0 and 3)
print(not 0, not 1, not "", not "x", not None, not [])
print(type(not 0).__name__)
calls = []
def t(v):
    calls.append(v)
    return v
t(0) and t(1)
print(calls)
calls.clear()
t(1) or t(2)
print(calls)
calls.clear()
t(0) or t(0) or t(3) or t(4)
print(calls)
calls.clear()
t(1) and t(2) and t(0) and t(5)
print(calls)
class Truth:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
    def __repr__(self):
        return "Truth(%s)" % self.v
print(Truth(False) or Truth(True))
print(Truth(True) and "after")
print(not Truth(True))
x = 5
print(x > 1 and x < 10, x > 1 and "in range" or "out")
print((x and None) is None, 0.0 or 0j or "complex zero is falsy")

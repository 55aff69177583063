# Float division by zero raises instead of returning inf.
cases = [
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1.0 / 0.0", lambda: 1.0 / 0.0),
    ("-1.0 / 0.0", lambda: -1.0 / 0.0),
    ("0.0 / 0.0", lambda: 0.0 / 0.0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("divmod(1.0, 0.0)", lambda: divmod(1.0, 0.0)),
    ("inf / 0", lambda: float("inf") / 0),
    ("nan / 0", lambda: float("nan") / 0),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("0.0 ** -0.5", lambda: 0.0 ** -0.5),
    ("1.0 / -0.0", lambda: 1.0 / -0.0),
    ("1.0 / 1e-320", lambda: 1.0 / 1e-320),
    ("1.0 / 5e-324", lambda: 1.0 / 5e-324),
]
for label, fn in cases:
    try:
        print(label, "=", fn())
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__, e)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
print(safe_div(1, 0), safe_div(-1, 0), safe_div(0, 0))
x = 0.0
try:
    x /= 0
except ZeroDivisionError as e:
    print("augmented:", e)
print(0.0 ** 0, 0.0 ** 0.0, 0 ** 0.0)

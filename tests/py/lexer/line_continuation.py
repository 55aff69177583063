# Explicit backslash continuation and implicit continuation in brackets.
total = 1 + \
        2 + \
        3
print(total)
if total == 6 and \
   total > 0:
    print("joined condition")
items = [
    1,
    2,
    3,
]
print(items)
d = {
    "a": 1,
    "b": 2
}
print(d)
t = (1,
     2)
print(t)
def f(a,
      b,
      c=3):
    return a + b + c
print(f(1,
        2))
x = f(1, 2,
      c=10) \
    * 2
print(x)
s = "string with \
continuation"
print(s)
print((1 +
       2) * \
      3)
value = [i
         for i in range(3)
         if i]
print(value)
try:
    compile("x = 1 + \\ 2", "<test>", "exec")
    print("compiled")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

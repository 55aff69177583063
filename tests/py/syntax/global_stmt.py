# global declarations let functions rebind module names.
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def create():
    global created_later
    created_later = "made in function"
create()
print(created_later)
def multi():
    global a, b
    a, b = 1, 2
multi()
print(a, b)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def nested_outer():
    def inner():
        global counter
        counter = -1
    inner()
    return counter
print(nested_outer(), counter)
def del_global():
    global created_later
    del created_later
del_global()
print("created_later" in globals())
def loop_global():
    global idx
    for idx in range(3):
        pass
loop_global()
print(idx)
class K:
    global from_class
    from_class = "class body global"
print(from_class)
for src in ["def f():\n    x = 1\n    global x\n", "def f(x):\n    global x\n"]:
    try:
        compile(src, "<test>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)

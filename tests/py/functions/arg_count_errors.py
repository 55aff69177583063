# TypeError messages for wrong numbers of positional arguments.
def call(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print("ok")
    except TypeError as e:
        print(type(e).__name__, e)
def f(a, b):
    pass
def g(a, b=1):
    pass
def h():
    pass
def one(x):
    pass
def three(a, b, c):
    pass
call(f)
call(f, 1)
call(f, 1, 2, 3)
call(f, 1, 2, 3, 4)
call(g)
call(g, 1, 2, 3)
call(h, 1)
call(h, 1, 2)
call(one)
call(one, 1, 2)
call(three)
call(three, 1)
call(lambda: 0, 1)
call(lambda x: 0)
call(lambda x, y=0: 0, 1, 2, 3)
class C:
    def m(self, x):
        pass
    @staticmethod
    def s(x):
        pass
call(C().m)
call(C().m, 1, 2)
call(C.s)
call(C.s, 1, 2)
call(f, 1, 2)

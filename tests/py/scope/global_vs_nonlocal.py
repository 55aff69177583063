# global skips enclosing function scopes; nonlocal stops at the nearest one.
v = "module"
def outer():
    v = "outer"
    def use_global():
        global v
        v = "set by use_global"
    def use_nonlocal():
        nonlocal v
        v = "set by use_nonlocal"
    use_global()
    after_global = v
    use_nonlocal()
    return after_global, v
print(outer(), v)
def reader():
    v = "enclosing"
    def inner():
        return v
    return inner()
print(reader())
def global_read_in_nested():
    v = "enclosing"
    def inner():
        global v
        return v
    return inner()
print(global_read_in_nested())
count = 0
def layered():
    count = 100
    def bump_global():
        global count
        count += 1
    def bump_local():
        nonlocal count
        count += 1
    bump_global(); bump_global(); bump_local()
    return count
print(layered(), count)
def chain():
    a = 1
    def one():
        def two():
            nonlocal a
            a += 1
            def three():
                nonlocal a
                a *= 10
            three()
        two()
    one()
    return a
print(chain())

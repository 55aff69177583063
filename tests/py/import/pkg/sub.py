# Submodule pkg.sub.
print("executing pkg.sub")
sub_value = "from pkg.sub"
def sub_func(x):
    return x * 2
name_seen = __name__

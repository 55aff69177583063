# Helper without __all__: star-import exports every name not starting with '_'.
public_one = 1
public_two = "two"
_hidden = "not exported"
def public_func():
    return "public_func"

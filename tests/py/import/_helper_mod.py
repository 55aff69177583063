# Helper module for the import tests (not a test itself: its name starts with '_').
print("executing _helper_mod")
value = 42
counter = 0
def greet(name):
    return "hello " + name
def bump():
    global counter
    counter += 1
    return counter
class Thing:
    kind = "thing"
_private = "underscore names are private"
if __name__ == "__main__":
    print("never printed when imported")

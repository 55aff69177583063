# OSError(errno, strerror, filename): plain OSError picks the subclass for the errno,
# and the file names are attributes kept out of args.
for errno in (1, 2, 4, 11, 13, 17, 20, 21, 110, 999):
    e = OSError(errno, "message")
    print(errno, type(e).__name__, e.errno, e.strerror, e.args)
e = OSError(2, "No such file", "data.txt")
print(type(e).__name__, e.args, e.filename, e.filename2, str(e))
e = OSError(17, "Exists", "a", None, "b")
print(type(e).__name__, e.args, e.filename, e.filename2, str(e))
e = OSError("just a message")
print(type(e).__name__, e.args, e.errno, e.strerror, e.filename)
e = FileExistsError(2, "explicit subclass kept")
print(type(e).__name__, e.errno)
print(repr(OSError(2, "x")), isinstance(OSError(2, "x"), OSError))
try:
    raise OSError(2, "missing", "f.txt")
except FileNotFoundError as e:
    print("caught FileNotFoundError:", e)


class MyOSError(OSError):
    pass


e = MyOSError(2, "mine")
print(type(e).__name__, e.errno, e.strerror)

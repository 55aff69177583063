# The standard exception hierarchy: handlers catch subclasses.
pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (ArithmeticError, Exception),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (LookupError, Exception),
    (UnboundLocalError, NameError),
    (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError),
    (FileNotFoundError, OSError),
    (FileExistsError, OSError),
    (IsADirectoryError, OSError),
    (NotADirectoryError, OSError),
    (PermissionError, OSError),
    (IndentationError, SyntaxError),
    (TabError, IndentationError),
    (UnicodeError, ValueError),
    (ModuleNotFoundError, ImportError),
    (StopIteration, Exception),
    (GeneratorExit, BaseException),
    (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException),
    (Exception, BaseException),
    (MemoryError, Exception),
    (AssertionError, Exception),
    (AttributeError, Exception),
    (EOFError, Exception),
    (TypeError, Exception),
]
for sub, base in pairs:
    try:
        raise sub("x")
    except base as e:
        print(sub.__name__, "caught by", base.__name__, type(e) is sub)
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(BlockingIOError, OSError))
try:
    [][0]
except LookupError as e:
    print("LookupError handler got", type(e).__name__)
try:
    1 / 0
except (TypeError, ArithmeticError) as e:
    print("tuple handler got", type(e).__name__)
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("wrong: Exception caught KeyboardInterrupt")
except BaseException as e:
    print("BaseException caught", type(e).__name__)

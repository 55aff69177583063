# Implicit chaining: an exception raised while handling another gets __context__.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("first")
    finally:
        raise RuntimeError("from finally")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
def nested():
    try:
        raise TypeError("level 1")
    except TypeError:
        try:
            raise ValueError("level 2")
        except ValueError:
            raise KeyError("level 3")
try:
    nested()
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(chain)
try:
    raise IndexError("standalone")
except IndexError as e:
    print(e.__context__)
err = ValueError("reused")
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise err
except ValueError as e:
    print(e is err, repr(e.__context__))
try:
    try:
        raise OSError("a")
    except OSError as first:
        try:
            raise first
        except OSError as second:
            print("same object re-raised:", first is second, second.__context__)
except Exception:
    pass
try:
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise TypeError("after handler")
except TypeError as e:
    print("context outside handler:", e.__context__)

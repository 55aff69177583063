# Full try statement: except clauses, else, finally, and their order.
def run(action):
    log = []
    try:
        log.append("try")
        if action == "value":
            raise ValueError("v")
        if action == "key":
            raise KeyError("k")
        if action == "other":
            raise TypeError("t")
    except ValueError as e:
        log.append("except ValueError " + str(e))
    except (KeyError, IndexError) as e:
        log.append("except tuple " + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for action in ["none", "value", "key"]:
    print(action, run(action))
try:
    run("other")
except TypeError as e:
    print("propagated", type(e).__name__, e)
try:
    raise ValueError("bare except")
except:
    print("bare except caught")
try:
    x = 1
except Exception:
    pass
else:
    print("else sees", x)
def name_cleared():
    try:
        raise ValueError("gone")
    except ValueError as err:
        pass
    try:
        return err
    except NameError as e:
        return "UnboundLocalError" if isinstance(e, UnboundLocalError) else "NameError"
print(name_cleared())
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("wrong handler")
    finally:
        print("inner finally")
except KeyError:
    print("outer caught KeyError")
try:
    pass
finally:
    print("finally without except")

# Order of try / except / else / finally blocks in every outcome.
log = []
def run(outcome):
    log.clear()
    try:
        log.append("try")
        if outcome == "raise":
            raise ValueError
        if outcome == "return":
            return "returned"
        if outcome == "unhandled":
            raise KeyError
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return "fell through"
for outcome in ["none", "raise", "return"]:
    result = run(outcome)
    print(outcome, result, log)
try:
    run("unhandled")
except KeyError:
    print("unhandled", log)
def nested():
    order = []
    try:
        try:
            order.append("inner try")
            raise TypeError
        finally:
            order.append("inner finally")
    except TypeError:
        order.append("outer except")
    finally:
        order.append("outer finally")
    return order
print(nested())
def finally_sees_exception_pending():
    order = []
    try:
        try:
            raise IndexError("pending")
        finally:
            order.append("finally while exception pending")
    except IndexError as e:
        order.append("caught " + str(e))
    return order
print(finally_sees_exception_pending())
def exception_in_else():
    try:
        pass
    except ValueError:
        return "except"
    else:
        raise RuntimeError("from else")
    finally:
        print("finally after else raised")
try:
    exception_in_else()
except RuntimeError as e:
    print(type(e).__name__, e)

# return/break/continue in finally override the pending return or exception.
def override_return():
    try:
        return "try"
    finally:
        return "finally"
print(override_return())
def swallow_exception():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"
print(swallow_exception())
def finally_without_return():
    try:
        return "try value kept"
    finally:
        pass
print(finally_without_return())
def value_evaluated_before_finally():
    x = ["before"]
    try:
        return x
    finally:
        x.append("mutated in finally")
print(value_evaluated_before_finally())
def rebinding_does_not_change():
    x = 1
    try:
        return x
    finally:
        x = 2
print(rebinding_does_not_change())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "break discarded exception at " + str(i)
print(break_in_finally())
def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            seen.append(i)
        finally:
            continue
    return seen
print(continue_in_finally())
def nested_finally_returns():
    try:
        try:
            return 1
        finally:
            return 2
    finally:
        pass
print(nested_finally_returns())
def except_return_then_finally():
    log = []
    try:
        raise TypeError
    except TypeError:
        log.append("except")
        return log
    finally:
        log.append("finally")
print(except_return_then_finally())

# break and continue inside try/finally run the finally block first.
log = []
for i in range(3):
    try:
        if i == 1:
            continue
        log.append(("body", i))
    finally:
        log.append(("finally", i))
print(log)
log = []
for i in range(5):
    try:
        try:
            if i == 2:
                break
            log.append(("inner", i))
        finally:
            log.append(("inner-finally", i))
    finally:
        log.append(("outer-finally", i))
print(log)
log = []
n = 0
while n < 4:
    n += 1
    try:
        if n == 2:
            continue
        if n == 3:
            break
    finally:
        log.append(n)
print(log)
def f():
    for i in range(3):
        try:
            return i
        finally:
            print("finally before return", i)
print(f())
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError:
        if i == 1:
            break
    finally:
        print("exc finally", i)
for i in range(2):
    with open(__file__) as fh:
        if i == 0:
            continue
    print("with closed after continue:", fh.closed)

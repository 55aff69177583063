# vibepy-args: -X heapsize=256K
# Much more is allocated in total than the heap holds, but little is live at once:
# the collector must reclaim garbage in loops (with and without explicit gc.collect()).
import gc
total = 0
for i in range(3000):
    tmp = [i] * 50
    total += len(tmp)
print(total)
for i in range(200):
    d = {str(k): k for k in range(40)}
    if i % 50 == 0:
        gc.collect()
print(len(d), d["39"])
class Cycle:
    def __init__(self):
        self.me = self
        self.data = bytearray(200)
for i in range(2000):
    Cycle()
gc.collect()
print("cycles reclaimed")
s = ""
for i in range(2000):
    s = s[-100:] + str(i)
print(len(s), s[-4:])
keep = []
for i in range(100):
    keep.append(bytes(10))
    junk = [bytearray(100) for _ in range(10)]
print(len(keep), sum(len(k) for k in keep))
gc.disable()
small = [i for i in range(50)]
gc.enable()
gc.collect()
print(sum(small), gc.isenabled())
def churn(n):
    acc = 0
    for i in range(n):
        acc += len(str(i) * 3)
    return acc
print(churn(5000))

# The portable part of gc: collect, enable, disable, isenabled.
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.collect()
print("collect returned")
junk = []
for i in range(200):
    junk.append([i] * 10)
del junk
gc.collect()
print("after freeing a list of lists")
class Node:
    def __init__(self):
        self.ref = self
for _ in range(100):
    Node()
gc.collect()
print("cycles collected")
a = {}
b = {"a": a}
a["b"] = b
del a, b
gc.collect()
gc.disable()
data = [str(i) for i in range(500)]
print(len(data), gc.isenabled())
gc.enable()
gc.collect()
print(gc.isenabled(), sum(len(s) for s in data))
for i in range(5):
    tmp = [object() for _ in range(50)]
    gc.collect()
print("repeated collects ok")
print(callable(gc.collect), callable(gc.enable), callable(gc.disable))

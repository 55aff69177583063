# time.time/time_ns/sleep: only relations are printed, never the clock values.
import time
t0 = time.time()
n0 = time.time_ns()
print(type(t0).__name__, type(n0).__name__)
print(t0 > 1_600_000_000, n0 > 1_600_000_000 * 10 ** 9)
print(abs(n0 / 1e9 - t0) < 5)
time.sleep(0.05)
t1 = time.time()
n1 = time.time_ns()
print(t1 >= t0, n1 > n0)
print(n1 - n0 >= 40_000_000, n1 - n0 < 30 * 10 ** 9)
print(time.sleep(0) is None, time.sleep(0.001) is None)
start = time.time_ns()
total = 0
for i in range(1000):
    total += i
end = time.time_ns()
print(total, end >= start)
times = []
for _ in range(5):
    times.append(time.time_ns())
print(all(b >= a for a, b in zip(times, times[1:])))
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.sleep("1")
except TypeError as e:
    print(type(e).__name__)
print(callable(time.time), callable(time.sleep), callable(time.time_ns))
elapsed = []
for delay in (0.01, 0.02):
    a = time.time_ns()
    time.sleep(delay)
    elapsed.append(time.time_ns() - a >= delay * 0.8e9)
print(elapsed)

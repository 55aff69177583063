# exp: hand-written
# time.ticks_ms/ticks_us/ticks_diff/ticks_add/sleep_ms/sleep_us are MicroPython-only; CPython's time lacks them.
import time
t0 = time.ticks_ms()
u0 = time.ticks_us()
print(type(t0).__name__, type(u0).__name__)
time.sleep_ms(30)
t1 = time.ticks_ms()
u1 = time.ticks_us()
d_ms = time.ticks_diff(t1, t0)
d_us = time.ticks_diff(u1, u0)
print(d_ms >= 25, d_ms < 30000)
print(d_us >= 25000, d_us < 30000000)
print(time.ticks_diff(t0, t1) == -d_ms)
print(time.ticks_diff(time.ticks_add(t0, 500), t0))
print(time.ticks_diff(time.ticks_add(t0, -500), t0))
print(time.ticks_diff(time.ticks_add(u0, 123456), u0))
base = time.ticks_ms()
later = time.ticks_add(base, 1000)
print(time.ticks_diff(later, base) > 0, time.ticks_diff(base, later) < 0)
u2 = time.ticks_us()
time.sleep_us(2000)
print(time.ticks_diff(time.ticks_us(), u2) >= 1500)
print(time.sleep_ms(0) is None, time.sleep_us(0) is None)
deadline = time.ticks_add(time.ticks_ms(), 20)
spins = 0
while time.ticks_diff(deadline, time.ticks_ms()) > 0:
    spins += 1
print(spins > 0, time.ticks_diff(time.ticks_ms(), deadline) >= 0)
print(callable(time.ticks_ms), callable(time.ticks_us), callable(time.ticks_add), callable(time.ticks_diff))
print("done")

# Console output, keys from stdin, time, mouse, memory, processes and system information
# on the Linux host (whose kapi answers are fixed: cpu 'host', one process, no network).
import vibe

vibe.puts("puts str\n")
vibe.puts(b"puts bytes\n")
for c in ("p", 117, b"t"):
    vibe.putc(c)
vibe.putc("\n")
print("print and puts interleave")
vibe.puts("ok\n")

# Stdin ("ab\n") reaches the host's key queue asynchronously: wait (bounded) for it.
for i in range(400):
    if vibe.has_key():
        break
    vibe.sleep_ms(5)
print("has_key", vibe.has_key())
keys = [vibe.getc()] + [vibe.wait_key() for i in range(2)]
print("keys", keys)
print("getc empty", vibe.getc())
print("KEY", vibe.KEY_UP, vibe.KEY_DOWN, vibe.KEY_LEFT, vibe.KEY_RIGHT, vibe.KEY_ENTER, vibe.KEY_ESC)

t0 = vibe.uptime_ms()
vibe.sleep_ms(120)
t1 = vibe.uptime_ms()
print("slept", 100 <= t1 - t0 < 1000, "ticks", abs(vibe.ticks() * 10 - t1) <= 20)
vibe.yield_()
y, mo, d, h, mi, s, wd = vibe.datetime()
print("datetime", y >= 2024, 1 <= mo <= 12, 1 <= d <= 31, 0 <= h < 24, 0 <= wd <= 6)
print("timestamp", abs(vibe.timestamp() - __import__("time").time()) < 5)

print("mouse", vibe.mouse_pos(), vibe.mouse_buttons(), vibe.mouse_delta())
print("BTN", vibe.BTN_LEFT, vibe.BTN_RIGHT, vibe.BTN_MIDDLE)
vibe.mouse_set_pos(10, 20)
print("mouse moved", vibe.mouse_pos())
print("memory", vibe.mem_free() > 0, vibe.mem_used() >= 0, vibe.ram_total() > 0)
print("cpu", vibe.cpu_name(), vibe.cpu_cores() >= 1, vibe.kapi_version())
print("ps", vibe.ps(), vibe.process_count())
print("klog", repr(vibe.klog()), "usb", vibe.usb_devices())
print("colours", hex(vibe.WHITE), hex(vibe.AMBER), hex(vibe.rgb(0x12, 0x34, 0x56)))
try:
    vibe.exit(4)
except SystemExit as e:
    print("exit raises SystemExit", e.code)
vibe.exit(0)

# hello.py: the first VibePy program on VibeOS.
import sys
import vibe

print("Hello from VibePy", sys.version.split()[0], "on", sys.platform)
try:
    cpu = vibe.cpu_name()
except OSError:  # a kernel without get_cpu_name
    cpu = "n/a"
print("kapi version", vibe.kapi_version(), "- cpu", cpu)
if vibe.has_display():
    w, h = vibe.screen_size()
    vibe.draw_string(8, h - 24, "Hello, VibeOS!", vibe.AMBER, vibe.BLACK)
    print("screen", w, "x", h)
else:
    print("no display")

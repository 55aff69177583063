# hello.py: the first VibePy program on VibeOS.
import sys
import vibe

print("Hello from VibePy", sys.version.split()[0], "on", sys.platform)
print("kapi version", vibe.kapi_version(), "- cpu", vibe.cpu_name())
if vibe.has_display():
    w, h = vibe.screen_size()
    vibe.draw_string(8, h - 24, "Hello, VibeOS!", vibe.AMBER, vibe.BLACK)
    print("screen", w, "x", h)
else:
    print("no display")

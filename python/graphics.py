# graphics.py: shapes, text and an off-screen FrameBuffer. Waits for a key before it
# clears the screen; `graphics.py --demo` draws and exits at once.
import sys
import vibe

demo = "--demo" in sys.argv
W, H = vibe.screen_size()
if not W:
    print("graphics.py needs a display")
    raise SystemExit(1)
vibe.fill(vibe.BLACK)
colours = [vibe.RED, vibe.GREEN, vibe.BLUE, vibe.CYAN, vibe.MAGENTA, vibe.YELLOW, vibe.AMBER, vibe.WHITE]
for i, c in enumerate(colours):
    vibe.fill_rect(10 + i * 40, 10, 32, 32, c)
for i in range(0, W, 16):
    vibe.line(i, 60, W - 1 - i, H - 1, vibe.rgb(i * 255 // W, 64, 255 - i * 255 // W))
for r in range(10, 120, 15):
    vibe.circle(W // 2, H // 2, r, colours[r // 15 % 8])
vibe.fill_circle(W // 2, H // 2, 8, vibe.WHITE)
card = vibe.FrameBuffer(160, 40)
card.fill(vibe.rgb(32, 32, 96))
card.rect(0, 0, 160, 40, vibe.WHITE)
card.draw_string(8, 12, "VibePy graphics", vibe.YELLOW)
card.show(W - 170, 10)
print("drew", len(colours), "squares,", W // 16, "lines, 8 circles and a card")
if not demo:
    print("press a key")
    vibe.wait_key()
    vibe.fill(vibe.BLACK)

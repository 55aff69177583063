# bounce.py: a ball bouncing in a box, drawn off-screen and shown once per frame, paced
# with sleep_ms. Runs until a key is pressed; `bounce.py --demo` runs 60 frames.
import sys
import vibe

demo = "--demo" in sys.argv
W, H = vibe.screen_size()
if not W:
    print("bounce.py needs a display")
    raise SystemExit(1)
BW, BH, R = min(W, 320), min(H, 200), 10
box = vibe.FrameBuffer(BW, BH)
x, y, dx, dy = 40, 30, 7, 5
bounces = frame = 0
while True:
    box.fill(vibe.rgb(0, 0, 48))
    box.rect(0, 0, BW, BH, vibe.WHITE)
    box.fill_circle(x, y, R, vibe.AMBER)
    box.draw_string(6, 4, "frame %d" % frame, vibe.GRAY)
    box.show((W - BW) // 2, (H - BH) // 2)
    frame += 1
    if demo and frame == 60 or not demo and vibe.has_key():
        break
    x, y = x + dx, y + dy
    if x - R < 1 or x + R > BW - 2:
        dx, bounces = -dx, bounces + 1
        x = max(R + 1, min(x, BW - R - 2))
    if y - R < 1 or y + R > BH - 2:
        dy, bounces = -dy, bounces + 1
        y = max(R + 1, min(y, BH - R - 2))
    vibe.sleep_ms(30)
if not demo:
    vibe.getc()
print("frames", frame, "bounces", bounces, "ball at", (x, y))

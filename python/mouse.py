# mouse.py: a paint program. Left button paints, right button erases, middle button
# clears; a key ends it. `mouse.py --demo` paints a scripted stroke instead of reading
# the mouse, and prints how many dots it drew.
import sys
import vibe

demo = "--demo" in sys.argv
W, H = vibe.screen_size()
if not W:
    print("mouse.py needs a display")
    raise SystemExit(1)
PALETTE = [vibe.RED, vibe.GREEN, vibe.BLUE, vibe.YELLOW, vibe.WHITE]
BG, BAR = vibe.BLACK, 24


def toolbar(current):
    vibe.fill_rect(0, 0, W, BAR, vibe.GRAY)
    for i, c in enumerate(PALETTE):
        vibe.fill_rect(4 + i * 24, 4, 16, 16, c)
        if c == current:
            vibe.rect(2 + i * 24, 2, 20, 20, vibe.BLACK)
    vibe.draw_string(4 + len(PALETTE) * 24 + 8, 4, "left: paint  right: erase  key: quit", vibe.BLACK)


def scripted():
    """(x, y, buttons) samples: pick green, a stroke, pick red, a curve, an erase."""
    yield (4 + 1 * 24 + 8, 12, vibe.BTN_LEFT)
    for i in range(40):
        yield (100 + i * 5, 200 + i, vibe.BTN_LEFT)
    yield (100, 200, 0)
    yield (4 + 8, 12, vibe.BTN_LEFT)
    for i in range(30):
        yield (300 + i * 4, 300 - (i * i) // 10, vibe.BTN_LEFT)
    for i in range(10):
        yield (150 + i * 5, 210 + i, vibe.BTN_RIGHT)
    yield (0, 0, 0)


def live():
    while not vibe.has_key():
        vibe.mouse_poll()
        x, y = vibe.mouse_pos()
        yield (x, y, vibe.mouse_buttons())
        vibe.sleep_ms(10)
    vibe.getc()


colour, last, dots = PALETTE[0], None, 0
vibe.fill(BG)
toolbar(colour)
for x, y, buttons in scripted() if demo else live():
    if buttons and y < BAR:
        i = (x - 4) // 24
        if 0 <= i < len(PALETTE):
            colour = PALETTE[i]
            toolbar(colour)
        last = None
        continue
    if buttons & vibe.BTN_MIDDLE:
        vibe.fill_rect(0, BAR, W, H - BAR, BG)
    if buttons & (vibe.BTN_LEFT | vibe.BTN_RIGHT):
        c = colour if buttons & vibe.BTN_LEFT else BG
        if last:
            vibe.line(last[0], last[1], x, y, c)
        vibe.fill_circle(x, y, 3 if c != BG else 8, c)
        last, dots = (x, y), dots + 1
    else:
        last = None
print("painted", dots, "dots; last colour", hex(colour))

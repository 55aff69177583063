# Every drawing call on the screen and on a FrameBuffer, some far outside the screen;
# the framebuffer must match drawing.png pixel for pixel (python3 tests/vibe/run.py
# --regen-png rewrites it after an intended change).
import vibe

W, H = vibe.screen_size()
vibe.fill(vibe.rgb(16, 16, 32))
vibe.fill_rect(20, 20, 100, 60, vibe.RED)
vibe.rect(130, 20, 100, 60, vibe.GREEN)
vibe.fill_rect(-50, -50, 80, 80, vibe.AMBER)            # clipped at the top-left
vibe.fill_rect(W - 30, H - 30, 10**12, 10**12, vibe.CYAN)  # clipped at the bottom-right
vibe.line(0, 0, W - 1, H - 1, vibe.WHITE)
vibe.line(W - 1, 0, 0, H - 1, vibe.YELLOW)
vibe.line(-1000, 240, 10**9, 240, vibe.MAGENTA)          # clipped horizontal
vibe.line(320, -2**40, 320, 2**40, vibe.BLUE)            # clipped vertical
vibe.circle(320, 240, 100, vibe.WHITE)
vibe.fill_circle(320, 240, 40, vibe.GREEN)
vibe.circle(0, 0, 60, vibe.RED)                          # three quarters off screen
vibe.fill_circle(W, H, 50, vibe.WHITE)
for i in range(16):
    vibe.put_pixel(250 + i * 2, 100, vibe.rgb(i * 16, 255 - i * 16, 128))
vibe.put_pixel(-1, -1, vibe.WHITE)
vibe.put_pixel(W, H, vibe.WHITE)
vibe.draw_string(20, 100, "VibePy on VibeOS\nline two", vibe.WHITE)
vibe.draw_string(20, 140, "with background", vibe.BLACK, vibe.YELLOW)
vibe.draw_string(W - 20, H - 8, "clipped text", vibe.WHITE, vibe.RED)
vibe.draw_char(200, 140, "A", vibe.RED)
vibe.draw_char(210, 140, 66, vibe.GREEN, vibe.BLUE)

fb = vibe.FrameBuffer(64, 48)
fb.fill(vibe.BLUE)
fb.rect(0, 0, 64, 48, vibe.WHITE)
fb.line(0, 0, 63, 47, vibe.RED)
fb.circle(32, 24, 20, vibe.YELLOW)
fb.fill_circle(32, 24, 5, vibe.MAGENTA)
fb.draw_string(4, 4, "fb", vibe.WHITE)
fb.fill_rect(60, 40, 100, 100, vibe.GREEN)
fb.show(500, 40)
fb.show(W - 32, -24)

sprite = bytearray()
for y in range(8):
    for x in range(8):
        c = vibe.RED if (x + y) % 2 else vibe.BLACK
        sprite += c.to_bytes(4, 'little')
vibe.blit(sprite, 40, 200, 8, 8)
vibe.blit(sprite, 60, 200, 8, 8, vibe.BLACK)   # black is transparent
vibe.blit(fb, 40, 300)
fb.blit(sprite, 28, 20, 8, 8)
fb.blit(fb, 10, 10)                             # onto itself: reads a copy
fb.show(120, 300)

print(hex(vibe.get_pixel(20, 20)), hex(vibe.get_pixel(0, 0)), vibe.get_pixel(W, 0))
print(hex(fb.get_pixel(0, 0)), hex(fb.get_pixel(63, 47)), fb.get_pixel(64, 0))
print(hex(vibe.get_pixel(500, 40)), hex(vibe.get_pixel(W - 1, 0)))

# Argument checking: wrong types raise TypeError, values out of range ValueError, kapi
# entries the host lacks OSError with errno ENOSYS; huge coordinates are clipped, cheaply.
import vibe


def attempt(label, f, *args):
    try:
        r = f(*args)
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e, getattr(e, "errno", ""))


attempt("put_pixel float", vibe.put_pixel, 1.5, 2, 0)
attempt("put_pixel str colour", vibe.put_pixel, 1, 2, "red")
attempt("colour too big", vibe.fill_rect, 0, 0, 1, 1, 0x1000000)
attempt("colour negative", vibe.fill, -1)
attempt("too few", vibe.line, 1, 2, 3)
attempt("too many", vibe.screen_size, 1)
attempt("keyword", lambda: vibe.fill(color=1))
attempt("draw_string int", vibe.draw_string, 0, 0, 42, vibe.WHITE)
attempt("draw_char long", vibe.draw_char, 0, 0, "ab", vibe.WHITE)
attempt("draw_char 256", vibe.draw_char, 0, 0, 256, vibe.WHITE)
attempt("blit short", vibe.blit, b"\0" * 12, 0, 0, 2, 2)
attempt("blit no size", vibe.blit, b"\0" * 16, 0, 0)
attempt("blit list", vibe.blit, [0, 0, 0, 0], 0, 0, 1, 1)
attempt("rgb 256", vibe.rgb, 256, 0, 0)
attempt("putc str", vibe.putc, "ab")
attempt("putc 300", vibe.putc, 300)
attempt("puts int", vibe.puts, 5)
attempt("sleep negative", vibe.sleep_ms, -1)
attempt("kill 0", vibe.kill, 0)
attempt("window", vibe.window_create, 0, 0, 200, 100, "demo")
attempt("window_poll", vibe.window_poll, 3)
attempt("sound", vibe.sound_play_wav, b"RIFF")
attempt("sound str", vibe.sound_play_wav, "RIFF")
attempt("net", vibe.net_ip)
attempt("tcp", vibe.tcp_connect, "10.0.2.2", 80)
attempt("bad ip", vibe.ping, "10.0.2")
attempt("port", vibe.tcp_connect, "10.0.2.2", 70000)
attempt("exec missing", vibe.exec, "/bin/nothing")
attempt("FrameBuffer 0", vibe.FrameBuffer, 0, 10)
attempt("FrameBuffer float", vibe.FrameBuffer, 2.0, 10)
attempt("method on other", vibe.FrameBuffer.fill, object(), 0)

# Clipping: nothing outside the screen is written, and far coordinates cost nothing.
W, H = vibe.screen_size()
vibe.fill(0)
big = 2**200
vibe.line(-big, -big, big, big, 1)
vibe.circle(0, 0, big, 2)
vibe.fill_circle(-big, 0, big, 3)
vibe.fill_rect(-big, -big, big, big, 4)
vibe.draw_string(-big, H - 1, "x" * 100, 5, 6)
vibe.rect(W - 1, H - 1, big, big, 7)
print("corner", vibe.get_pixel(W - 1, H - 1), "centre", vibe.get_pixel(W // 2, H // 2))
print("outside", vibe.get_pixel(W, 0), vibe.get_pixel(0, -1), vibe.get_pixel(-big, big))

# A FrameBuffer re-checks its attributes: a shrunk buffer or a bad width is refused.
fb = vibe.FrameBuffer(4, 4)
fb.buffer = bytearray(8)
attempt("short buffer", fb.fill, 1)
fb.buffer = bytes(64)
attempt("bytes buffer", fb.fill, 1)
fb.buffer = bytearray(64)
fb.width = 5000
attempt("wide", fb.put_pixel, 0, 0, 1)
fb.width = 4
fb.fill(9)
print("restored", fb.get_pixel(3, 3), len(fb.buffer))

//! Drawing over any pixel surface: the screen (a kapi `PixelBuffer`), a `FrameBuffer`'s
//! bytearray, a desktop window's buffer. A surface only stores in-bounds pixels; every
//! shape here is clipped first, and its work is bounded by the visible area, whatever the
//! coordinates (a line or circle with endpoints near 2**31 costs no more than one that fits
//! on screen). Coordinates are `i32`: callers clamp Python ints into that range.

use kernel_api::font::{GLYPH_HEIGHT, GLYPH_WIDTH};
use kernel_api::PixelBuffer;

/// A `width` x `height` surface of 0x00RRGGBB pixels.
pub trait Surface {
    fn width(&self) -> u32;
    fn height(&self) -> u32;
    /// Store one pixel; callers pass in-bounds coordinates, implementations ignore others.
    fn store(&mut self, x: u32, y: u32, color: u32);
    /// The pixel at (x, y); 0 outside.
    fn load(&self, x: u32, y: u32) -> u32;
}

impl Surface for PixelBuffer<'_> {
    fn width(&self) -> u32 {
        PixelBuffer::width(self)
    }
    fn height(&self) -> u32 {
        PixelBuffer::height(self)
    }
    fn store(&mut self, x: u32, y: u32, color: u32) {
        self.put_pixel(x as i32, y as i32, color);
    }
    fn load(&self, x: u32, y: u32) -> u32 {
        self.pixel(x as i32, y as i32).unwrap_or(0)
    }
}

/// Pixels kept as little-endian u32 in bytes (a `FrameBuffer`'s bytearray, a `blit`
/// source), stride `width`.
pub struct BytePixels<'a> {
    pub bytes: &'a mut [u8],
    pub width: u32,
    pub height: u32,
}

/// Pixel `index` of little-endian XRGB bytes, or 0 past their end.
pub fn le_pixel(bytes: &[u8], index: usize) -> u32 {
    let start = index.saturating_mul(4);
    match bytes.get(start..start.saturating_add(4)) {
        Some(&[b0, b1, b2, b3]) => u32::from_le_bytes([b0, b1, b2, b3]),
        _ => 0,
    }
}

impl Surface for BytePixels<'_> {
    fn width(&self) -> u32 {
        self.width
    }
    fn height(&self) -> u32 {
        self.height
    }
    fn store(&mut self, x: u32, y: u32, color: u32) {
        if x >= self.width || y >= self.height {
            return;
        }
        let start = (y as usize * self.width as usize + x as usize) * 4;
        if let Some(cell) = self.bytes.get_mut(start..start + 4) {
            cell.copy_from_slice(&color.to_le_bytes());
        }
    }
    fn load(&self, x: u32, y: u32) -> u32 {
        if x >= self.width || y >= self.height {
            return 0;
        }
        le_pixel(self.bytes, y as usize * self.width as usize + x as usize)
    }
}

/// The part of `[start, start + len)` inside `[0, limit)`, as u32 bounds.
fn clip_span(start: i64, len: i64, limit: u32) -> Option<(u32, u32)> {
    let from = start.max(0);
    let to = start.saturating_add(len).min(i64::from(limit));
    (from < to).then_some((from as u32, to as u32))
}

pub fn put_pixel(s: &mut dyn Surface, x: i32, y: i32, color: u32) {
    if let (Ok(x), Ok(y)) = (u32::try_from(x), u32::try_from(y)) {
        if x < s.width() && y < s.height() {
            s.store(x, y, color);
        }
    }
}

pub fn get_pixel(s: &dyn Surface, x: i32, y: i32) -> Option<u32> {
    let (x, y) = (u32::try_from(x).ok()?, u32::try_from(y).ok()?);
    (x < s.width() && y < s.height()).then(|| s.load(x, y))
}

pub fn fill_rect(s: &mut dyn Surface, x: i32, y: i32, w: i32, h: i32, color: u32) {
    let Some((x0, x1)) = clip_span(x.into(), w.into(), s.width()) else {
        return;
    };
    let Some((y0, y1)) = clip_span(y.into(), h.into(), s.height()) else {
        return;
    };
    for row in y0..y1 {
        for col in x0..x1 {
            s.store(col, row, color);
        }
    }
}

/// A one-pixel outline of the rectangle.
pub fn rect(s: &mut dyn Surface, x: i32, y: i32, w: i32, h: i32, color: u32) {
    if w <= 0 || h <= 0 {
        return;
    }
    let right = x.saturating_add(w - 1);
    let bottom = y.saturating_add(h - 1);
    fill_rect(s, x, y, w, 1, color);
    fill_rect(s, x, bottom, w, 1, color);
    fill_rect(s, x, y, 1, h, color);
    fill_rect(s, right, y, 1, h, color);
}

/// Cut the segment to the surface grown by one pixel on each side (Liang-Barsky over
/// exact rationals in i128), so that Bresenham then walks at most the visible extent.
/// `None` if nothing of it is near the surface.
fn clip_line(s: &dyn Surface, a: (i64, i64), b: (i64, i64)) -> Option<((i64, i64), (i64, i64))> {
    let (xmin, ymin) = (-1i64, -1i64);
    let (xmax, ymax) = (i64::from(s.width()), i64::from(s.height()));
    let inside = |p: (i64, i64)| (xmin..=xmax).contains(&p.0) && (ymin..=ymax).contains(&p.1);
    if inside(a) && inside(b) {
        return Some((a, b));
    }
    let (dx, dy) = (i128::from(b.0 - a.0), i128::from(b.1 - a.1));
    // t = num / den within [0, 1]; kept as the fractions t0 = n0/d0 and t1 = n1/d1.
    let (mut n0, mut d0, mut n1, mut d1) = (0i128, 1i128, 1i128, 1i128);
    for (p, q) in [
        (-dx, i128::from(a.0 - xmin)),
        (dx, i128::from(xmax - a.0)),
        (-dy, i128::from(a.1 - ymin)),
        (dy, i128::from(ymax - a.1)),
    ] {
        if p == 0 {
            if q < 0 {
                return None;
            }
            continue;
        }
        // t = q / p, normalised to a positive denominator.
        let (n, d) = if p < 0 { (-q, -p) } else { (q, p) };
        if p < 0 {
            // Entering: t0 = max(t0, t).
            if n * d0 > n0 * d {
                (n0, d0) = (n, d);
            }
        } else if n * d1 < n1 * d {
            (n1, d1) = (n, d);
        }
    }
    if n0 * d1 > n1 * d0 {
        return None;
    }
    let at = |n: i128, d: i128| {
        let x = i128::from(a.0) + (dx * n + d / 2).div_euclid(d);
        let y = i128::from(a.1) + (dy * n + d / 2).div_euclid(d);
        (x as i64, y as i64)
    };
    Some((at(n0, d0), at(n1, d1)))
}

/// A line from (x0, y0) to (x1, y1), both ends included (Bresenham).
pub fn line(s: &mut dyn Surface, x0: i32, y0: i32, x1: i32, y1: i32, color: u32) {
    let Some(((mut x, mut y), (xe, ye))) =
        clip_line(s, (x0.into(), y0.into()), (x1.into(), y1.into()))
    else {
        return;
    };
    let dx = (xe - x).abs();
    let dy = -(ye - y).abs();
    let sx = if x < xe { 1 } else { -1 };
    let sy = if y < ye { 1 } else { -1 };
    let mut err = dx + dy;
    loop {
        if let (Ok(px), Ok(py)) = (i32::try_from(x), i32::try_from(y)) {
            put_pixel(s, px, py, color);
        }
        if x == xe && y == ye {
            break;
        }
        let e2 = 2 * err;
        if e2 >= dy {
            err += dy;
            x += sx;
        }
        if e2 <= dx {
            err += dx;
            y += sy;
        }
    }
}

/// The integer nearest to the square root of `v` (v >= 0).
fn round_sqrt(v: i64) -> i64 {
    if v <= 0 {
        return 0;
    }
    // Newton's method from above converges to floor(sqrt(v)).
    let mut x = v;
    let mut y = (x + 1) / 2;
    while y < x {
        x = y;
        y = (x + v / x) / 2;
    }
    // Round: x + 0.5 squared is x*x + x + 0.25.
    if v - x * x > x {
        x + 1
    } else {
        x
    }
}

/// A circle outline of radius `r` around (cx, cy): for each visible row the two points
/// where the circle crosses it, and for each visible column likewise, which leaves no gaps
/// and costs O(width + height) whatever the radius.
pub fn circle(s: &mut dyn Surface, cx: i32, cy: i32, r: i32, color: u32) {
    if r < 0 {
        return;
    }
    let (cx, cy, r) = (i64::from(cx), i64::from(cy), i64::from(r));
    let r2 = r * r;
    for y in 0..i64::from(s.height()) {
        let dy = y - cy;
        if dy.abs() > r {
            continue;
        }
        let dx = round_sqrt(r2 - dy * dy);
        plot(s, cx - dx, y, color);
        plot(s, cx + dx, y, color);
    }
    for x in 0..i64::from(s.width()) {
        let dx = x - cx;
        if dx.abs() > r {
            continue;
        }
        let dy = round_sqrt(r2 - dx * dx);
        plot(s, x, cy - dy, color);
        plot(s, x, cy + dy, color);
    }
}

/// A filled disc: each visible row's span of the circle `circle` outlines.
pub fn fill_circle(s: &mut dyn Surface, cx: i32, cy: i32, r: i32, color: u32) {
    if r < 0 {
        return;
    }
    let (cx, cy, r) = (i64::from(cx), i64::from(cy), i64::from(r));
    for y in 0..i64::from(s.height()) {
        let dy = y - cy;
        if dy.abs() > r {
            continue;
        }
        let dx = round_sqrt(r * r - dy * dy);
        let Some((x0, x1)) = clip_span(cx - dx, 2 * dx + 1, s.width()) else {
            continue;
        };
        for x in x0..x1 {
            s.store(x, y as u32, color);
        }
    }
}

fn plot(s: &mut dyn Surface, x: i64, y: i64, color: u32) {
    if let (Ok(x), Ok(y)) = (i32::try_from(x), i32::try_from(y)) {
        put_pixel(s, x, y, color);
    }
}

/// Text in the 8x16 console font with its top-left at (x, y), clipped per pixel; '\n'
/// returns to `x` one line down; `bg` None leaves the background pixels alone.
pub fn text(
    s: &mut dyn Surface,
    x: i32,
    y: i32,
    text: &[u8],
    font: &[u8],
    fg: u32,
    bg: Option<u32>,
) {
    let (gw, gh) = (GLYPH_WIDTH as i64, GLYPH_HEIGHT as i64);
    let (mut pen_x, mut pen_y) = (i64::from(x), i64::from(y));
    let (w, h) = (i64::from(s.width()), i64::from(s.height()));
    for &byte in text {
        if byte == b'\n' {
            pen_x = i64::from(x);
            pen_y += gh;
            continue;
        }
        let visible = pen_x + gw > 0 && pen_x < w && pen_y + gh > 0 && pen_y < h;
        let start = usize::from(byte) * GLYPH_HEIGHT as usize;
        if let (true, Some(glyph)) = (visible, font.get(start..start + GLYPH_HEIGHT as usize)) {
            for (dy, &bits) in (0i64..).zip(glyph) {
                for dx in 0..gw {
                    let color = if bits & (0x80 >> dx) != 0 {
                        Some(fg)
                    } else {
                        bg
                    };
                    if let Some(color) = color {
                        plot(s, pen_x + dx, pen_y + dy, color);
                    }
                }
            }
        }
        pen_x += gw;
    }
}

/// Copy `src_w` x `src_h` little-endian pixels from `src` with their top-left at (x, y),
/// clipped; `key` (if any) is a transparent colour that is not copied.
pub fn blit(
    s: &mut dyn Surface,
    x: i32,
    y: i32,
    src: &[u8],
    src_w: u32,
    src_h: u32,
    key: Option<u32>,
) {
    let Some((x0, x1)) = clip_span(x.into(), src_w.into(), s.width()) else {
        return;
    };
    let Some((y0, y1)) = clip_span(y.into(), src_h.into(), s.height()) else {
        return;
    };
    for row in y0..y1 {
        let sy = (i64::from(row) - i64::from(y)) as usize;
        for col in x0..x1 {
            let sx = (i64::from(col) - i64::from(x)) as usize;
            let color = le_pixel(src, sy * src_w as usize + sx);
            if key != Some(color) {
                s.store(col, row, color);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec;
    use std::vec::Vec;

    fn surface(w: u32, h: u32) -> Vec<u8> {
        vec![0u8; (w * h * 4) as usize]
    }

    fn pixels(bytes: &[u8]) -> Vec<u32> {
        (0..bytes.len() / 4).map(|i| le_pixel(bytes, i)).collect()
    }

    #[test]
    fn fill_rect_clips_every_side() {
        let mut bytes = surface(4, 3);
        let mut s = BytePixels {
            bytes: &mut bytes,
            width: 4,
            height: 3,
        };
        fill_rect(&mut s, -2, 1, 4, 100, 5);
        fill_rect(&mut s, i32::MAX - 1, 0, i32::MAX, 1, 9);
        fill_rect(&mut s, 0, 0, -3, 2, 9);
        assert_eq!(pixels(&bytes), [0, 0, 0, 0, 5, 5, 0, 0, 5, 5, 0, 0]);
    }

    #[test]
    fn line_is_bresenham_and_clipped() {
        let mut bytes = surface(5, 5);
        let mut s = BytePixels {
            bytes: &mut bytes,
            width: 5,
            height: 5,
        };
        line(&mut s, 0, 0, 4, 2, 1);
        let set: Vec<usize> = pixels(&bytes)
            .iter()
            .enumerate()
            .filter(|p| *p.1 != 0)
            .map(|p| p.0)
            .collect();
        assert_eq!(set, [0, 6, 7, 13, 14]);
        // Far endpoints: clipped before walking, the visible diagonal drawn exactly.
        let mut bytes = surface(5, 5);
        let mut s = BytePixels {
            bytes: &mut bytes,
            width: 5,
            height: 5,
        };
        line(&mut s, i32::MIN, i32::MIN, i32::MAX, i32::MAX, 2);
        let diag: Vec<u32> = (0..5).map(|i| le_pixel(&bytes, i * 6)).collect();
        assert_eq!(diag, [2; 5]);
        assert_eq!(pixels(&bytes).iter().filter(|&&p| p != 0).count(), 5);
        let mut s = BytePixels {
            bytes: &mut bytes,
            width: 5,
            height: 5,
        };
        line(&mut s, -10, -3, -1, 100, 3);
        assert!(!pixels(&bytes).contains(&3));
    }

    #[test]
    fn circles_stay_inside_and_huge_ones_are_cheap() {
        let mut bytes = surface(9, 9);
        let mut s = BytePixels {
            bytes: &mut bytes,
            width: 9,
            height: 9,
        };
        circle(&mut s, 4, 4, 3, 1);
        let p = pixels(&bytes);
        for (x, y) in [(1, 4), (7, 4), (4, 1), (4, 7)] {
            assert_eq!(p[y * 9 + x], 1);
        }
        assert_eq!(p[4 * 9 + 4], 0);
        let mut s = BytePixels {
            bytes: &mut bytes,
            width: 9,
            height: 9,
        };
        fill_circle(&mut s, 4, 4, i32::MAX, 7);
        circle(&mut s, i32::MIN, i32::MAX, i32::MAX, 8);
        assert!(pixels(&bytes).iter().all(|&p| p == 7 || p == 8));
    }

    #[test]
    fn round_sqrt_rounds() {
        assert_eq!(round_sqrt(0), 0);
        assert_eq!(round_sqrt(8), 3);
        assert_eq!(round_sqrt(6), 2);
        assert_eq!(
            round_sqrt(i64::from(i32::MAX) * i64::from(i32::MAX)),
            i64::from(i32::MAX)
        );
    }

    #[test]
    fn text_and_blit_clip_per_pixel() {
        let mut font = vec![0u8; 4096];
        font[usize::from(b'A') * 16] = 0b1000_0001;
        let mut bytes = surface(4, 2);
        let mut s = BytePixels {
            bytes: &mut bytes,
            width: 4,
            height: 2,
        };
        text(&mut s, -4, 0, b"A", &font, 3, Some(1));
        assert_eq!(pixels(&bytes), [1, 1, 1, 3, 1, 1, 1, 1]);
        let src: Vec<u8> = [9u32, 6, 6, 9]
            .iter()
            .flat_map(|p| p.to_le_bytes())
            .collect();
        let mut s = BytePixels {
            bytes: &mut bytes,
            width: 4,
            height: 2,
        };
        blit(&mut s, 3, 1, &src, 2, 2, Some(6));
        blit(&mut s, i32::MIN, 0, &src, 2, 2, None);
        assert_eq!(pixels(&bytes), [1, 1, 1, 3, 1, 1, 1, 9]);
    }
}

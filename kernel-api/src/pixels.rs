//! Pixel buffers (the framebuffer, a back buffer, a desktop window's content) with every
//! write clipped to the buffer, and 8x16 text drawn from `font_data`. Writes go straight to
//! memory: the framebuffer is scanned out continuously, so a store shows. Every pixel
//! access is volatile, so the compiler never merges, drops or reorders stores to the
//! scanned-out memory.

use crate::consts::font::{BYTES as FONT_BYTES, GLYPH_HEIGHT, GLYPH_WIDTH};
use crate::{Kapi, KapiError};
use core::marker::PhantomData;
use core::ptr::NonNull;

/// `width` x `height` XRGB pixels, row-major, stride = width.
pub struct PixelBuffer<'a> {
    base: NonNull<u32>,
    width: u32,
    height: u32,
    _memory: PhantomData<&'a mut [u32]>,
}

/// The part of a span `[start, start + len)` that lies inside `[0, limit)`.
fn clip(start: i64, len: i64, limit: u32) -> Option<(usize, usize)> {
    let from = start.max(0);
    let to = start.saturating_add(len).min(i64::from(limit));
    if from >= to {
        return None;
    }
    Some((usize::try_from(from).ok()?, usize::try_from(to).ok()?))
}

impl<'a> PixelBuffer<'a> {
    /// # Safety
    /// `base` must point at `width * height` writable, 4-byte aligned pixels that stay valid
    /// for `'a` and that no Rust reference aliases.
    pub unsafe fn new(base: *mut u32, width: u32, height: u32) -> Option<Self> {
        if width == 0 || height == 0 {
            return None;
        }
        Some(PixelBuffer {
            base: NonNull::new(base)?,
            width,
            height,
            _memory: PhantomData,
        })
    }

    pub fn width(&self) -> u32 {
        self.width
    }

    pub fn height(&self) -> u32 {
        self.height
    }

    /// Index of an in-bounds pixel.
    fn index(&self, x: usize, y: usize) -> usize {
        y * self.width as usize + x
    }

    fn store(&self, index: usize, color: u32) {
        // SAFETY: callers pass an index below width * height (checked by `clip` or by the
        // bounds test in `put_pixel`), inside the buffer `new` was promised.
        unsafe { self.base.as_ptr().add(index).write_volatile(color) };
    }

    /// Set one pixel; outside the buffer nothing happens.
    pub fn put_pixel(&self, x: i32, y: i32, color: u32) {
        if let (Ok(x), Ok(y)) = (u32::try_from(x), u32::try_from(y)) {
            if x < self.width && y < self.height {
                self.store(self.index(x as usize, y as usize), color);
            }
        }
    }

    /// The pixel at (x, y), or `None` outside the buffer.
    pub fn pixel(&self, x: i32, y: i32) -> Option<u32> {
        let (x, y) = (u32::try_from(x).ok()?, u32::try_from(y).ok()?);
        if x >= self.width || y >= self.height {
            return None;
        }
        let index = self.index(x as usize, y as usize);
        // SAFETY: (x, y) is inside the buffer.
        Some(unsafe { self.base.as_ptr().add(index).read_volatile() })
    }

    /// Fill the part of the rectangle that lies inside the buffer.
    pub fn fill_rect(&self, x: i32, y: i32, w: i32, h: i32, color: u32) {
        let Some((x0, x1)) = clip(x.into(), w.into(), self.width) else {
            return;
        };
        let Some((y0, y1)) = clip(y.into(), h.into(), self.height) else {
            return;
        };
        for row in y0..y1 {
            let start = self.index(0, row);
            for col in x0..x1 {
                self.store(start + col, color);
            }
        }
    }

    /// Fill the whole buffer.
    pub fn fill(&self, color: u32) {
        self.fill_rect(0, 0, i32::MAX, i32::MAX, color);
    }

    /// Copy `src` (rows of `src_width` pixels) with its top-left at (x, y), clipped.
    pub fn blit(&self, x: i32, y: i32, src: &[u32], src_width: usize) -> Result<(), KapiError> {
        if src_width == 0 {
            return Err(KapiError::InvalidArgument);
        }
        let src_height = src.len() / src_width;
        let w = i64::try_from(src_width).map_err(|_| KapiError::InvalidArgument)?;
        let h = i64::try_from(src_height).map_err(|_| KapiError::InvalidArgument)?;
        let Some((x0, x1)) = clip(x.into(), w, self.width) else {
            return Ok(());
        };
        let Some((y0, y1)) = clip(y.into(), h, self.height) else {
            return Ok(());
        };
        // Offsets of the visible part inside `src`: x0 - x and y0 - y, both >= 0.
        let skip_x = usize::try_from(x0 as i64 - i64::from(x)).unwrap_or(0);
        let skip_y = usize::try_from(y0 as i64 - i64::from(y)).unwrap_or(0);
        for (row, src_row) in (y0..y1).zip(src.chunks_exact(src_width).skip(skip_y)) {
            let start = self.index(0, row);
            for (col, &color) in (x0..x1).zip(src_row.iter().skip(skip_x)) {
                self.store(start + col, color);
            }
        }
        Ok(())
    }

    /// Draw one 8x16 glyph with its top-left at (x, y), clipped per pixel; `bg` None leaves
    /// the background pixels as they were.
    pub fn draw_glyph(&self, x: i32, y: i32, glyph: &[u8], fg: u32, bg: Option<u32>) {
        for (dy, &bits) in (0i32..).zip(glyph.iter().take(GLYPH_HEIGHT as usize)) {
            for dx in 0..GLYPH_WIDTH as i32 {
                let on = bits & (0x80 >> dx) != 0;
                let color = if on { Some(fg) } else { bg };
                if let Some(color) = color {
                    self.put_pixel(x.saturating_add(dx), y.saturating_add(dy), color);
                }
            }
        }
    }

    /// Draw text from `font` (256 glyphs x 16 bytes); '\n' returns to `x` one line down.
    pub fn draw_text(&self, x: i32, y: i32, text: &[u8], font: &[u8], fg: u32, bg: Option<u32>) {
        let (mut pen_x, mut pen_y) = (x, y);
        for &byte in text {
            if byte == b'\n' {
                pen_x = x;
                pen_y = pen_y.saturating_add(GLYPH_HEIGHT as i32);
                continue;
            }
            let start = usize::from(byte) * GLYPH_HEIGHT as usize;
            if let Some(glyph) = font.get(start..start + GLYPH_HEIGHT as usize) {
                self.draw_glyph(pen_x, pen_y, glyph, fg, bg);
            }
            pen_x = pen_x.saturating_add(GLYPH_WIDTH as i32);
        }
    }
}

impl<'a> Kapi<'a> {
    /// The framebuffer, or `NoFramebuffer` when there is no display.
    pub fn framebuffer(&self) -> Result<PixelBuffer<'a>, KapiError> {
        let table = self.table;
        // SAFETY: `Kapi::new`'s contract: `fb_base` points at fb_width x fb_height pixels
        // valid for 'a (or is NULL, which `PixelBuffer::new` refuses).
        unsafe { PixelBuffer::new(table.fb_base, table.fb_width, table.fb_height) }
            .ok_or(KapiError::NoFramebuffer)
    }

    /// The console font: 256 glyphs x 16 bytes.
    pub fn font(&self) -> Result<&'a [u8; FONT_BYTES], KapiError> {
        let font = self.table.font_data.cast::<[u8; FONT_BYTES]>();
        // SAFETY: `Kapi::new`'s contract: `font_data` is NULL or holds 4096 bytes for 'a.
        unsafe { font.as_ref() }.ok_or(KapiError::Missing("font_data"))
    }

    pub fn fb_has_hw_double_buffer(&self) -> Result<bool, KapiError> {
        let has = entry!(self, fb_has_hw_double_buffer)?;
        // SAFETY: no arguments.
        Ok(unsafe { has() } != 0)
    }

    /// Show buffer `buffer` (0 or 1) where the hardware can flip.
    pub fn fb_flip(&self, buffer: i32) -> Result<(), KapiError> {
        let fb_flip = entry!(self, fb_flip)?;
        // SAFETY: plain integer argument.
        crate::status(unsafe { fb_flip(buffer) })
    }

    /// The buffer to draw into before `fb_flip` (the visible one under QEMU).
    pub fn fb_backbuffer(&self) -> Result<PixelBuffer<'a>, KapiError> {
        if self.table.fb_base.is_null() {
            return Err(KapiError::NoFramebuffer);
        }
        let get_backbuffer = entry!(self, fb_get_backbuffer)?;
        // SAFETY: no arguments.
        let base = unsafe { get_backbuffer() };
        // SAFETY: the back buffer has the framebuffer's geometry (KAPI.md §5) and lives as
        // long as the framebuffer.
        unsafe { PixelBuffer::new(base, self.table.fb_width, self.table.fb_height) }
            .ok_or(KapiError::NoFramebuffer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec;

    fn with_buffer(
        width: u32,
        height: u32,
        test: impl FnOnce(&PixelBuffer, &dyn Fn() -> std::vec::Vec<u32>),
    ) {
        let mut pixels = vec![0u32; (width * height) as usize];
        let base = pixels.as_mut_ptr();
        let len = pixels.len();
        // SAFETY: `pixels` outlives the buffer and is only read through `base` below.
        let buffer = unsafe { PixelBuffer::new(base, width, height) }.unwrap();
        // SAFETY: reads the same allocation through the same raw pointer.
        let snapshot = || unsafe { std::slice::from_raw_parts(base, len) }.to_vec();
        test(&buffer, &snapshot);
        drop(pixels);
    }

    #[test]
    fn put_pixel_outside_is_ignored() {
        with_buffer(4, 3, |fb, snap| {
            fb.put_pixel(-1, 0, 1);
            fb.put_pixel(4, 0, 1);
            fb.put_pixel(0, 3, 1);
            fb.put_pixel(3, 2, 7);
            let pixels = snap();
            assert_eq!(pixels.iter().filter(|&&p| p != 0).count(), 1);
            assert_eq!(pixels[11], 7);
            assert_eq!(fb.pixel(3, 2), Some(7));
            assert_eq!(fb.pixel(4, 2), None);
        });
    }

    #[test]
    fn fill_rect_is_clipped() {
        with_buffer(4, 3, |fb, snap| {
            fb.fill_rect(-2, 1, 4, 100, 5);
            assert_eq!(snap(), [0, 0, 0, 0, 5, 5, 0, 0, 5, 5, 0, 0]);
            fb.fill_rect(i32::MAX - 1, 0, i32::MAX, 1, 9);
            fb.fill_rect(0, 0, -3, 2, 9);
            assert!(!snap().contains(&9));
        });
    }

    #[test]
    fn blit_is_clipped_on_every_side() {
        with_buffer(3, 3, |fb, snap| {
            let src = [1, 2, 3, 4];
            fb.blit(-1, -1, &src, 2).unwrap();
            assert_eq!(snap(), [4, 0, 0, 0, 0, 0, 0, 0, 0]);
            fb.blit(2, 2, &src, 2).unwrap();
            assert_eq!(snap()[8], 1);
            assert_eq!(fb.blit(0, 0, &src, 0), Err(KapiError::InvalidArgument));
        });
    }

    #[test]
    fn glyph_bits_are_msb_first() {
        with_buffer(8, 2, |fb, snap| {
            let mut font = [0u8; FONT_BYTES];
            font[usize::from(b'A') * 16] = 0b1000_0001;
            fb.draw_text(0, 0, b"A", &font, 3, Some(1));
            let pixels = snap();
            assert_eq!(&pixels[..8], &[3, 1, 1, 1, 1, 1, 1, 3]);
            assert_eq!(&pixels[8..], &[1; 8]);
        });
    }
}

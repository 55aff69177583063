//! The framebuffer: 1280x800 XRGB8888 in kernel-heap RAM, scanned out by QEMU's ramfb
//! device when the machine has one (`-device ramfb`: fw_cfg file `etc/ramfb`), as on
//! VibeOS; without it `fb_base` is NULL and the sizes 0. Tests take pictures with QMP
//! `screendump`. Drawing entries clip to the buffer (kapi has no memory protection).

use alloc::vec::Vec;
use core::sync::atomic::{AtomicPtr, AtomicU32, Ordering};
use spin::Once;

const WIDTH: u32 = 1280;
const HEIGHT: u32 = 800;
/// DRM_FORMAT_XRGB8888, the fourcc 'XR24'.
const XRGB8888: u32 = u32::from_le_bytes(*b"XR24");
const GLYPH_HEIGHT: u32 = 16;

static BASE: AtomicPtr<u32> = AtomicPtr::new(core::ptr::null_mut());
static FB_WIDTH: AtomicU32 = AtomicU32::new(0);
static FB_HEIGHT: AtomicU32 = AtomicU32::new(0);
static FONT: Once<[u8; 256 * 16]> = Once::new();

pub fn init() {
    let Some((selector, _)) = crate::fwcfg::find("etc/ramfb") else {
        return;
    };
    let pixels = (WIDTH * HEIGHT) as usize;
    let mut buffer: Vec<u32> = Vec::new();
    if buffer.try_reserve_exact(pixels).is_err() {
        return;
    }
    buffer.resize(pixels, 0);
    let base = buffer.leak().as_mut_ptr();
    // RAMFBCfg: address, fourcc, flags, width, height, stride; big-endian, packed.
    let mut config = [0u8; 28];
    config[0..8].copy_from_slice(&(base as u64).to_be_bytes());
    config[8..12].copy_from_slice(&XRGB8888.to_be_bytes());
    config[16..20].copy_from_slice(&WIDTH.to_be_bytes());
    config[20..24].copy_from_slice(&HEIGHT.to_be_bytes());
    config[24..28].copy_from_slice(&(WIDTH * 4).to_be_bytes());
    if crate::fwcfg::write(selector, &config) {
        BASE.store(base, Ordering::Relaxed);
        FB_WIDTH.store(WIDTH, Ordering::Relaxed);
        FB_HEIGHT.store(HEIGHT, Ordering::Relaxed);
    }
}

pub fn base() -> *mut u32 {
    BASE.load(Ordering::Relaxed)
}

pub fn size() -> (u32, u32) {
    (
        FB_WIDTH.load(Ordering::Relaxed),
        FB_HEIGHT.load(Ordering::Relaxed),
    )
}

/// The 8x16 font offered as `font_data` (KAPI.md: 256 glyphs x 16 bytes, MSB leftmost),
/// made from font8x8's public-domain glyphs: each 8x8 row twice, bits reversed.
pub fn font() -> &'static [u8; 256 * 16] {
    FONT.call_once(|| {
        use font8x8::legacy::{BASIC_LEGACY, LATIN_LEGACY};
        let mut font = [0u8; 256 * 16];
        for (code, glyph) in font.chunks_exact_mut(16).enumerate() {
            let rows = match code {
                0x00..=0x7f => BASIC_LEGACY[code],
                0xa0..=0xff => LATIN_LEGACY[code - 0xa0],
                _ => [0; 8],
            };
            for (i, row) in rows.iter().enumerate() {
                glyph[2 * i] = row.reverse_bits();
                glyph[2 * i + 1] = row.reverse_bits();
            }
        }
        font
    })
}

pub fn fill_rect(x: u32, y: u32, w: u32, h: u32, color: u32) {
    let (width, height) = size();
    let base = base();
    if base.is_null() || x >= width || y >= height {
        return;
    }
    let x_end = x.saturating_add(w).min(width);
    let y_end = y.saturating_add(h).min(height);
    for row in y..y_end {
        for col in x..x_end {
            // SAFETY: row < height and col < width, inside the width x height buffer.
            unsafe {
                base.add((row * width + col) as usize)
                    .write_volatile(color & 0x00ff_ffff)
            };
        }
    }
}

pub fn put_pixel(x: u32, y: u32, color: u32) {
    fill_rect(x, y, 1, 1, color);
}

/// A glyph with its background; skipped unless wholly on screen (as on VibeOS).
pub fn draw_char(x: u32, y: u32, c: u8, fg: u32, bg: u32) {
    let (width, height) = size();
    if x.saturating_add(8) > width || y.saturating_add(GLYPH_HEIGHT) > height {
        return;
    }
    let glyph = &font()[usize::from(c) * 16..usize::from(c) * 16 + 16];
    for (dy, bits) in (0u32..).zip(glyph) {
        for dx in 0..8u32 {
            let on = bits & (0x80 >> dx) != 0;
            put_pixel(x + dx, y + dy, if on { fg } else { bg });
        }
    }
}

/// A string from (x, y); '\n' goes back to x, 16 pixels down.
pub fn draw_string(x: u32, y: u32, text: &[u8], fg: u32, bg: u32) {
    let (mut cx, mut cy) = (x, y);
    for &c in text {
        if c == b'\n' {
            cx = x;
            cy = cy.saturating_add(GLYPH_HEIGHT);
        } else {
            draw_char(cx, cy, c, fg, bg);
            cx = cx.saturating_add(8);
        }
    }
}

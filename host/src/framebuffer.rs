//! The host framebuffer: `width` x `height` XRGB pixels in memory (default 640x480), the
//! kapi drawing entries over it (every write clipped, a glyph not wholly on screen skipped,
//! as VibeOS does), and `save_png` to look at the result.

use crate::font;
use std::sync::OnceLock;

pub struct Framebuffer {
    /// Address of the leaked pixel array (`width * height` u32).
    base: usize,
    pub width: u32,
    pub height: u32,
}

static FRAMEBUFFER: OnceLock<Framebuffer> = OnceLock::new();

/// Allocate the framebuffer once; later calls keep the first geometry.
pub fn init(width: u32, height: u32) -> &'static Framebuffer {
    FRAMEBUFFER.get_or_init(|| {
        let pixels = vec![0u32; width as usize * height as usize].into_boxed_slice();
        Framebuffer {
            base: Box::leak(pixels).as_mut_ptr() as usize,
            width,
            height,
        }
    })
}

pub fn get() -> Option<&'static Framebuffer> {
    FRAMEBUFFER.get()
}

impl Framebuffer {
    pub fn base(&self) -> *mut u32 {
        self.base as *mut u32
    }

    fn len(&self) -> usize {
        self.width as usize * self.height as usize
    }

    pub fn put_pixel(&self, x: u32, y: u32, color: u32) {
        if x < self.width && y < self.height {
            let index = y as usize * self.width as usize + x as usize;
            // SAFETY: index < width * height, the size of the leaked array.
            unsafe { self.base().add(index).write(color) };
        }
    }

    pub fn fill_rect(&self, x: u32, y: u32, w: u32, h: u32, color: u32) {
        let x_end = x.saturating_add(w).min(self.width);
        let y_end = y.saturating_add(h).min(self.height);
        for row in y..y_end {
            for col in x..x_end {
                self.put_pixel(col, row, color);
            }
        }
    }

    /// One glyph with its background; skipped unless wholly on screen.
    pub fn draw_char(&self, x: u32, y: u32, c: u8, fg: u32, bg: u32) {
        if x.saturating_add(8) > self.width || y.saturating_add(16) > self.height {
            return;
        }
        let glyph = &font::font()[usize::from(c) * 16..][..16];
        for (dy, &bits) in (0u32..).zip(glyph) {
            for dx in 0..8u32 {
                let on = bits & (0x80 >> dx) != 0;
                self.put_pixel(x + dx, y + dy, if on { fg } else { bg });
            }
        }
    }

    /// Text; '\n' returns to `x` 16 pixels down.
    pub fn draw_string(&self, x: u32, y: u32, text: &[u8], fg: u32, bg: u32) {
        let (mut pen_x, mut pen_y) = (x, y);
        for &c in text {
            if c == b'\n' {
                pen_x = x;
                pen_y = pen_y.saturating_add(16);
            } else {
                self.draw_char(pen_x, pen_y, c, fg, bg);
                pen_x = pen_x.saturating_add(8);
            }
        }
    }

    /// A copy of the pixels.
    pub fn snapshot(&self) -> Vec<u32> {
        // SAFETY: the leaked array holds len() pixels and lives for the whole program.
        unsafe { std::slice::from_raw_parts(self.base(), self.len()) }.to_vec()
    }

    /// Write the framebuffer as an 8-bit RGB PNG.
    pub fn save_png(&self, path: &std::path::Path) -> std::io::Result<()> {
        let file = std::io::BufWriter::new(std::fs::File::create(path)?);
        let mut encoder = png::Encoder::new(file, self.width, self.height);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().map_err(std::io::Error::other)?;
        let rgb: Vec<u8> = self
            .snapshot()
            .iter()
            .flat_map(|&p| [(p >> 16) as u8, (p >> 8) as u8, p as u8])
            .collect();
        writer
            .write_image_data(&rgb)
            .map_err(std::io::Error::other)?;
        writer.finish().map_err(std::io::Error::other)
    }
}

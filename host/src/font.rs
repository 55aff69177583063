//! The 8x16 console font offered as `font_data`: 256 glyphs x 16 bytes, one byte per row,
//! most significant bit leftmost (KAPI.md "Graphics").
//!
//! Source: the `font8x8` crate (MIT licence, public-domain 8x8 glyphs by Daniel Hepper):
//! `BASIC_LEGACY` for codes 0x00-0x7F and `LATIN_LEGACY` (U+00A0-U+00FF) for 0xA0-0xFF;
//! 0x80-0x9F are blank. Each 8x8 row is drawn twice to make 8x16, and its bits are
//! reversed, because font8x8 stores the leftmost pixel in the least significant bit.

use font8x8::legacy::{BASIC_LEGACY, LATIN_LEGACY};
use std::sync::OnceLock;

pub const FONT_BYTES: usize = 256 * 16;

static FONT: OnceLock<[u8; FONT_BYTES]> = OnceLock::new();

fn glyph_8x8(code: usize) -> [u8; 8] {
    match code {
        0x00..=0x7f => BASIC_LEGACY[code],
        0xa0..=0xff => LATIN_LEGACY[code - 0xa0],
        _ => [0; 8],
    }
}

fn build() -> [u8; FONT_BYTES] {
    let mut font = [0u8; FONT_BYTES];
    for (code, glyph) in font.chunks_exact_mut(16).enumerate() {
        for (row, &bits) in glyph_8x8(code).iter().enumerate() {
            let bits = bits.reverse_bits();
            glyph[2 * row] = bits;
            glyph[2 * row + 1] = bits;
        }
    }
    font
}

pub fn font() -> &'static [u8; FONT_BYTES] {
    FONT.get_or_init(build)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glyphs_are_doubled_rows_msb_left() {
        let font = font();
        let a = &font[usize::from(b'A') * 16..][..16];
        assert_eq!(a[0], a[1]);
        assert!(a.iter().any(|&row| row != 0));
        // font8x8's '|' sits left of centre: with the MSB leftmost that is the high nibble.
        let pipe = &font[usize::from(b'|') * 16..][..16];
        assert!(pipe.iter().all(|&row| row == 0 || row & 0xf0 != 0));
        assert!(font[..16].iter().all(|&row| row == 0));
        assert!(font[0x80 * 16..0xa0 * 16].iter().all(|&row| row == 0));
    }
}

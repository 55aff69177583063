//! Operand encodings of MPY.md §2: vuint, signed varint, jump offsets.
//!
//! Writers append to a `Vec<u8>` with `try_reserve`, so a caller can turn exhaustion into
//! MemoryError. Readers never panic: a truncated input is `None`.

use alloc::vec::Vec;

/// Error when a byte buffer cannot grow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutOfMemory;

/// Append one byte, failing instead of aborting when memory runs out.
pub fn push_byte(out: &mut Vec<u8>, b: u8) -> Result<(), OutOfMemory> {
    out.try_reserve(1).map_err(|_| OutOfMemory)?;
    out.push(b);
    Ok(())
}

/// Append bytes, failing instead of aborting when memory runs out.
pub fn push_bytes(out: &mut Vec<u8>, bytes: &[u8]) -> Result<(), OutOfMemory> {
    out.try_reserve(bytes.len()).map_err(|_| OutOfMemory)?;
    out.extend_from_slice(bytes);
    Ok(())
}

/// Number of bytes the vuint form of `v` takes (§2.1).
pub fn vuint_len(mut v: u64) -> usize {
    let mut n = 1;
    while v >= 0x80 {
        v >>= 7;
        n += 1;
    }
    n
}

/// Append `v` as a vuint: 7-bit groups, most significant first, bit 7 = more follows.
pub fn write_vuint(out: &mut Vec<u8>, v: u64) -> Result<(), OutOfMemory> {
    let mut buf = [0u8; 10];
    let mut i = buf.len();
    let mut rest = v;
    i -= 1;
    buf[i] = (rest & 0x7f) as u8;
    rest >>= 7;
    while rest != 0 {
        i -= 1;
        buf[i] = 0x80 | (rest & 0x7f) as u8;
        rest >>= 7;
    }
    push_bytes(out, &buf[i..])
}

/// Read a vuint at `*pos`, advancing it. `None` if the input ends first or overflows u64.
pub fn read_vuint(data: &[u8], pos: &mut usize) -> Option<u64> {
    let mut v: u64 = 0;
    loop {
        let b = *data.get(*pos)?;
        *pos += 1;
        if v > (u64::MAX >> 7) {
            return None;
        }
        v = (v << 7) | u64::from(b & 0x7f);
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
}

/// Append `v` as the signed varint of `LOAD_CONST_SMALL_INT` (§2.2), minimal form.
pub fn write_signed(out: &mut Vec<u8>, v: i64) -> Result<(), OutOfMemory> {
    let mut groups = [0u8; 10];
    let mut n = 0;
    let mut rest = v;
    loop {
        groups[n] = (rest & 0x7f) as u8;
        n += 1;
        rest >>= 7;
        if rest == 0 || rest == -1 {
            break;
        }
    }
    let top = groups[n - 1];
    let negative = v < 0;
    if negative && top & 0x40 == 0 {
        groups[n] = 0x7f;
        n += 1;
    } else if !negative && top & 0x40 != 0 {
        groups[n] = 0x00;
        n += 1;
    }
    out.try_reserve(n).map_err(|_| OutOfMemory)?;
    for i in (0..n).rev() {
        out.push(if i == 0 { groups[i] } else { groups[i] | 0x80 });
    }
    Ok(())
}

/// Read a signed varint at `*pos`, advancing it.
pub fn read_signed(data: &[u8], pos: &mut usize) -> Option<i64> {
    let first = *data.get(*pos)?;
    let mut v: i64 = if first & 0x40 != 0 { -1 } else { 0 };
    loop {
        let b = *data.get(*pos)?;
        *pos += 1;
        if (v >> 56) != 0 && (v >> 56) != -1 {
            return None;
        }
        v = (v << 7) | i64::from(b & 0x7f);
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
}

/// Read a jump operand (§2.3) at `*pos`, advancing it; returns the signed or unsigned value.
pub fn read_jump(data: &[u8], pos: &mut usize, signed: bool) -> Option<i64> {
    let b0 = *data.get(*pos)?;
    *pos += 1;
    if b0 < 0x80 {
        let v = i64::from(b0);
        return Some(if signed { v - 0x40 } else { v });
    }
    let b1 = *data.get(*pos)?;
    *pos += 1;
    let v = i64::from(b0 & 0x7f) | (i64::from(b1) << 7);
    Some(if signed { v - 0x4000 } else { v })
}

/// Encode a jump operand; `long` selects the 2-byte form. `None` if `value` does not fit.
pub fn encode_jump(value: i64, signed: bool, long: bool) -> Option<([u8; 2], usize)> {
    if long {
        let raw = if signed { value + 0x4000 } else { value };
        if !(0..=0x7fff).contains(&raw) {
            return None;
        }
        Some(([0x80 | (raw & 0x7f) as u8, (raw >> 7) as u8], 2))
    } else {
        let raw = if signed { value + 0x40 } else { value };
        if !(0..=0x7f).contains(&raw) {
            return None;
        }
        Some(([raw as u8, 0], 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    #[test]
    fn vuint_table_of_mpy_md() {
        let cases: [(u64, &[u8]); 7] = [
            (0, &[0x00]),
            (127, &[0x7f]),
            (128, &[0x81, 0x00]),
            (300, &[0x82, 0x2c]),
            (16383, &[0xff, 0x7f]),
            (16384, &[0x81, 0x80, 0x00]),
            (0xffff_ffff, &[0x8f, 0xff, 0xff, 0xff, 0x7f]),
        ];
        for (v, bytes) in cases {
            let mut out = vec![];
            write_vuint(&mut out, v).unwrap();
            assert_eq!(out, bytes, "{v}");
            assert_eq!(vuint_len(v), bytes.len());
            let mut pos = 0;
            assert_eq!(read_vuint(&out, &mut pos), Some(v));
            assert_eq!(pos, bytes.len());
        }
    }

    #[test]
    fn signed_table_of_mpy_md() {
        let cases: [(i64, &[u8]); 12] = [
            (0, &[0x00]),
            (-1, &[0x7f]),
            (63, &[0x3f]),
            (-64, &[0x40]),
            (64, &[0x80, 0x40]),
            (-65, &[0xff, 0x3f]),
            (100, &[0x80, 0x64]),
            (-17, &[0x6f]),
            (1000, &[0x87, 0x68]),
            (-1000, &[0xf8, 0x18]),
            ((1 << 30) - 1, &[0x83, 0xff, 0xff, 0xff, 0x7f]),
            (-(1 << 30), &[0xfc, 0x80, 0x80, 0x80, 0x00]),
        ];
        for (v, bytes) in cases {
            let mut out = vec![];
            write_signed(&mut out, v).unwrap();
            assert_eq!(out, bytes, "{v}");
            let mut pos = 0;
            assert_eq!(read_signed(&out, &mut pos), Some(v));
        }
    }

    #[test]
    fn jump_offsets() {
        assert_eq!(encode_jump(3, true, false), Some(([0x43, 0], 1)));
        assert_eq!(encode_jump(-200, true, true), Some(([0xb8, 0x7e], 2)));
        let mut pos = 0;
        assert_eq!(read_jump(&[0xb8, 0x7e], &mut pos, true), Some(-200));
        assert_eq!(encode_jump(128, false, false), None);
        assert_eq!(encode_jump(-65, true, false), None);
    }

    #[test]
    fn truncated_input_is_none() {
        let mut pos = 0;
        assert_eq!(read_vuint(&[0x81], &mut pos), None);
        let mut pos = 0;
        assert_eq!(read_jump(&[0x81], &mut pos, false), None);
    }
}

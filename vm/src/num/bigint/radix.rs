//! Integers as text in bases 2..=36: writing (`str`, `hex`, `format`) and parsing
//! (`int(text, base)` and integer literals).
//!
//! Power-of-two bases map bits to digits directly. Other bases repeatedly divide by the
//! largest power of the base that fits a limb (10^9 for decimal), so each division step
//! yields several digits.

use core::fmt;

use super::mag::{
    bit_length, bits_at, divmod_small_in_place, mul_small_add_in_place, trim, trimmed_len,
};
use super::{need, prefix_mut, BigIntError, SignedLen};
use crate::num::strip_python_space;

const DIGITS_LOWER: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
const DIGITS_UPPER: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// The largest power of `radix` that fits a limb, and its exponent.
fn big_base(radix: u32) -> (u32, usize) {
    let mut power = radix;
    let mut digits = 1;
    while let Some(next) = power.checked_mul(radix) {
        power = next;
        digits += 1;
    }
    (power, digits)
}

fn check_radix(radix: u32) -> Result<(), BigIntError> {
    if (2..=36).contains(&radix) {
        Ok(())
    } else {
        Err(BigIntError::InvalidRadix)
    }
}

/// `floor(log2(radix))`: a lower bound on the bits each digit carries.
fn bits_per_digit_floor(radix: u32) -> u64 {
    u64::from(31 - radix.max(2).leading_zeros())
}

/// Upper bound on the digits [`to_str_radix`] writes for a magnitude of `mag_len`
/// limbs (at least 1: zero is written as "0"); no sign.
pub fn to_str_radix_len(mag_len: usize, radix: u32) -> usize {
    let bits = (mag_len as u64).saturating_mul(32);
    let digits = bits / bits_per_digit_floor(radix) + 1;
    usize::try_from(digits).unwrap_or(usize::MAX)
}

/// Scratch length [`to_str_radix`] and [`write_str_radix`] need.
pub fn to_str_radix_scratch_len(mag_len: usize, radix: u32) -> usize {
    if radix.is_power_of_two() {
        return 0;
    }
    let (power, _) = big_base(radix);
    let chunk_bits = u64::from(31 - power.leading_zeros());
    let chunks = (mag_len as u64).saturating_mul(32) / chunk_bits + 1;
    mag_len.saturating_add(usize::try_from(chunks).unwrap_or(usize::MAX))
}

/// Receives digits most significant first.
trait DigitSink {
    fn put(&mut self, digits: &[u8]) -> Result<(), BigIntError>;
}

struct FmtSink<'a> {
    out: &'a mut dyn fmt::Write,
}

impl DigitSink for FmtSink<'_> {
    fn put(&mut self, digits: &[u8]) -> Result<(), BigIntError> {
        let text = core::str::from_utf8(digits).map_err(|_| BigIntError::Write)?;
        self.out.write_str(text).map_err(|_| BigIntError::Write)
    }
}

struct ByteSink<'a> {
    out: &'a mut [u8],
    pos: usize,
}

impl DigitSink for ByteSink<'_> {
    fn put(&mut self, digits: &[u8]) -> Result<(), BigIntError> {
        let end = self.pos + digits.len();
        self.out
            .get_mut(self.pos..end)
            .ok_or(BigIntError::BufferTooSmall)?
            .copy_from_slice(digits);
        self.pos = end;
        Ok(())
    }
}

/// Writes the magnitude's digits (no sign, no prefix) to `out`; returns how many.
pub fn write_str_radix(
    mag: &[u32],
    radix: u32,
    upper: bool,
    out: &mut dyn fmt::Write,
    scratch: &mut [u32],
) -> Result<usize, BigIntError> {
    radix_digits(mag, radix, upper, &mut FmtSink { out }, scratch)
}

/// Writes the magnitude's digits (no sign, no prefix) to the front of `out`; returns
/// how many. `out` needs [`to_str_radix_len`] bytes.
pub fn to_str_radix(
    mag: &[u32],
    radix: u32,
    upper: bool,
    out: &mut [u8],
    scratch: &mut [u32],
) -> Result<usize, BigIntError> {
    let mut sink = ByteSink { out, pos: 0 };
    radix_digits(mag, radix, upper, &mut sink, scratch)
}

fn radix_digits(
    mag: &[u32],
    radix: u32,
    upper: bool,
    sink: &mut dyn DigitSink,
    scratch: &mut [u32],
) -> Result<usize, BigIntError> {
    check_radix(radix)?;
    let mag = trim(mag);
    let table = if upper { DIGITS_UPPER } else { DIGITS_LOWER };
    if mag.is_empty() {
        sink.put(b"0")?;
        return Ok(1);
    }
    if radix.is_power_of_two() {
        return power_of_two_digits(mag, radix, table, sink);
    }
    need(scratch, to_str_radix_scratch_len(mag.len(), radix))?;
    let (power, chunk_digits) = big_base(radix);
    let (work, chunks) = scratch.split_at_mut(mag.len());
    work.copy_from_slice(mag);
    let mut len = work.len();
    let mut n_chunks = 0;
    while len > 0 {
        let (new_len, rem) = divmod_small_in_place(&mut work[..len], power)?;
        len = new_len;
        *chunks
            .get_mut(n_chunks)
            .ok_or(BigIntError::BufferTooSmall)? = rem;
        n_chunks += 1;
    }
    let mut written = 0;
    let mut buf = [0u8; 32];
    for (i, &chunk) in chunks[..n_chunks].iter().enumerate().rev() {
        let mut value = chunk;
        let mut pos = buf.len();
        // every chunk but the leading one is zero-padded to its full width
        let min_digits = if i + 1 == n_chunks { 1 } else { chunk_digits };
        while value > 0 || buf.len() - pos < min_digits {
            pos -= 1;
            buf[pos] = table[(value % radix) as usize];
            value /= radix;
        }
        sink.put(&buf[pos..])?;
        written += buf.len() - pos;
    }
    Ok(written)
}

fn power_of_two_digits(
    mag: &[u32],
    radix: u32,
    table: &[u8; 36],
    sink: &mut dyn DigitSink,
) -> Result<usize, BigIntError> {
    let bits = u64::from(radix.trailing_zeros());
    let n_digits = bit_length(mag).div_ceil(bits);
    let mask = (1u64 << bits) - 1;
    let mut buf = [0u8; 64];
    let mut filled = 0;
    for i in (0..n_digits).rev() {
        let digit = bits_at(mag, i * bits) & mask;
        buf[filled] = table[digit as usize];
        filled += 1;
        if filled == buf.len() {
            sink.put(&buf)?;
            filled = 0;
        }
    }
    sink.put(&buf[..filled])?;
    usize::try_from(n_digits).map_err(|_| BigIntError::Overflow)
}

/// Output length [`from_str_radix`] needs for `n_digits` digits.
pub fn from_str_radix_len(n_digits: usize, radix: u32) -> usize {
    let bits_ceil = u64::from(32 - radix.saturating_sub(1).max(1).leading_zeros());
    let bits = (n_digits as u64).saturating_mul(bits_ceil);
    usize::try_from(bits / 32 + 2).unwrap_or(usize::MAX)
}

/// The value of an ASCII digit or letter, if below `radix`.
fn digit_value(c: u8, radix: u32) -> Option<u32> {
    let v = match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'a'..=b'z' => u32::from(c - b'a') + 10,
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => return None,
    };
    (v < radix).then_some(v)
}

/// Parses plain digits (ASCII, letters in either case; no sign, prefix, underscores or
/// spaces) into `out`; returns the used length. Empty input is `InvalidLiteral`.
pub fn from_str_radix(digits: &[u8], radix: u32, out: &mut [u32]) -> Result<usize, BigIntError> {
    check_radix(radix)?;
    if digits.is_empty() {
        return Err(BigIntError::InvalidLiteral);
    }
    let out = prefix_mut(out, from_str_radix_len(digits.len(), radix))?;
    out.fill(0);
    if radix.is_power_of_two() {
        let bits = radix.trailing_zeros() as usize;
        for (i, &c) in digits.iter().rev().enumerate() {
            let v = digit_value(c, radix).ok_or(BigIntError::InvalidLiteral)?;
            let bit = i * bits;
            if let Some(limb) = out.get_mut(bit / 32) {
                *limb |= v << (bit % 32);
            }
            if bit % 32 + bits > 32 {
                if let Some(limb) = out.get_mut(bit / 32 + 1) {
                    *limb |= v >> (32 - bit % 32);
                }
            }
        }
        return Ok(trimmed_len(out));
    }
    accumulate(digits.iter().copied(), digits.len(), radix, out)
}

/// Builds `out` from `n_digits` valid digits, most significant first, a limb-sized
/// chunk of digits per multiply-add step; returns the used length.
fn accumulate(
    digits: impl Iterator<Item = u8>,
    n_digits: usize,
    radix: u32,
    out: &mut [u32],
) -> Result<usize, BigIntError> {
    let (power, chunk_digits) = big_base(radix);
    // the short chunk goes first so every later one scales by the full power
    let mut want = match n_digits % chunk_digits {
        0 => chunk_digits,
        n => n,
    };
    let mut len = 0;
    let mut value = 0u32;
    let mut filled = 0;
    for c in digits {
        value = value * radix + digit_value(c, radix).ok_or(BigIntError::InvalidLiteral)?;
        filled += 1;
        if filled == want {
            let scale = if want == chunk_digits {
                power
            } else {
                radix.pow(want as u32)
            };
            len = mul_small_add_in_place(out, len, scale, value)?;
            value = 0;
            filled = 0;
            want = chunk_digits;
        }
    }
    Ok(len)
}

/// Output length [`parse_int`] needs for text of `text_len` bytes.
pub fn parse_int_len(text_len: usize) -> usize {
    from_str_radix_len(text_len, 36)
}

/// Parses `text` as Python's `int(text, base)` does: surrounding whitespace, an optional
/// sign, for bases 0/2/8/16 an optional `0b`/`0o`/`0x` prefix (base 0 picks the base
/// from it, and then forbids leading zeros on non-zero decimals), and single
/// underscores between digits or after the prefix. ASCII digits only. `InvalidRadix`
/// for a base outside 0 and 2..=36, `InvalidLiteral` for anything else wrong.
pub fn parse_int(text: &str, base: u32, out: &mut [u32]) -> Result<SignedLen, BigIntError> {
    if base == 1 || base > 36 {
        return Err(BigIntError::InvalidRadix);
    }
    let mut rest = strip_python_space(text).as_bytes();
    let negative = rest.first() == Some(&b'-');
    if let [b'-' | b'+', tail @ ..] = rest {
        rest = tail;
    }
    let prefix_base = match rest {
        [b'0', b'x' | b'X', ..] => Some(16),
        [b'0', b'o' | b'O', ..] => Some(8),
        [b'0', b'b' | b'B', ..] => Some(2),
        _ => None,
    };
    let mut radix = base;
    let mut after_prefix = false;
    if let Some(pb) = prefix_base {
        if base == 0 || base == pb {
            radix = pb;
            rest = rest.get(2..).unwrap_or(&[]);
            after_prefix = true;
        }
    }
    let mut zero_leading_decimal = false;
    if radix == 0 {
        radix = 10;
        zero_leading_decimal = rest.first() == Some(&b'0');
    }
    let mut n_digits = 0usize;
    let mut underscore_allowed = after_prefix;
    for &c in rest {
        if c == b'_' {
            if !underscore_allowed {
                return Err(BigIntError::InvalidLiteral);
            }
            underscore_allowed = false;
        } else {
            digit_value(c, radix).ok_or(BigIntError::InvalidLiteral)?;
            underscore_allowed = true;
            n_digits += 1;
        }
    }
    if n_digits == 0 || rest.last() == Some(&b'_') {
        return Err(BigIntError::InvalidLiteral);
    }
    if zero_leading_decimal && rest.iter().any(|&c| c != b'0' && c != b'_') {
        return Err(BigIntError::InvalidLiteral);
    }
    let out = prefix_mut(out, from_str_radix_len(n_digits, radix))?;
    out.fill(0);
    let digits = rest.iter().copied().filter(|&c| c != b'_');
    let len = accumulate(digits, n_digits, radix, out)?;
    Ok(SignedLen::new(negative, len))
}

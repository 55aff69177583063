//! Conversions between magnitudes and machine integers, f64 (correctly rounded, exact
//! comparisons, true division) and byte strings (`int.to_bytes` / `int.from_bytes`).

use core::cmp::Ordering;

use super::div::divmod_mag_lens;
use super::div::{divmod_mag, divmod_scratch_len};
use super::mag::{
    any_bits_below, bit_length, bits_at, cmp_mag, shl_mag, shl_mag_len, trim, trimmed_len,
};
use super::{need, prefix_mut, BigIntError, IntRef, SignedLen};

/// `v` as a magnitude in `buf`.
pub fn u64_to_mag(v: u64, buf: &mut [u32; 2]) -> &[u32] {
    *buf = [v as u32, (v >> 32) as u32];
    trim(buf)
}

/// `v` as a magnitude in `buf`.
pub fn u128_to_mag(v: u128, buf: &mut [u32; 4]) -> &[u32] {
    *buf = [
        v as u32,
        (v >> 32) as u32,
        (v >> 64) as u32,
        (v >> 96) as u32,
    ];
    trim(buf)
}

/// The magnitude as a `u64`, if it fits.
pub fn mag_to_u64(a: &[u32]) -> Option<u64> {
    mag_to_u128(a).and_then(|v| u64::try_from(v).ok())
}

/// The magnitude as a `u128`, if it fits.
pub fn mag_to_u128(a: &[u32]) -> Option<u128> {
    let a = trim(a);
    if a.len() > 4 {
        return None;
    }
    Some(
        a.iter()
            .rev()
            .fold(0u128, |acc, &l| acc << 32 | u128::from(l)),
    )
}

/// The value as an `i64`, if it fits.
pub fn to_i64(x: IntRef) -> Option<i64> {
    to_i128(x).and_then(|v| i64::try_from(v).ok())
}

/// The value as a `u64`, if it is non-negative and fits.
pub fn to_u64(x: IntRef) -> Option<u64> {
    if x.negative {
        None
    } else {
        mag_to_u64(x.mag)
    }
}

/// The value as an `i128`, if it fits.
pub fn to_i128(x: IntRef) -> Option<i128> {
    let m = mag_to_u128(x.mag)?;
    if x.negative {
        0i128.checked_sub_unsigned(m)
    } else {
        i128::try_from(m).ok()
    }
}

/// The nearest f64 (ties to even), or `Overflow` when it would be infinite
/// ("int too large to convert to float").
pub fn to_f64(x: IntRef) -> Result<f64, BigIntError> {
    let bits = bit_length(x.mag);
    let magnitude = if bits <= 64 {
        // Rust's u64 → f64 cast rounds to nearest, ties to even.
        mag_to_u64(x.mag).unwrap_or(0) as f64
    } else {
        let shift = bits - 64;
        let top = bits_at(x.mag, shift);
        let exp = i64::try_from(shift).map_err(|_| BigIntError::Overflow)?;
        compose_f64(top, any_bits_below(x.mag, shift), exp).ok_or(BigIntError::Overflow)?
    };
    Ok(if x.negative { -magnitude } else { magnitude })
}

/// The f64 nearest to `(mant + ε) · 2^exp` where ε is absent if `!sticky` and otherwise
/// some value in (0, 1); rounds ties to even, including into the subnormal range.
/// When `sticky` is set `mant` must carry at least two bits below the kept precision.
/// `None` if the result overflows.
pub(crate) fn compose_f64(mant: u64, sticky: bool, exp: i64) -> Option<f64> {
    if mant == 0 {
        return Some(0.0);
    }
    let bits = i64::from(64 - mant.leading_zeros());
    let top_exp = exp.saturating_add(bits - 1);
    if top_exp > 1023 {
        return None;
    }
    // keep 53 significant bits, or fewer where the subnormal grid 2^-1074 is coarser
    let lowest_kept = (top_exp - 52).max(-1074);
    let drop = lowest_kept - exp;
    let (kept, result_exp) = if drop <= 0 {
        (mant, exp)
    } else if drop >= 128 {
        (0, lowest_kept)
    } else {
        let wide = u128::from(mant);
        let kept = wide >> drop;
        let rem = wide & ((1u128 << drop) - 1);
        let half = 1u128 << (drop - 1);
        let round_up = rem > half || (rem == half && (sticky || kept & 1 == 1));
        ((kept + u128::from(round_up)) as u64, lowest_kept)
    };
    let value = scale_by_power_of_two(kept as f64, result_exp);
    if value.is_infinite() {
        None
    } else {
        Some(value)
    }
}

/// `x · 2^e`, exact whenever the result is representable (`x` an integer below 2^64).
pub(crate) fn scale_by_power_of_two(mut x: f64, mut e: i64) -> f64 {
    while e > 1023 {
        x *= power_of_two(1023);
        e -= 1023;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1022 {
        x *= power_of_two(-1022);
        e += 1022;
        if x == 0.0 {
            return x;
        }
    }
    x * power_of_two(e as i32)
}

/// 2^e for -1022 <= e <= 1023.
fn power_of_two(e: i32) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// Output length [`from_f64`] needs; `None` for NaN and infinities.
pub fn from_f64_len(x: f64) -> Option<usize> {
    if !x.is_finite() {
        return None;
    }
    let exp = ((x.to_bits() >> 52) & 0x7ff) as usize;
    Some(exp.saturating_sub(1075) / 32 + 3)
}

/// `out = trunc(x)` exactly (Python's `int(x)`); `NotANumber` for NaN, `Overflow` for
/// infinities.
pub fn from_f64(x: f64, out: &mut [u32]) -> Result<SignedLen, BigIntError> {
    if x.is_nan() {
        return Err(BigIntError::NotANumber);
    }
    if x.is_infinite() {
        return Err(BigIntError::Overflow);
    }
    let bits = x.to_bits();
    let negative = bits >> 63 != 0;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp < 1023 {
        return Ok(SignedLen::new(negative, 0));
    }
    let mant = (bits & ((1u64 << 52) - 1)) | 1u64 << 52;
    let shift = exp - 1075;
    let len = if shift <= 0 {
        let mut buf = [0u32; 2];
        let mag = u64_to_mag(mant >> -shift, &mut buf);
        prefix_mut(out, mag.len())?.copy_from_slice(mag);
        mag.len()
    } else {
        let mut buf = [0u32; 2];
        let mag = u64_to_mag(mant, &mut buf);
        shl_mag(mag, shift as u64, out)?
    };
    Ok(SignedLen::new(negative, len))
}

/// Compares an integer with a float exactly, as Python's `int < float` does; `None`
/// when `x` is NaN.
pub fn cmp_f64(a: IntRef, x: f64) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let x_negative = x < 0.0;
    let a_sign = if a.is_zero() {
        0
    } else if a.negative {
        -1
    } else {
        1
    };
    let x_sign = if x == 0.0 {
        0
    } else if x_negative {
        -1
    } else {
        1
    };
    if a_sign != x_sign {
        return Some(a_sign.cmp(&x_sign));
    }
    // same sign: compare magnitudes, then flip for negatives
    let mut buf = [0u32; 40];
    let whole = from_f64(x, &mut buf).ok()?;
    let whole_mag = buf.get(..whole.len).unwrap_or(&[]);
    let has_fraction = float_has_fraction(x);
    let by_mag = match cmp_mag(a.mag, whole_mag) {
        Ordering::Equal if has_fraction => Ordering::Less,
        other => other,
    };
    Some(if a.negative { by_mag.reverse() } else { by_mag })
}

/// Whether finite `x` is not an integer.
fn float_has_fraction(x: f64) -> bool {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        return mant != 0;
    }
    let fraction_bits = 1075 - exp;
    if fraction_bits <= 0 {
        false
    } else if fraction_bits > 52 {
        true
    } else {
        mant & ((1u64 << fraction_bits) - 1) != 0
    }
}

/// Scratch length [`true_div`] needs.
pub fn true_div_scratch_len(a_len: usize, b_len: usize) -> usize {
    // operands scaled by up to 1077 bits (34 limbs), plus quotient, remainder and
    // division scratch
    let l = a_len.max(b_len).saturating_add(36);
    l.saturating_mul(7).saturating_add(1)
}

/// `a / b` correctly rounded to f64 (Python's `int / int`): `ZeroDivision`, or
/// `Overflow` ("integer division result too large for a float").
pub fn true_div(a: IntRef, b: IntRef, scratch: &mut [u32]) -> Result<f64, BigIntError> {
    if b.is_zero() {
        return Err(BigIntError::ZeroDivision);
    }
    let negative = a.negative != b.negative;
    let signed = |v: f64| if negative { -v } else { v };
    if a.is_zero() {
        return Ok(signed(0.0));
    }
    const EXACT: u64 = 1 << 53;
    if let (Some(x), Some(y)) = (mag_to_u64(a.mag), mag_to_u64(b.mag)) {
        if x <= EXACT && y <= EXACT {
            return Ok(signed(x as f64 / y as f64));
        }
    }
    need(scratch, true_div_scratch_len(a.mag.len(), b.mag.len()))?;
    let diff = bit_length(a.mag) as i64 - bit_length(b.mag) as i64;
    // a/b lies in (2^(diff-1), 2^(diff+1))
    if diff > 1025 {
        return Err(BigIntError::Overflow);
    }
    if diff < -1076 {
        return Ok(signed(0.0));
    }
    // scale so the integer quotient has 55 or 56 bits (or keeps 3 bits below the
    // subnormal grid), leaving room for a sticky bit below the rounding position
    let shift = diff.max(-1022) - 55;
    let l = a.mag.len().max(b.mag.len()) + 36;
    let (num, rest) = scratch.split_at_mut(l);
    let (den, rest) = rest.split_at_mut(l);
    let (q, rest) = rest.split_at_mut(l);
    let (r, rest) = rest.split_at_mut(l);
    let (num_len, den_len) = if shift <= 0 {
        let n = shl_mag(a.mag, shift.unsigned_abs(), num)?;
        prefix_mut(den, b.mag.len())?.copy_from_slice(b.mag);
        (n, b.mag.len())
    } else {
        prefix_mut(num, a.mag.len())?.copy_from_slice(a.mag);
        (a.mag.len(), shl_mag(b.mag, shift as u64, den)?)
    };
    let (num, den) = (&num[..num_len], &den[..den_len]);
    debug_assert!(shl_mag_len(a.mag.len(), 1077).is_some_and(|n| n <= l));
    debug_assert!(divmod_mag_lens(num.len(), den.len()).0 <= l);
    debug_assert!(divmod_scratch_len(num.len(), den.len()) <= rest.len());
    let (q_len, r_len) = divmod_mag(num, den, q, r, rest)?;
    let quotient = mag_to_u64(&q[..q_len]).ok_or(BigIntError::Overflow)?;
    compose_f64(quotient, r_len != 0, shift)
        .map(signed)
        .ok_or(BigIntError::Overflow)
}

/// Output length [`from_bytes`] needs for `n_bytes` bytes.
pub fn from_bytes_len(n_bytes: usize) -> usize {
    n_bytes.div_ceil(4)
}

/// `int.from_bytes(bytes, 'big' if big_endian else 'little', signed=signed)`.
pub fn from_bytes(
    bytes: &[u8],
    big_endian: bool,
    signed: bool,
    out: &mut [u32],
) -> Result<SignedLen, BigIntError> {
    let out = prefix_mut(out, from_bytes_len(bytes.len()))?;
    out.fill(0);
    let byte_at = |i: usize| -> u8 {
        let idx = if big_endian { bytes.len() - 1 - i } else { i };
        bytes.get(idx).copied().unwrap_or(0)
    };
    for i in 0..bytes.len() {
        if let Some(limb) = out.get_mut(i / 4) {
            *limb |= u32::from(byte_at(i)) << (8 * (i % 4));
        }
    }
    let negative = signed && !bytes.is_empty() && byte_at(bytes.len() - 1) & 0x80 != 0;
    if negative {
        // magnitude = 2^(8n) - value: invert within the width, then add one
        let used_bits = (bytes.len() % 4) * 8;
        for limb in out.iter_mut() {
            *limb = !*limb;
        }
        if used_bits != 0 {
            if let Some(top) = out.last_mut() {
                *top &= (1u32 << used_bits) - 1;
            }
        }
        super::mag::add_small_in_place(out, 1);
    }
    Ok(SignedLen::new(negative, trimmed_len(out)))
}

/// `x.to_bytes(len(out), 'big' if big_endian else 'little', signed=signed)` into `out`:
/// `Negative` for a negative value when unsigned, `Overflow` ("int too big to convert")
/// when it does not fit.
pub fn to_bytes(
    x: IntRef,
    out: &mut [u8],
    big_endian: bool,
    signed: bool,
) -> Result<(), BigIntError> {
    if x.negative && !signed {
        return Err(BigIntError::Negative);
    }
    let width_bits = (out.len() as u64).saturating_mul(8);
    let bits = bit_length(x.mag);
    let fits = if !signed {
        bits <= width_bits
    } else if !x.negative {
        bits < width_bits
    } else {
        // -2^(w-1) is the most negative value that fits
        bits < width_bits || (bits == width_bits && !any_bits_below(x.mag, bits - 1))
    };
    if !fits {
        return Err(BigIntError::Overflow);
    }
    let n = out.len();
    let mut borrow = true;
    for i in 0..n {
        let limb = x.mag.get(i / 4).copied().unwrap_or(0);
        let mut byte = (limb >> (8 * (i % 4))) as u8;
        if x.negative {
            // two's complement: invert (|x| - 1)
            let (d, b) = byte.overflowing_sub(u8::from(borrow));
            borrow = b;
            byte = !d;
        }
        let idx = if big_endian { n - 1 - i } else { i };
        if let Some(slot) = out.get_mut(idx) {
            *slot = byte;
        }
    }
    Ok(())
}

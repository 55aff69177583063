//! Magnitude primitives: normalization, comparison, addition, subtraction, shifts and
//! operations with a one-limb operand. Inputs are limb slices, outputs caller buffers.

use core::cmp::Ordering;

use super::{prefix_mut, BigIntError};

/// `a` without its high zero limbs.
pub fn trim(a: &[u32]) -> &[u32] {
    a.get(..trimmed_len(a)).unwrap_or(&[])
}

/// The length of `a` without its high zero limbs.
pub fn trimmed_len(a: &[u32]) -> usize {
    a.iter().rposition(|&l| l != 0).map_or(0, |i| i + 1)
}

/// Compares two magnitudes.
pub fn cmp_mag(a: &[u32], b: &[u32]) -> Ordering {
    let (a, b) = (trim(a), trim(b));
    a.len()
        .cmp(&b.len())
        .then_with(|| a.iter().rev().cmp(b.iter().rev()))
}

/// Number of bits needed to write the magnitude (0 for zero): Python's `int.bit_length`.
pub fn bit_length(a: &[u32]) -> u64 {
    let a = trim(a);
    match a.last() {
        None => 0,
        Some(&top) => (a.len() as u64 - 1) * 32 + u64::from(32 - top.leading_zeros()),
    }
}

/// Number of one bits in the magnitude: Python's `int.bit_count`.
pub fn bit_count(a: &[u32]) -> u64 {
    a.iter().map(|l| u64::from(l.count_ones())).sum()
}

/// The 64 bits of `a` starting at bit `offset` (bits past the top read as zero).
pub(crate) fn bits_at(a: &[u32], offset: u64) -> u64 {
    let limb = (offset / 32) as usize;
    let shift = (offset % 32) as u32;
    let get = |i: usize| u128::from(a.get(limb + i).copied().unwrap_or(0));
    let window = get(0) | get(1) << 32 | get(2) << 64;
    (window >> shift) as u64
}

/// Whether any bit of `a` below bit `offset` is set.
pub(crate) fn any_bits_below(a: &[u32], offset: u64) -> bool {
    let full = usize::try_from(offset / 32).unwrap_or(usize::MAX);
    let partial = (offset % 32) as u32;
    let low = a.get(..full.min(a.len())).unwrap_or(&[]);
    low.iter().any(|&l| l != 0)
        || (partial != 0
            && a.get(full)
                .is_some_and(|&l| l & ((1u32 << partial) - 1) != 0))
}

/// Output length [`add_mag`] needs.
pub fn add_mag_len(a_len: usize, b_len: usize) -> usize {
    a_len.max(b_len).saturating_add(1)
}

/// `out = a + b`; returns the used length.
pub fn add_mag(a: &[u32], b: &[u32], out: &mut [u32]) -> Result<usize, BigIntError> {
    let (a, b) = (trim(a), trim(b));
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let out = prefix_mut(out, long.len() + 1)?;
    let (low, high) = out.split_at_mut(long.len());
    low.copy_from_slice(long);
    let carry = add_in_place(low, short);
    if let Some(top) = high.first_mut() {
        *top = carry;
    }
    Ok(trimmed_len(out))
}

/// Output length [`sub_mag`] and [`sub_mag_abs`] need.
pub fn sub_mag_len(a_len: usize, b_len: usize) -> usize {
    a_len.max(b_len)
}

/// `out = a - b` for `a >= b`; `Negative` when `a < b`.
pub fn sub_mag(a: &[u32], b: &[u32], out: &mut [u32]) -> Result<usize, BigIntError> {
    if cmp_mag(a, b) == Ordering::Less {
        return Err(BigIntError::Negative);
    }
    let (negative, len) = sub_mag_abs(a, b, out)?;
    debug_assert!(!negative);
    Ok(len)
}

/// `out = |a - b|`; returns whether `a < b` and the used length.
pub fn sub_mag_abs(a: &[u32], b: &[u32], out: &mut [u32]) -> Result<(bool, usize), BigIntError> {
    let (a, b) = (trim(a), trim(b));
    let a_less = cmp_mag(a, b) == Ordering::Less;
    let (big, small) = if a_less { (b, a) } else { (a, b) };
    let out = prefix_mut(out, big.len())?;
    out.copy_from_slice(big);
    sub_in_place(out, small);
    Ok((a_less, trimmed_len(out)))
}

/// `acc += b` over `acc`'s width (`acc.len() >= b.len()`); returns the carry out.
pub(crate) fn add_in_place(acc: &mut [u32], b: &[u32]) -> u32 {
    let mut carry = 0u64;
    let mut rest = b.iter();
    for limb in acc.iter_mut() {
        let addend = match rest.next() {
            Some(&v) => u64::from(v),
            None if carry == 0 => return 0,
            None => 0,
        };
        let sum = u64::from(*limb) + addend + carry;
        *limb = sum as u32;
        carry = sum >> 32;
    }
    carry as u32
}

/// `acc -= b` over `acc`'s width (`acc.len() >= b.len()`); returns whether it borrowed
/// out of the top.
pub(crate) fn sub_in_place(acc: &mut [u32], b: &[u32]) -> bool {
    let mut borrow = false;
    let mut rest = b.iter();
    for limb in acc.iter_mut() {
        let sub = match rest.next() {
            Some(&v) => v,
            None if !borrow => return false,
            None => 0,
        };
        let (d1, b1) = limb.overflowing_sub(sub);
        let (d2, b2) = d1.overflowing_sub(u32::from(borrow));
        *limb = d2;
        borrow = b1 | b2;
    }
    borrow
}

/// `acc = b - acc` over `acc`'s width, for `acc <= b` (`acc.len() >= b.len()`).
pub(crate) fn rsub_in_place(acc: &mut [u32], b: &[u32]) {
    let mut borrow = false;
    let mut rest = b.iter();
    for limb in acc.iter_mut() {
        let minuend = rest.next().copied().unwrap_or(0);
        let (d1, b1) = minuend.overflowing_sub(*limb);
        let (d2, b2) = d1.overflowing_sub(u32::from(borrow));
        *limb = d2;
        borrow = b1 | b2;
    }
}

/// `acc += v` over `acc`'s width; returns the carry out.
pub(crate) fn add_small_in_place(acc: &mut [u32], v: u32) -> u32 {
    let mut carry = v;
    for limb in acc.iter_mut() {
        if carry == 0 {
            break;
        }
        let (s, c) = limb.overflowing_add(carry);
        *limb = s;
        carry = u32::from(c);
    }
    carry
}

/// Output length [`mul_small_add`] needs.
pub fn mul_small_add_len(a_len: usize) -> usize {
    a_len.saturating_add(1)
}

/// `out = a * m + add`; returns the used length.
pub fn mul_small_add(a: &[u32], m: u32, add: u32, out: &mut [u32]) -> Result<usize, BigIntError> {
    let a = trim(a);
    let out = prefix_mut(out, a.len() + 1)?;
    let (low, high) = out.split_at_mut(a.len());
    low.copy_from_slice(a);
    let carry = mul_small_add_kernel(low, m, add);
    if let Some(top) = high.first_mut() {
        *top = carry;
    }
    Ok(trimmed_len(out))
}

/// `buf[..len] = buf[..len] * m + add`, growing into `buf[len]` when the result needs
/// another limb; returns the new used length.
pub fn mul_small_add_in_place(
    buf: &mut [u32],
    len: usize,
    m: u32,
    add: u32,
) -> Result<usize, BigIntError> {
    let value = prefix_mut(buf, len)?;
    let carry = mul_small_add_kernel(value, m, add);
    if carry != 0 {
        *buf.get_mut(len).ok_or(BigIntError::BufferTooSmall)? = carry;
    }
    Ok(trimmed_len(buf.get(..len + 1).unwrap_or(buf)))
}

/// `acc = acc * m + add` over `acc`'s width; returns the carry limb.
fn mul_small_add_kernel(acc: &mut [u32], m: u32, add: u32) -> u32 {
    let mut carry = u64::from(add);
    for limb in acc.iter_mut() {
        let t = u64::from(*limb) * u64::from(m) + carry;
        *limb = t as u32;
        carry = t >> 32;
    }
    carry as u32
}

/// Output length of the quotient of [`divmod_small`].
pub fn divmod_small_len(a_len: usize) -> usize {
    a_len
}

/// `q = a / d`; returns the quotient's used length and the remainder.
pub fn divmod_small(a: &[u32], d: u32, q: &mut [u32]) -> Result<(usize, u32), BigIntError> {
    if d == 0 {
        return Err(BigIntError::ZeroDivision);
    }
    let a = trim(a);
    let q = prefix_mut(q, a.len())?;
    q.copy_from_slice(a);
    let rem = divmod_small_kernel(q, d);
    Ok((trimmed_len(q), rem))
}

/// Divides `value` (a whole magnitude) by `d` in place; returns the quotient's used
/// length and the remainder.
pub fn divmod_small_in_place(value: &mut [u32], d: u32) -> Result<(usize, u32), BigIntError> {
    if d == 0 {
        return Err(BigIntError::ZeroDivision);
    }
    let rem = divmod_small_kernel(value, d);
    Ok((trimmed_len(value), rem))
}

/// `acc /= d` (d != 0); returns the remainder.
pub(crate) fn divmod_small_kernel(acc: &mut [u32], d: u32) -> u32 {
    let d = u64::from(d);
    let mut rem = 0u64;
    for limb in acc.iter_mut().rev() {
        let cur = rem << 32 | u64::from(*limb);
        *limb = (cur / d) as u32;
        rem = cur % d;
    }
    rem as u32
}

/// Output length [`shl_mag`] needs, or `None` when it would not fit a `usize`.
pub fn shl_mag_len(a_len: usize, bits: u64) -> Option<usize> {
    let limbs = usize::try_from(bits / 32).ok()?;
    a_len.checked_add(limbs)?.checked_add(1)
}

/// `out = a << bits`; returns the used length.
pub fn shl_mag(a: &[u32], bits: u64, out: &mut [u32]) -> Result<usize, BigIntError> {
    let a = trim(a);
    if a.is_empty() {
        return Ok(0);
    }
    let len = shl_mag_len(a.len(), bits).ok_or(BigIntError::Overflow)?;
    let out = prefix_mut(out, len)?;
    let limbs = len - a.len() - 1;
    let (zeros, rest) = out.split_at_mut(limbs);
    zeros.fill(0);
    shl_bits_into(a, (bits % 32) as u32, rest);
    Ok(trimmed_len(out))
}

/// Output length [`shr_mag`] needs.
pub fn shr_mag_len(a_len: usize, bits: u64) -> usize {
    a_len.saturating_sub(usize::try_from(bits / 32).unwrap_or(usize::MAX))
}

/// `out = a >> bits` (bits shifted out are dropped); returns the used length.
pub fn shr_mag(a: &[u32], bits: u64, out: &mut [u32]) -> Result<usize, BigIntError> {
    let a = trim(a);
    let len = shr_mag_len(a.len(), bits);
    let out = prefix_mut(out, len)?;
    let src = a.get(a.len() - len..).unwrap_or(&[]);
    shr_bits_into(src, (bits % 32) as u32, out);
    Ok(trimmed_len(out))
}

/// `dst = src << shift` for `shift < 32`; `dst` holds `src.len()` or `src.len() + 1`
/// limbs (with one limb fewer the top bits are dropped).
pub(crate) fn shl_bits_into(src: &[u32], shift: u32, dst: &mut [u32]) {
    let mut prev = 0u32;
    let mut dst_iter = dst.iter_mut();
    // src first: zip pulls from its first iterator before noticing the second is done
    for (&s, d) in src.iter().zip(dst_iter.by_ref()) {
        *d = if shift == 0 {
            s
        } else {
            s << shift | prev >> (32 - shift)
        };
        prev = s;
    }
    if let Some(top) = dst_iter.next() {
        *top = if shift == 0 { 0 } else { prev >> (32 - shift) };
    }
}

/// `dst = src >> shift` for `shift < 32`, with `dst.len() == src.len()`.
pub(crate) fn shr_bits_into(src: &[u32], shift: u32, dst: &mut [u32]) {
    for (i, d) in dst.iter_mut().enumerate() {
        let lo = src.get(i).copied().unwrap_or(0);
        let hi = src.get(i + 1).copied().unwrap_or(0);
        *d = if shift == 0 {
            lo
        } else {
            lo >> shift | hi << (32 - shift)
        };
    }
}

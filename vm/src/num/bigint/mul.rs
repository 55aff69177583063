//! Multiplication of magnitudes: schoolbook below [`KARATSUBA_THRESHOLD`] limbs,
//! Karatsuba above it (balanced halves, temporaries in caller scratch), and unbalanced
//! operands cut into chunks the size of the shorter one.

use super::mag::{add_in_place, sub_in_place, trim, trimmed_len};
use super::{need, prefix_mut, BigIntError};

/// Operands shorter than this many limbs are multiplied by the schoolbook method. Must
/// be at least 4 so Karatsuba's sub-products are strictly smaller than the product.
pub const KARATSUBA_THRESHOLD: usize = 32;

/// Output length [`mul_mag`] needs.
pub fn mul_mag_len(a_len: usize, b_len: usize) -> usize {
    if a_len == 0 || b_len == 0 {
        0
    } else {
        a_len.saturating_add(b_len)
    }
}

/// Scratch length [`mul_mag`] needs for operands of these lengths. It never decreases
/// when either length grows.
pub fn mul_scratch_len(a_len: usize, b_len: usize) -> usize {
    let short = a_len.min(b_len);
    let long = a_len.max(b_len);
    if short < KARATSUBA_THRESHOLD {
        0
    } else if long == short {
        karatsuba_scratch_len(short)
    } else {
        // product of one chunk, the zero-padded last chunk, and the chunk multiply
        short
            .saturating_mul(3)
            .saturating_add(karatsuba_scratch_len(short))
    }
}

/// Scratch that suffices for [`mul_mag`] on any operands of at most `n` limbs each.
pub fn mul_scratch_len_upto(n: usize) -> usize {
    mul_scratch_len(n, n.saturating_add(1))
}

/// Scratch of a balanced `n × n` Karatsuba product: the two half sums and their product
/// at each level of the recursion on `ceil(n/2) + 1` limbs.
fn karatsuba_scratch_len(mut n: usize) -> usize {
    let mut total = 0usize;
    while n >= KARATSUBA_THRESHOLD {
        let half = n - n / 2 + 1;
        total = total.saturating_add(half.saturating_mul(4));
        n = half;
    }
    total
}

/// `out = a * b`; returns the used length.
pub fn mul_mag(
    a: &[u32],
    b: &[u32],
    out: &mut [u32],
    scratch: &mut [u32],
) -> Result<usize, BigIntError> {
    let (a, b) = (trim(a), trim(b));
    if a.is_empty() || b.is_empty() {
        return Ok(0);
    }
    let out = prefix_mut(out, a.len() + b.len())?;
    need(scratch, mul_scratch_len(a.len(), b.len()))?;
    mul_kernel(a, b, out, scratch);
    Ok(trimmed_len(out))
}

/// `out = a * b` with `out.len() == a.len() + b.len()` and scratch as
/// [`mul_scratch_len`] says. Operands may carry high zero limbs.
pub(crate) fn mul_kernel(a: &[u32], b: &[u32], out: &mut [u32], scratch: &mut [u32]) {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let n = short.len();
    if n < KARATSUBA_THRESHOLD {
        schoolbook(long, short, out);
    } else if long.len() == n {
        karatsuba(long, short, out, scratch);
    } else {
        out.fill(0);
        let (product, rest) = scratch.split_at_mut(2 * n);
        let (padded, rest) = rest.split_at_mut(n);
        for (i, chunk) in long.chunks(n).enumerate() {
            let chunk = if chunk.len() == n {
                chunk
            } else {
                padded.fill(0);
                if let Some(front) = padded.get_mut(..chunk.len()) {
                    front.copy_from_slice(chunk);
                }
                &padded[..]
            };
            karatsuba(chunk, short, product, rest);
            if let Some(dst) = out.get_mut(i * n..) {
                let used = trimmed_len(product).min(dst.len());
                add_in_place(dst, &product[..used]);
            }
        }
    }
}

/// `out = a * b` for `out.len() == a.len() + b.len()`; the inner loop runs over `a`.
pub(crate) fn schoolbook(a: &[u32], b: &[u32], out: &mut [u32]) {
    out.fill(0);
    for (i, &bi) in b.iter().enumerate() {
        if bi == 0 {
            continue;
        }
        let Some(row) = out.get_mut(i..) else { return };
        let (row, top) = row.split_at_mut(a.len().min(row.len()));
        let mut carry = 0u64;
        for (o, &aj) in row.iter_mut().zip(a) {
            let t = u64::from(aj) * u64::from(bi) + u64::from(*o) + carry;
            *o = t as u32;
            carry = t >> 32;
        }
        if let Some(t) = top.first_mut() {
            *t = carry as u32;
        }
    }
}

/// Balanced product `out = a * b` with `a.len() == b.len()`, `out.len() == 2 * a.len()`:
/// with `a = a1·B^m + a0` and likewise `b`,
/// `a·b = a1b1·B^2m + ((a0+a1)(b0+b1) − a0b0 − a1b1)·B^m + a0b0`.
fn karatsuba(a: &[u32], b: &[u32], out: &mut [u32], scratch: &mut [u32]) {
    let n = a.len();
    if n < KARATSUBA_THRESHOLD {
        schoolbook(a, b, out);
        return;
    }
    let m = n / 2;
    let h = n - m;
    let (a0, a1) = a.split_at(m);
    let (b0, b1) = b.split_at(m);
    {
        let (z0, z2) = out.split_at_mut(2 * m);
        karatsuba(a0, b0, z0, scratch);
        karatsuba(a1, b1, z2, scratch);
    }
    let (sum_a, rest) = scratch.split_at_mut(h + 1);
    let (sum_b, rest) = rest.split_at_mut(h + 1);
    let (z1, rest) = rest.split_at_mut(2 * h + 2);
    half_sum(a0, a1, sum_a);
    half_sum(b0, b1, sum_b);
    karatsuba(sum_a, sum_b, z1, rest);
    let (z0, z2) = out.split_at(2 * m);
    sub_in_place(z1, z0);
    sub_in_place(z1, z2);
    if let Some(dst) = out.get_mut(m..) {
        let used = trimmed_len(z1).min(dst.len());
        add_in_place(dst, &z1[..used]);
    }
}

/// `sum = low + high` where `low.len() <= high.len()` and `sum.len() == high.len() + 1`.
fn half_sum(low: &[u32], high: &[u32], sum: &mut [u32]) {
    let (body, top) = sum.split_at_mut(high.len());
    body.copy_from_slice(high);
    let carry = add_in_place(body, low);
    if let Some(t) = top.first_mut() {
        *t = carry;
    }
}

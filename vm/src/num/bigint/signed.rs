//! Signed arithmetic with Python's semantics over [`IntRef`] operands: `+ - *`, floor
//! division and modulo (quotient rounded toward negative infinity, remainder with the
//! divisor's sign), `divmod`, arithmetic shifts, `pow` with and without a modulus.

use core::cmp::Ordering;

use super::div::{divmod_mag, divmod_mag_lens, divmod_scratch_len};
use super::mag::{
    add_mag, add_small_in_place, any_bits_below, bit_length, bits_at, cmp_mag, rsub_in_place,
    shl_mag, shl_mag_len, shr_mag, shr_mag_len, sub_mag_abs, trimmed_len,
};
use super::mul::{mul_kernel, mul_mag, mul_scratch_len_upto};
use super::{need, prefix_mut, BigIntError, IntRef, SignedLen};

/// Compares two signed values.
pub fn cmp(a: IntRef, b: IntRef) -> Ordering {
    match (a.negative, b.negative) {
        (false, true) => Ordering::Greater,
        (true, false) => Ordering::Less,
        (false, false) => cmp_mag(a.mag, b.mag),
        (true, true) => cmp_mag(b.mag, a.mag),
    }
}

/// Output length [`add`] and [`sub`] need.
pub fn add_len(a_len: usize, b_len: usize) -> usize {
    a_len.max(b_len).saturating_add(1)
}

/// `out = a + b`.
pub fn add(a: IntRef, b: IntRef, out: &mut [u32]) -> Result<SignedLen, BigIntError> {
    if a.negative == b.negative {
        let len = add_mag(a.mag, b.mag, out)?;
        Ok(SignedLen::new(a.negative, len))
    } else {
        let (a_less, len) = sub_mag_abs(a.mag, b.mag, out)?;
        // |a| < |b| means b's sign wins
        Ok(SignedLen::new(a.negative != a_less, len))
    }
}

/// `out = a - b`.
pub fn sub(a: IntRef, b: IntRef, out: &mut [u32]) -> Result<SignedLen, BigIntError> {
    add(a, b.negated(), out)
}

/// `out = a * b`; `out` needs [`mul_mag_len`](super::mul_mag_len) limbs and scratch
/// [`mul_scratch_len`](super::mul_scratch_len) limbs.
pub fn mul(
    a: IntRef,
    b: IntRef,
    out: &mut [u32],
    scratch: &mut [u32],
) -> Result<SignedLen, BigIntError> {
    let len = mul_mag(a.mag, b.mag, out, scratch)?;
    Ok(SignedLen::new(a.negative != b.negative, len))
}

/// Output lengths `(quotient, remainder)` [`floordiv_mod`] needs.
pub fn floordiv_lens(a_len: usize, b_len: usize) -> (usize, usize) {
    let (q, _) = divmod_mag_lens(a_len, b_len);
    (q.saturating_add(1), b_len)
}

/// Scratch length [`floordiv_mod`] needs.
pub fn floordiv_scratch_len(a_len: usize, b_len: usize) -> usize {
    divmod_scratch_len(a_len, b_len)
}

/// `q = a // b`, `r = a % b` with Python's floor semantics (`divmod(a, b)`).
pub fn floordiv_mod(
    a: IntRef,
    b: IntRef,
    q: &mut [u32],
    r: &mut [u32],
    scratch: &mut [u32],
) -> Result<(SignedLen, SignedLen), BigIntError> {
    let (q_need, r_need) = floordiv_lens(a.mag.len(), b.mag.len());
    need(q, q_need)?;
    need(r, r_need)?;
    let (mut q_len, mut r_len) = divmod_mag(a.mag, b.mag, q, r, scratch)?;
    let signs_differ = a.negative != b.negative;
    if signs_differ && r_len != 0 {
        // truncation rounded toward zero; floor needs one more step down, which moves
        // the remainder to the divisor's side: r = |b| - r
        let q_buf = prefix_mut(q, q_need)?;
        q_buf
            .get_mut(q_len..)
            .into_iter()
            .flatten()
            .for_each(|l| *l = 0);
        add_small_in_place(q_buf, 1);
        q_len = trimmed_len(q_buf);
        let r_buf = prefix_mut(r, b.mag.len())?;
        r_buf
            .get_mut(r_len..)
            .into_iter()
            .flatten()
            .for_each(|l| *l = 0);
        rsub_in_place(r_buf, b.mag);
        r_len = trimmed_len(r_buf);
    }
    Ok((
        SignedLen::new(signs_differ, q_len),
        SignedLen::new(b.negative, r_len),
    ))
}

/// Output length [`shl`] needs, or `None` when it would not fit a `usize`.
pub fn shl_len(a_len: usize, bits: u64) -> Option<usize> {
    shl_mag_len(a_len, bits)
}

/// `out = a << bits`.
pub fn shl(a: IntRef, bits: u64, out: &mut [u32]) -> Result<SignedLen, BigIntError> {
    let len = shl_mag(a.mag, bits, out)?;
    Ok(SignedLen::new(a.negative, len))
}

/// Output length [`shr`] needs.
pub fn shr_len(a_len: usize, bits: u64) -> usize {
    shr_mag_len(a_len, bits).saturating_add(1)
}

/// `out = a >> bits`, rounding toward negative infinity as Python does.
pub fn shr(a: IntRef, bits: u64, out: &mut [u32]) -> Result<SignedLen, BigIntError> {
    let out = prefix_mut(out, shr_len(a.mag.len(), bits))?;
    let mut len = shr_mag(a.mag, bits, out)?;
    if a.negative && any_bits_below(a.mag, bits) {
        out.get_mut(len..)
            .into_iter()
            .flatten()
            .for_each(|l| *l = 0);
        add_small_in_place(out, 1);
        len = trimmed_len(out);
    }
    Ok(SignedLen::new(a.negative, len))
}

/// Output length [`pow`] needs, or `None` when the result could not be addressed.
pub fn pow_len(base_mag: &[u32], exp: u64) -> Option<usize> {
    if exp == 0 {
        return Some(1);
    }
    if bit_length(base_mag) <= 1 {
        // 0 and 1 stay one limb whatever the exponent
        return Some(1);
    }
    // limbs(x) + limbs(y) < (bits(x) + bits(y)) / 32 + 2 bounds every intermediate product
    let bits = bit_length(base_mag).checked_mul(exp)?;
    usize::try_from(bits / 32 + 2).ok()
}

/// Scratch length [`pow`] needs.
pub fn pow_scratch_len(base_mag: &[u32], exp: u64) -> Option<usize> {
    let len = pow_len(base_mag, exp)?;
    len.checked_add(mul_scratch_len_upto(len))
}

/// `out = base ** exp` by left-to-right binary exponentiation.
pub fn pow(
    base: IntRef,
    exp: u64,
    out: &mut [u32],
    scratch: &mut [u32],
) -> Result<SignedLen, BigIntError> {
    let len = pow_len(base.mag, exp).ok_or(BigIntError::Overflow)?;
    let out = prefix_mut(out, len)?;
    need(
        scratch,
        pow_scratch_len(base.mag, exp).ok_or(BigIntError::Overflow)?,
    )?;
    let negative = base.negative && exp & 1 == 1;
    if exp == 0 {
        out.fill(0);
        out[0] = 1;
        return Ok(SignedLen::new(false, 1));
    }
    if base.mag.is_empty() {
        return Ok(SignedLen::new(false, 0));
    }
    let (other, mul_scratch) = scratch.split_at_mut(len);
    // `cur` alternates between `out` and `other`; `in_out` says which holds it
    let mut in_out = true;
    out[..base.mag.len()].copy_from_slice(base.mag);
    let mut cur_len = base.mag.len();
    let top = 63 - exp.leading_zeros();
    for bit in (0..top).rev() {
        cur_len = square_or_mul(out, other, &mut in_out, cur_len, None, mul_scratch);
        if exp >> bit & 1 == 1 {
            cur_len = square_or_mul(
                out,
                other,
                &mut in_out,
                cur_len,
                Some(base.mag),
                mul_scratch,
            );
        }
    }
    if !in_out {
        out[..cur_len].copy_from_slice(&other[..cur_len]);
    }
    Ok(SignedLen::new(negative, cur_len))
}

/// One exponentiation step: the current value (in `out` if `*in_out`, else in `other`)
/// is squared, or multiplied by `factor`, into the other buffer; returns its length.
fn square_or_mul(
    out: &mut [u32],
    other: &mut [u32],
    in_out: &mut bool,
    cur_len: usize,
    factor: Option<&[u32]>,
    scratch: &mut [u32],
) -> usize {
    let (src, dst) = if *in_out {
        (&*out, other)
    } else {
        (&*other, out)
    };
    let cur = &src[..cur_len];
    let rhs = factor.unwrap_or(cur);
    let product_len = (cur.len() + rhs.len()).min(dst.len());
    let dst = &mut dst[..product_len];
    mul_kernel(cur, rhs, dst, scratch);
    *in_out = !*in_out;
    trimmed_len(dst)
}

/// Scratch length [`pow_mod`] needs.
pub fn pow_mod_scratch_len(base_len: usize, mod_len: usize) -> usize {
    let wide = base_len.max(2 * mod_len);
    // reduced base, product, quotient, division scratch, multiplication scratch
    mod_len
        .saturating_add(2 * mod_len)
        .saturating_add(wide)
        .saturating_add(divmod_scratch_len(wide, mod_len))
        .saturating_add(mul_scratch_len_upto(mod_len))
}

/// Output length [`pow_mod`] needs.
pub fn pow_mod_len(mod_len: usize) -> usize {
    mod_len.max(1)
}

/// `out = pow(base, exp, modulus)` for `exp >= 0` (a magnitude), with Python's sign
/// convention: the result lies between 0 and the modulus. `ZeroDivision` for a zero
/// modulus (Python raises ValueError "pow() 3rd argument cannot be 0").
pub fn pow_mod(
    base: IntRef,
    exp: &[u32],
    modulus: IntRef,
    out: &mut [u32],
    scratch: &mut [u32],
) -> Result<SignedLen, BigIntError> {
    let m = modulus.mag;
    if m.is_empty() {
        return Err(BigIntError::ZeroDivision);
    }
    let out = prefix_mut(out, pow_mod_len(m.len()))?;
    need(scratch, pow_mod_scratch_len(base.mag.len(), m.len()))?;
    let wide = base.mag.len().max(2 * m.len());
    let (reduced, rest) = scratch.split_at_mut(m.len());
    let (product, rest) = rest.split_at_mut(2 * m.len());
    let (quotient, rest) = rest.split_at_mut(wide);
    let (div_scratch, mul_scratch) = rest.split_at_mut(divmod_scratch_len(wide, m.len()));
    let mut work = ModWork {
        product,
        quotient,
        div_scratch,
        mul_scratch,
    };

    // reduced = base mod |m|, in [0, |m|)
    let (_, mut red_len) = divmod_mag(base.mag, m, work.quotient, reduced, work.div_scratch)?;
    if base.negative && red_len != 0 {
        reduced[red_len..].fill(0);
        rsub_in_place(reduced, m);
        red_len = trimmed_len(reduced);
    }
    let reduced = &reduced[..red_len];

    out.fill(0);
    let exp_bits = bit_length(exp);
    if exp_bits == 0 {
        // x ** 0 is 1, which is 0 modulo 1
        if cmp_mag(m, &[1]) == Ordering::Equal {
            return Ok(SignedLen::new(false, 0));
        }
        out[0] = 1;
        return Ok(finish_pow_mod(out, 1, modulus));
    }
    out[..red_len].copy_from_slice(reduced);
    let mut acc_len = red_len;
    for bit in (0..exp_bits - 1).rev() {
        acc_len = work.mul_mod(out, acc_len, None, m)?;
        if bits_at(exp, bit) & 1 == 1 {
            acc_len = work.mul_mod(out, acc_len, Some(reduced), m)?;
        }
    }
    out[acc_len..].fill(0);
    Ok(finish_pow_mod(out, acc_len, modulus))
}

/// Moves a result in `[0, |m|)` into `(m, 0]` for a negative modulus. `out` holds the
/// value zero-extended to at least `m`'s length.
fn finish_pow_mod(out: &mut [u32], len: usize, modulus: IntRef) -> SignedLen {
    if modulus.negative && len != 0 {
        rsub_in_place(out, modulus.mag);
        SignedLen::new(true, trimmed_len(out))
    } else {
        SignedLen::new(false, len)
    }
}

/// Temporaries of a modular exponentiation.
struct ModWork<'a> {
    /// Holds a product of two residues (twice the modulus length).
    product: &'a mut [u32],
    quotient: &'a mut [u32],
    div_scratch: &'a mut [u32],
    mul_scratch: &'a mut [u32],
}

impl ModWork<'_> {
    /// `acc = acc * (factor or acc) mod m`, with `acc` in `out[..acc_len]`.
    fn mul_mod(
        &mut self,
        out: &mut [u32],
        acc_len: usize,
        factor: Option<&[u32]>,
        m: &[u32],
    ) -> Result<usize, BigIntError> {
        let acc = &out[..acc_len];
        let rhs = factor.unwrap_or(acc);
        if acc.is_empty() || rhs.is_empty() {
            return Ok(0);
        }
        let p = &mut self.product[..acc.len() + rhs.len()];
        mul_kernel(acc, rhs, p, self.mul_scratch);
        let p_len = trimmed_len(p);
        let (_, r_len) = divmod_mag(&p[..p_len], m, self.quotient, out, self.div_scratch)?;
        Ok(r_len)
    }
}

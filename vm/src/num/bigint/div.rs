//! Division of magnitudes: Knuth's algorithm D (TAOCP vol. 2, 4.3.1) with 32-bit limbs,
//! and the one-limb divisor shortcut.

use core::cmp::Ordering;

use super::mag::{cmp_mag, divmod_small_kernel, shl_bits_into, shr_bits_into, trim, trimmed_len};
use super::{need, prefix_mut, BigIntError};

#[cfg(test)]
pub(crate) static ADD_BACKS: core::sync::atomic::AtomicUsize =
    core::sync::atomic::AtomicUsize::new(0);

/// Output lengths `(quotient, remainder)` [`divmod_mag`] needs.
pub fn divmod_mag_lens(a_len: usize, b_len: usize) -> (usize, usize) {
    let q = if a_len >= b_len { a_len - b_len + 1 } else { 0 };
    (q, b_len.min(a_len).max(1))
}

/// Scratch length [`divmod_mag`] needs.
pub fn divmod_scratch_len(a_len: usize, b_len: usize) -> usize {
    if b_len <= 1 || a_len < b_len {
        0
    } else {
        a_len.saturating_add(b_len).saturating_add(1)
    }
}

/// `q = a / b`, `r = a % b` (truncating; magnitudes are non-negative); returns the used
/// lengths of `q` and `r`.
pub fn divmod_mag(
    a: &[u32],
    b: &[u32],
    q: &mut [u32],
    r: &mut [u32],
    scratch: &mut [u32],
) -> Result<(usize, usize), BigIntError> {
    let (a, b) = (trim(a), trim(b));
    if b.is_empty() {
        return Err(BigIntError::ZeroDivision);
    }
    if cmp_mag(a, b) == Ordering::Less {
        prefix_mut(r, a.len())?.copy_from_slice(a);
        return Ok((0, a.len()));
    }
    let q = prefix_mut(q, a.len() - b.len() + 1)?;
    if let [d] = b {
        q.copy_from_slice(a);
        let rem = divmod_small_kernel(q, *d);
        let r_len = usize::from(rem != 0);
        if rem != 0 {
            *r.first_mut().ok_or(BigIntError::BufferTooSmall)? = rem;
        }
        return Ok((trimmed_len(q), r_len));
    }
    let r = prefix_mut(r, b.len())?;
    need(scratch, divmod_scratch_len(a.len(), b.len()))?;
    knuth_divide(a, b, q, r, scratch);
    Ok((trimmed_len(q), trimmed_len(r)))
}

/// Algorithm D for normalized `a >= b`, `b.len() >= 2`, `q.len() == a.len() - b.len() + 1`,
/// `r.len() == b.len()`, scratch of [`divmod_scratch_len`] limbs.
pub(crate) fn knuth_divide(
    a: &[u32],
    b: &[u32],
    q: &mut [u32],
    r: &mut [u32],
    scratch: &mut [u32],
) {
    let n = b.len();
    let shift = b.last().map_or(0, |top| top.leading_zeros());
    let (vn, rest) = scratch.split_at_mut(n);
    let Some(un) = rest.get_mut(..a.len() + 1) else {
        return;
    };
    // D1: scale so the divisor's top bit is set, making the quotient estimate at most
    // two too large.
    shl_bits_into(b, shift, vn);
    shl_bits_into(a, shift, un);
    let (Some(&v_top), Some(&v_next)) = (vn.get(n - 1), vn.get(n - 2)) else {
        return;
    };
    let (v_top, v_next) = (u64::from(v_top), u64::from(v_next));
    for (j, q_limb) in q.iter_mut().enumerate().rev() {
        let Some(window) = un.get_mut(j..=j + n) else {
            return;
        };
        let (Some(&u_top), Some(&u_mid), Some(&u_low)) =
            (window.get(n), window.get(n - 1), window.get(n - 2))
        else {
            return;
        };
        // D3: estimate from the top two limbs, refine with the third.
        let numerator = u64::from(u_top) << 32 | u64::from(u_mid);
        let mut qhat = numerator / v_top;
        let mut rhat = numerator % v_top;
        while qhat > u64::from(u32::MAX) || qhat * v_next > (rhat << 32 | u64::from(u_low)) {
            qhat -= 1;
            rhat += v_top;
            if rhat > u64::from(u32::MAX) {
                break;
            }
        }
        // D4–D6: subtract qhat·v; if that went negative qhat was one too large.
        if mul_sub(window, vn, qhat as u32) {
            #[cfg(test)]
            ADD_BACKS.fetch_add(1, core::sync::atomic::Ordering::Relaxed);
            qhat -= 1;
            add_back(window, vn);
        }
        *q_limb = qhat as u32;
    }
    // D8: unscale the remainder.
    shr_bits_into(&un[..n], shift, r);
}

/// `window -= qhat * v` where `window.len() == v.len() + 1`; returns whether the true
/// result is negative (the window then holds it plus `B^(n+1)`).
fn mul_sub(window: &mut [u32], v: &[u32], qhat: u32) -> bool {
    let (low, top) = window.split_at_mut(v.len());
    let mut carry = 0u64;
    let mut borrow = 0u64;
    for (w, &vi) in low.iter_mut().zip(v) {
        let product = u64::from(qhat) * u64::from(vi) + carry;
        carry = product >> 32;
        let t = u64::from(*w)
            .wrapping_sub(product & 0xffff_ffff)
            .wrapping_sub(borrow);
        *w = t as u32;
        borrow = t >> 63;
    }
    match top.first_mut() {
        Some(w) => {
            let t = u64::from(*w).wrapping_sub(carry).wrapping_sub(borrow);
            *w = t as u32;
            t >> 63 != 0
        }
        None => false,
    }
}

/// `window += v` where `window.len() == v.len() + 1`, dropping the carry out of the top
/// (it cancels the borrow [`mul_sub`] left).
fn add_back(window: &mut [u32], v: &[u32]) {
    let mut carry = 0u64;
    for (i, w) in window.iter_mut().enumerate() {
        let sum = u64::from(*w) + u64::from(v.get(i).copied().unwrap_or(0)) + carry;
        *w = sum as u32;
        carry = sum >> 32;
    }
}

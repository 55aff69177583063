//! `math.gcd` and `math.isqrt` on magnitudes: Euclid's algorithm and Newton's
//! iteration, both built on [`divmod_mag`] with caller buffers.

use core::cmp::Ordering;

use super::div::{divmod_mag, divmod_scratch_len};
use super::mag::{add_mag, bit_length, cmp_mag, shl_mag, shr_bits_into, trim, trimmed_len};
use super::{need, prefix_mut, BigIntError};

/// Output length [`gcd_mag`] needs.
pub fn gcd_len(a_len: usize, b_len: usize) -> usize {
    a_len.max(b_len)
}

/// Scratch length [`gcd_mag`] needs.
pub fn gcd_scratch_len(a_len: usize, b_len: usize) -> usize {
    let n = a_len.max(b_len);
    // two rotating remainders, a quotient, and division scratch
    n.saturating_mul(3)
        .saturating_add(divmod_scratch_len(n, n))
        .saturating_add(1)
}

/// `out = gcd(a, b)` (0 when both are 0); returns the used length.
pub fn gcd_mag(
    a: &[u32],
    b: &[u32],
    out: &mut [u32],
    scratch: &mut [u32],
) -> Result<usize, BigIntError> {
    let (a, b) = (trim(a), trim(b));
    let n = a.len().max(b.len());
    let out = prefix_mut(out, n)?;
    need(scratch, gcd_scratch_len(a.len(), b.len()))?;
    let (x, rest) = scratch.split_at_mut(n);
    let (y, rest) = rest.split_at_mut(n);
    let (q, div_scratch) = rest.split_at_mut(n + 1);
    // keep the larger in x
    let (big, small) = if cmp_mag(a, b) == Ordering::Less {
        (b, a)
    } else {
        (a, b)
    };
    x[..big.len()].copy_from_slice(big);
    y[..small.len()].copy_from_slice(small);
    let (mut x_len, mut y_len) = (big.len(), small.len());
    let (mut x, mut y) = (x, y);
    while y_len > 0 {
        // x mod y lands in `out` as a temporary, then becomes the new y
        let (_, r_len) = divmod_mag(&x[..x_len], &y[..y_len], q, out, div_scratch)?;
        x[..r_len].copy_from_slice(&out[..r_len]);
        core::mem::swap(&mut x, &mut y);
        x_len = y_len;
        y_len = r_len;
    }
    out[..x_len].copy_from_slice(&x[..x_len]);
    Ok(x_len)
}

/// Output length [`isqrt_mag`] needs (room for the iterates, which start above the
/// root and may carry into one more limb).
pub fn isqrt_len(a_len: usize) -> usize {
    a_len / 2 + 2
}

/// Scratch length [`isqrt_mag`] needs.
pub fn isqrt_scratch_len(a_len: usize) -> usize {
    let n = isqrt_len(a_len);
    // the next iterate, the quotient a / x, division scratch, and x + a / x
    let quotient = a_len.saturating_add(1);
    let division = a_len.saturating_add(n).saturating_add(1);
    n.saturating_mul(2)
        .saturating_add(quotient)
        .saturating_add(division)
}

/// `out = floor(sqrt(a))`; returns the used length.
pub fn isqrt_mag(a: &[u32], out: &mut [u32], scratch: &mut [u32]) -> Result<usize, BigIntError> {
    let a = trim(a);
    if a.is_empty() {
        return Ok(0);
    }
    let n = isqrt_len(a.len());
    let out = prefix_mut(out, n)?;
    need(scratch, isqrt_scratch_len(a.len()))?;
    let (y, rest) = scratch.split_at_mut(n);
    let (q, rest) = rest.split_at_mut(a.len() + 1);
    let (div_scratch, sum) = rest.split_at_mut(a.len() + n + 1);
    // start at a power of two at least sqrt(a): Newton then decreases monotonically
    out.fill(0);
    let start_bits = bit_length(a).div_ceil(2);
    let mut x_len = shl_mag(&[1], start_bits, out)?;
    loop {
        // y = (x + a / x) / 2
        let (q_len, _) = divmod_mag(a, &out[..x_len], q, y, div_scratch)?;
        let s_len = add_mag(&out[..x_len], &q[..q_len], sum)?;
        y.fill(0);
        shr_bits_into(&sum[..s_len], 1, &mut y[..s_len.min(n)]);
        let y_len = trimmed_len(y);
        if cmp_mag(&y[..y_len], &out[..x_len]) != Ordering::Less {
            return Ok(x_len);
        }
        out.fill(0);
        out[..y_len].copy_from_slice(&y[..y_len]);
        x_len = y_len;
    }
}

#[cfg(test)]
mod tests {
    use alloc::vec;

    use super::super::owned::big;
    use super::super::BigIntOwned;
    use super::*;

    fn gcd(a: &BigIntOwned, b: &BigIntOwned) -> BigIntOwned {
        let mut out = vec![0u32; gcd_len(a.mag.len(), b.mag.len())];
        let mut scratch = vec![0u32; gcd_scratch_len(a.mag.len(), b.mag.len())];
        let n = gcd_mag(&a.mag, &b.mag, &mut out, &mut scratch).unwrap();
        BigIntOwned::from_mag(false, &out[..n])
    }

    fn isqrt(a: &BigIntOwned) -> BigIntOwned {
        let mut out = vec![0u32; isqrt_len(a.mag.len())];
        let mut scratch = vec![0u32; isqrt_scratch_len(a.mag.len())];
        let n = isqrt_mag(&a.mag, &mut out, &mut scratch).unwrap();
        BigIntOwned::from_mag(false, &out[..n])
    }

    #[test]
    fn gcd_matches_known_values() {
        let b = BigIntOwned::from_i128;
        assert_eq!(gcd(&b(0), &b(0)), b(0));
        assert_eq!(gcd(&b(0), &b(12)), b(12));
        assert_eq!(gcd(&b(12), &b(18)), b(6));
        assert_eq!(gcd(&b(17), &b(5)), b(1));
        let f = b(2).pow(300).mul(&b(3).pow(100));
        let g = b(2).pow(100).mul(&b(3).pow(200)).mul(&b(7));
        assert_eq!(gcd(&f, &g), b(2).pow(100).mul(&b(3).pow(100)));
        // consecutive Fibonacci numbers are coprime and take the most steps
        let (mut x, mut y) = (b(1), b(1));
        for _ in 0..500 {
            let z = x.add(&y);
            x = y;
            y = z;
        }
        assert_eq!(gcd(&x, &y), b(1));
    }

    #[test]
    fn random_values_against_i128() {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..3000 {
            let shift = next() % 120;
            let a = ((u128::from(next()) << 64 | u128::from(next())) >> (shift + 8)) as i128;
            let c = (next() >> (next() % 64)) as i128;
            let (mut x, mut y) = (a, c);
            while y != 0 {
                (x, y) = (y, x % y);
            }
            let b = BigIntOwned::from_i128;
            assert_eq!(gcd(&b(a), &b(c)), b(x), "gcd({a}, {c})");
            let r = isqrt(&b(a)).to_i128().unwrap();
            assert!(r * r <= a && (r + 1) * (r + 1) > a, "isqrt({a}) = {r}");
        }
    }

    #[test]
    fn isqrt_is_floor_of_root() {
        for v in [
            1i128,
            2,
            3,
            4,
            15,
            16,
            17,
            99,
            100,
            101,
            (1 << 62) - 1,
            1 << 62,
            i128::MAX,
        ] {
            let r = isqrt(&BigIntOwned::from_i128(v)).to_i128().unwrap();
            assert!(
                r * r <= v && (r + 1).checked_mul(r + 1).is_none_or(|s| s > v),
                "isqrt({v}) = {r}"
            );
        }
        assert_eq!(isqrt(&BigIntOwned::from_i128(0)), BigIntOwned::from_i128(0));
        let n = big("10").pow(1001);
        let r = isqrt(&n);
        assert!(r.mul(&r) <= n && r.add(&BigIntOwned::from_i128(1)).pow(2) > n);
        assert!(r.to_string_radix(10).starts_with(
            "31622776601683793319988935444327185337195551393252168268575048527925944386392382"
        ));
    }
}

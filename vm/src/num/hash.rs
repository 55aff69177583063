//! Python's numeric hashes: `hash(n)` for ints and `hash(x)` for floats agree whenever
//! the values are equal, because both reduce the exact rational value modulo the
//! Mersenne prime 2^61 - 1 (sys.hash_info.modulus on 64-bit builds).

use super::bigint::IntRef;

/// 2^61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `hash(inf)`; `hash(-inf)` is its negation.
pub const HASH_INF: i64 = 314_159;

/// Applies the sign and CPython's rule that -1 (its error marker) becomes -2.
fn signed_hash(magnitude: u64, negative: bool) -> i64 {
    let h = magnitude as i64;
    let h = if negative { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(v)` for a small int.
pub fn hash_i64(v: i64) -> i64 {
    signed_hash(v.unsigned_abs() % HASH_MODULUS, v < 0)
}

/// `hash(n)` for an int of any size.
pub fn hash_int(x: IntRef) -> i64 {
    let m = u128::from(HASH_MODULUS);
    let h = x
        .mag
        .iter()
        .rev()
        .fold(0u128, |h, &limb| ((h << 32) | u128::from(limb)) % m);
    signed_hash(h as u64, x.negative)
}

/// `hash(x)` for a float; `None` for NaN, whose hash is the object's identity hash.
pub fn hash_f64(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { HASH_INF } else { -HASH_INF });
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mant, exp2) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, biased - 1075)
    };
    // x = mant · 2^exp2, and 2^61 ≡ 1 makes 2^exp2 ≡ 2^(exp2 mod 61)
    let power = 1u128 << exp2.rem_euclid(61);
    let h = (u128::from(mant) * power) % u128::from(HASH_MODULUS);
    Some(signed_hash(h as u64, x < 0.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::num::bigint::BigIntOwned;

    #[test]
    fn float_hashes_match_cpython() {
        let cases: &[(f64, i64)] = &[
            (0.5, 1152921504606846976),
            (1.5, 1152921504606846977),
            (-1.5, -1152921504606846977),
            (1e100, 1822893315824342674),
            (1e-300, 482449582752280463),
            (5e-324, 16777216),
            (4.611686018427388e18, 2),
            (1.2676506002282294e30, 549755813888),
            (0.1, 230584300921369408),
            (123.456, 1051464412201451643),
            (-0.0, 0),
            (f64::MAX, 2234066890152476671),
            (-1.0, -2),
            (2.305843009213694e18, 1),
            (3.0, 3),
            (f64::NEG_INFINITY, -314159),
        ];
        for &(x, h) in cases {
            assert_eq!(hash_f64(x), Some(h), "hash({x})");
        }
        assert_eq!(hash_f64(f64::NAN), None);
    }

    #[test]
    fn int_hashes_match_cpython_and_floats() {
        let cases: &[(&str, i64)] = &[
            ("0", 0),
            ("1", 1),
            ("-1", -2),
            ("-2", -2),
            ("2305843009213693951", 0),
            ("2305843009213693952", 1),
            ("2305843009213693950", 2305843009213693950),
            ("-2305843009213693951", 0),
            ("18446744073709551616", 8),
            ("-18446744073709551611", -3),
            ("1000000000000000000000000000000", 465258685558744706),
            ("-1000000000000000000000000000000", -465258685558744706),
            ("1267650600228229401496703205376", 549755813888),
        ];
        for &(text, h) in cases {
            let v = BigIntOwned::parse(text, 10).unwrap();
            assert_eq!(hash_int(v.view()), h, "hash({text})");
            if let Some(small) = crate::num::bigint::to_i64(v.view()) {
                assert_eq!(hash_i64(small), h);
            }
        }
        assert_eq!(hash_i64(i64::MIN), -4);
        let three_200 = BigIntOwned::from_i128(3).pow(200);
        assert_eq!(hash_int(three_200.view()), 424410663027747676);
        // equal values hash equally across types
        let big = BigIntOwned::from_i128(1).shl(1000);
        assert_eq!(
            hash_int(big.view()),
            hash_f64(f64::from_bits((1000 + 1023) << 52)).unwrap()
        );
    }
}

//! Test-only owned big integer: a `Vec`-backed wrapper over the slice API so tests can
//! write arithmetic as expressions. Every operation sizes its buffers with the `*_len`
//! companions, which tests those too.

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::fmt;

use super::*;

#[derive(Clone, PartialEq, Eq)]
pub struct BigIntOwned {
    pub negative: bool,
    pub mag: Vec<u32>,
}

impl BigIntOwned {
    pub fn view(&self) -> IntRef<'_> {
        IntRef::new(self.negative, &self.mag)
    }

    fn from_result(buf: Vec<u32>, r: SignedLen) -> Self {
        let mut mag = buf;
        mag.truncate(r.len);
        assert_eq!(mag.len(), trimmed_len(&mag), "result not normalized");
        BigIntOwned {
            negative: r.negative,
            mag,
        }
    }

    pub fn from_i128(v: i128) -> Self {
        let mut buf = [0u32; 4];
        let r = IntRef::from_i128(v, &mut buf);
        BigIntOwned {
            negative: r.negative,
            mag: r.mag.to_vec(),
        }
    }

    pub fn from_mag(negative: bool, mag: &[u32]) -> Self {
        let r = IntRef::new(negative, mag);
        BigIntOwned {
            negative: r.negative,
            mag: r.mag.to_vec(),
        }
    }

    pub fn parse(text: &str, base: u32) -> Result<Self, BigIntError> {
        let mut buf = vec![0u32; parse_int_len(text.len())];
        let r = parse_int(text, base, &mut buf)?;
        Ok(Self::from_result(buf, r))
    }

    pub fn to_i128(&self) -> Option<i128> {
        to_i128(self.view())
    }

    pub fn to_string_radix(&self, radix: u32) -> String {
        let mut s = String::new();
        if self.negative {
            s.push('-');
        }
        let mut scratch = vec![0u32; to_str_radix_scratch_len(self.mag.len(), radix)];
        let n = write_str_radix(&self.mag, radix, false, &mut s, &mut scratch).unwrap();
        assert!(n <= to_str_radix_len(self.mag.len(), radix));
        let mut bytes = vec![0u8; to_str_radix_len(self.mag.len(), radix)];
        let m = to_str_radix(&self.mag, radix, false, &mut bytes, &mut scratch).unwrap();
        assert_eq!(&bytes[..m], s.trim_start_matches('-').as_bytes());
        s
    }

    pub fn add(&self, o: &Self) -> Self {
        let mut buf = vec![0u32; add_len(self.mag.len(), o.mag.len())];
        let r = add(self.view(), o.view(), &mut buf).unwrap();
        Self::from_result(buf, r)
    }

    pub fn sub(&self, o: &Self) -> Self {
        let mut buf = vec![0u32; add_len(self.mag.len(), o.mag.len())];
        let r = sub(self.view(), o.view(), &mut buf).unwrap();
        Self::from_result(buf, r)
    }

    pub fn mul(&self, o: &Self) -> Self {
        let mut buf = vec![0u32; mul_mag_len(self.mag.len(), o.mag.len())];
        let mut scratch = vec![0u32; mul_scratch_len(self.mag.len(), o.mag.len())];
        let r = mul(self.view(), o.view(), &mut buf, &mut scratch).unwrap();
        Self::from_result(buf, r)
    }

    /// Python's `divmod(self, o)`.
    pub fn divmod(&self, o: &Self) -> Result<(Self, Self), BigIntError> {
        let (ql, rl) = floordiv_lens(self.mag.len(), o.mag.len());
        let mut q = vec![0u32; ql];
        let mut r = vec![0u32; rl];
        let mut scratch = vec![0u32; floordiv_scratch_len(self.mag.len(), o.mag.len())];
        let (qs, rs) = floordiv_mod(self.view(), o.view(), &mut q, &mut r, &mut scratch)?;
        Ok((Self::from_result(q, qs), Self::from_result(r, rs)))
    }

    pub fn floordiv(&self, o: &Self) -> Self {
        self.divmod(o).unwrap().0
    }

    pub fn modulo(&self, o: &Self) -> Self {
        self.divmod(o).unwrap().1
    }

    pub fn pow(&self, exp: u64) -> Self {
        let mut buf = vec![0u32; pow_len(&self.mag, exp).unwrap()];
        let mut scratch = vec![0u32; pow_scratch_len(&self.mag, exp).unwrap()];
        let r = pow(self.view(), exp, &mut buf, &mut scratch).unwrap();
        Self::from_result(buf, r)
    }

    pub fn pow_mod(&self, exp: &Self, m: &Self) -> Self {
        let mut buf = vec![0u32; pow_mod_len(m.mag.len())];
        let mut scratch = vec![0u32; pow_mod_scratch_len(self.mag.len(), m.mag.len())];
        let r = pow_mod(self.view(), &exp.mag, m.view(), &mut buf, &mut scratch).unwrap();
        Self::from_result(buf, r)
    }

    pub fn shl(&self, bits: u64) -> Self {
        let mut buf = vec![0u32; shl_len(self.mag.len(), bits).unwrap()];
        let r = shl(self.view(), bits, &mut buf).unwrap();
        Self::from_result(buf, r)
    }

    pub fn shr(&self, bits: u64) -> Self {
        let mut buf = vec![0u32; shr_len(self.mag.len(), bits)];
        let r = shr(self.view(), bits, &mut buf).unwrap();
        Self::from_result(buf, r)
    }

    pub fn bitop(&self, op: BitOp, o: &Self) -> Self {
        let mut buf = vec![0u32; bitwise_len(self.mag.len(), o.mag.len())];
        let r = bitwise(op, self.view(), o.view(), &mut buf).unwrap();
        Self::from_result(buf, r)
    }

    pub fn not(&self) -> Self {
        let mut buf = vec![0u32; bit_not_len(self.mag.len())];
        let r = bit_not(self.view(), &mut buf).unwrap();
        Self::from_result(buf, r)
    }

    pub fn neg(&self) -> Self {
        Self::from_mag(!self.negative, &self.mag)
    }

    pub fn to_f64(&self) -> Result<f64, BigIntError> {
        to_f64(self.view())
    }

    pub fn from_f64(x: f64) -> Result<Self, BigIntError> {
        let mut buf = vec![0u32; from_f64_len(x).unwrap_or(0)];
        let r = from_f64(x, &mut buf)?;
        Ok(Self::from_result(buf, r))
    }

    pub fn true_div(&self, o: &Self) -> Result<f64, BigIntError> {
        let mut scratch = vec![0u32; true_div_scratch_len(self.mag.len(), o.mag.len())];
        true_div(self.view(), o.view(), &mut scratch)
    }
}

impl PartialOrd for BigIntOwned {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

impl Ord for BigIntOwned {
    fn cmp(&self, o: &Self) -> Ordering {
        cmp(self.view(), o.view())
    }
}

impl fmt::Display for BigIntOwned {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_string_radix(10))
    }
}

impl fmt::Debug for BigIntOwned {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_string_radix(10))
    }
}

/// Shorthand for tests: a decimal literal (Python syntax, underscores allowed).
pub fn big(text: &str) -> BigIntOwned {
    BigIntOwned::parse(text, 10).unwrap()
}

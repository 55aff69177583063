//! A small arbitrary-precision integer for parse-time constant folding (`2 ** 100`,
//! `1 << 200`, `10 ** 400 - 1`), with Python semantics: floor division and modulo round
//! toward negative infinity, bitwise operators act on two's complement. Results are
//! capped at `MAX_BITS`; a fold beyond that is not done (the expression is compiled).

use alloc::string::String;
use alloc::vec::Vec;

/// Largest result the folder computes.
pub const MAX_BITS: u64 = 1 << 14;

/// Sign and magnitude (little-endian 32-bit limbs, no high zero limbs; zero is empty).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BigInt {
    neg: bool,
    mag: Vec<u32>,
}

fn trim(mag: &mut Vec<u32>) {
    while mag.last() == Some(&0) {
        mag.pop();
    }
}

fn cmp_mag(a: &[u32], b: &[u32]) -> core::cmp::Ordering {
    a.len()
        .cmp(&b.len())
        .then_with(|| a.iter().rev().cmp(b.iter().rev()))
}

fn add_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len().max(b.len()) + 1);
    let mut carry = 0u64;
    for i in 0..a.len().max(b.len()) {
        let s = u64::from(*a.get(i).unwrap_or(&0)) + u64::from(*b.get(i).unwrap_or(&0)) + carry;
        out.push(s as u32);
        carry = s >> 32;
    }
    if carry > 0 {
        out.push(carry as u32);
    }
    out
}

/// `a - b` for `a >= b`.
fn sub_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len());
    let mut borrow = 0i64;
    for (i, &x) in a.iter().enumerate() {
        let d = i64::from(x) - i64::from(*b.get(i).unwrap_or(&0)) - borrow;
        borrow = i64::from(d < 0);
        out.push((d + (borrow << 32)) as u32);
    }
    trim(&mut out);
    out
}

fn mul_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let mut out = alloc::vec![0u32; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            let t = u64::from(x) * u64::from(y) + u64::from(out[i + j]) + carry;
            out[i + j] = t as u32;
            carry = t >> 32;
        }
        out[i + b.len()] = carry as u32;
    }
    trim(&mut out);
    out
}

/// Divide a magnitude by one limb; returns (quotient, remainder).
fn divmod_small(a: &[u32], d: u32) -> (Vec<u32>, u32) {
    let mut q = alloc::vec![0u32; a.len()];
    let mut r = 0u64;
    for i in (0..a.len()).rev() {
        let cur = (r << 32) | u64::from(a[i]);
        q[i] = (cur / u64::from(d)) as u32;
        r = cur % u64::from(d);
    }
    trim(&mut q);
    (q, r as u32)
}

fn shl_mag(a: &[u32], n: u64) -> Vec<u32> {
    if a.is_empty() {
        return Vec::new();
    }
    let limbs = (n / 32) as usize;
    let bits = (n % 32) as u32;
    let mut out = alloc::vec![0u32; limbs];
    let mut carry = 0u32;
    for &x in a {
        if bits == 0 {
            out.push(x);
        } else {
            out.push((x << bits) | carry);
            carry = x >> (32 - bits);
        }
    }
    if carry != 0 {
        out.push(carry);
    }
    out
}

fn shr_mag(a: &[u32], n: u64) -> Vec<u32> {
    let limbs = (n / 32) as usize;
    if limbs >= a.len() {
        return Vec::new();
    }
    let bits = (n % 32) as u32;
    let mut out = Vec::with_capacity(a.len() - limbs);
    for i in limbs..a.len() {
        let lo = a[i] >> bits;
        let hi = if bits == 0 {
            0
        } else {
            a.get(i + 1).map_or(0, |&h| h << (32 - bits))
        };
        out.push(lo | hi);
    }
    trim(&mut out);
    out
}

/// Knuth's algorithm D: (quotient, remainder) of magnitudes, `b` non-empty.
fn divmod_mag(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    if cmp_mag(a, b) == core::cmp::Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    if b.len() == 1 {
        let (q, r) = divmod_small(a, b[0]);
        let mut r = alloc::vec![r];
        trim(&mut r);
        return (q, r);
    }
    let shift = u64::from(b[b.len() - 1].leading_zeros());
    let v = shl_mag(b, shift);
    let mut u = shl_mag(a, shift);
    if u.len() == a.len() {
        u.push(0);
    }
    let n = v.len();
    let m = u.len() - n;
    let mut q = alloc::vec![0u32; m];
    let vtop = u64::from(v[n - 1]);
    let vnext = u64::from(v[n - 2]);
    for j in (0..m).rev() {
        let num = (u64::from(u[j + n]) << 32) | u64::from(u[j + n - 1]);
        let mut qhat = num / vtop;
        let mut rhat = num % vtop;
        while qhat >= 1 << 32 || qhat * vnext > ((rhat << 32) | u64::from(u[j + n - 2])) {
            qhat -= 1;
            rhat += vtop;
            if rhat >= 1 << 32 {
                break;
            }
        }
        let mut borrow = 0i64;
        let mut carry = 0u64;
        for i in 0..n {
            let p = qhat * u64::from(v[i]) + carry;
            carry = p >> 32;
            let t = i64::from(u[i + j]) - borrow - (p & 0xffff_ffff) as i64;
            u[i + j] = t as u32;
            borrow = i64::from(t < 0);
        }
        let t = i64::from(u[j + n]) - borrow - carry as i64;
        u[j + n] = t as u32;
        if t < 0 {
            qhat -= 1;
            let mut c = 0u64;
            for i in 0..n {
                let s = u64::from(u[i + j]) + u64::from(v[i]) + c;
                u[i + j] = s as u32;
                c = s >> 32;
            }
            u[j + n] = u[j + n].wrapping_add(c as u32);
        }
        q[j] = qhat as u32;
    }
    trim(&mut q);
    u.truncate(n);
    trim(&mut u);
    (q, shr_mag(&u, shift))
}

impl BigInt {
    fn new(neg: bool, mut mag: Vec<u32>) -> BigInt {
        trim(&mut mag);
        let neg = neg && !mag.is_empty();
        BigInt { neg, mag }
    }

    pub fn from_i64(v: i64) -> BigInt {
        let m = v.unsigned_abs();
        BigInt::new(v < 0, alloc::vec![m as u32, (m >> 32) as u32])
    }

    /// Parse decimal text with an optional `-`.
    pub fn from_decimal(text: &str) -> Option<BigInt> {
        let (neg, digits) = match text.strip_prefix('-') {
            Some(d) => (true, d),
            None => (false, text),
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let mut mag: Vec<u32> = Vec::new();
        for chunk in digits.as_bytes().chunks(9) {
            let mut v = 0u64;
            for &d in chunk {
                v = v * 10 + u64::from(d - b'0');
            }
            let scale = 10u64.pow(chunk.len() as u32);
            let mut carry = v;
            for limb in mag.iter_mut() {
                let t = u64::from(*limb) * scale + carry;
                *limb = t as u32;
                carry = t >> 32;
            }
            if carry > 0 {
                mag.push(carry as u32);
            }
        }
        Some(BigInt::new(neg, mag))
    }

    /// The value if it fits an `i64`.
    pub fn to_i64(&self) -> Option<i64> {
        if self.mag.len() > 2 {
            return None;
        }
        let m = u64::from(*self.mag.first().unwrap_or(&0))
            | (u64::from(*self.mag.get(1).unwrap_or(&0)) << 32);
        if self.neg {
            0i64.checked_sub_unsigned(m)
        } else {
            i64::try_from(m).ok()
        }
    }

    /// Decimal text.
    pub fn to_decimal(&self) -> String {
        let mut chunks = Vec::new();
        let mut m = self.mag.clone();
        while !m.is_empty() {
            let (q, r) = divmod_small(&m, 1_000_000_000);
            chunks.push(r);
            m = q;
        }
        let mut s = String::new();
        if self.neg {
            s.push('-');
        }
        match chunks.pop() {
            None => s.push('0'),
            Some(top) => s.push_str(&alloc::format!("{top}")),
        }
        for c in chunks.iter().rev() {
            s.push_str(&alloc::format!("{c:09}"));
        }
        s
    }

    pub fn bits(&self) -> u64 {
        match self.mag.last() {
            None => 0,
            Some(top) => self.mag.len() as u64 * 32 - u64::from(top.leading_zeros()),
        }
    }

    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    pub fn is_negative(&self) -> bool {
        self.neg
    }

    /// The value as a float, if it converts exactly (at most 53 significant bits).
    pub fn to_exact_f64(&self) -> Option<f64> {
        if self.is_zero() {
            return Some(0.0);
        }
        let trailing: u64 = {
            let mut n = 0;
            for &limb in &self.mag {
                if limb == 0 {
                    n += 32;
                } else {
                    n += u64::from(limb.trailing_zeros());
                    break;
                }
            }
            n
        };
        if self.bits() - trailing > 53 || self.bits() > 1024 {
            return None;
        }
        let top = shr_mag(&self.mag, trailing);
        let m =
            u64::from(*top.first().unwrap_or(&0)) | (u64::from(*top.get(1).unwrap_or(&0)) << 32);
        let mut v = m as f64;
        for _ in 0..trailing {
            v *= 2.0;
        }
        Some(if self.neg { -v } else { v })
    }

    pub fn neg(&self) -> BigInt {
        BigInt::new(!self.neg, self.mag.clone())
    }

    pub fn add(&self, o: &BigInt) -> BigInt {
        if self.neg == o.neg {
            return BigInt::new(self.neg, add_mag(&self.mag, &o.mag));
        }
        match cmp_mag(&self.mag, &o.mag) {
            core::cmp::Ordering::Less => BigInt::new(o.neg, sub_mag(&o.mag, &self.mag)),
            _ => BigInt::new(self.neg, sub_mag(&self.mag, &o.mag)),
        }
    }

    pub fn sub(&self, o: &BigInt) -> BigInt {
        self.add(&o.neg())
    }

    pub fn mul(&self, o: &BigInt) -> Option<BigInt> {
        if self.bits() + o.bits() > MAX_BITS {
            return None;
        }
        Some(BigInt::new(self.neg != o.neg, mul_mag(&self.mag, &o.mag)))
    }

    /// Floor division and modulo (`None` when dividing by zero).
    pub fn divmod(&self, o: &BigInt) -> Option<(BigInt, BigInt)> {
        if o.is_zero() {
            return None;
        }
        let (q, r) = divmod_mag(&self.mag, &o.mag);
        let mut q = BigInt::new(self.neg != o.neg, q);
        let mut r = BigInt::new(self.neg, r);
        if !r.is_zero() && r.neg != o.neg {
            q = q.sub(&BigInt::from_i64(1));
            r = r.add(o);
        }
        Some((q, r))
    }

    pub fn pow(&self, exp: u64) -> Option<BigInt> {
        if self.bits().saturating_sub(1).saturating_mul(exp) > MAX_BITS {
            return None;
        }
        let mut result = BigInt::from_i64(1);
        let mut base = self.clone();
        let mut e = exp;
        while e > 0 {
            if e & 1 == 1 {
                result = result.mul(&base)?;
            }
            e >>= 1;
            if e > 0 {
                base = base.mul(&base)?;
            }
        }
        Some(result)
    }

    pub fn shl(&self, n: u64) -> Option<BigInt> {
        if self.is_zero() {
            return Some(self.clone());
        }
        if self.bits() + n > MAX_BITS {
            return None;
        }
        Some(BigInt::new(self.neg, shl_mag(&self.mag, n)))
    }

    /// Arithmetic shift right (floor).
    pub fn shr(&self, n: u64) -> BigInt {
        if !self.neg {
            return BigInt::new(false, shr_mag(&self.mag, n));
        }
        // -((|x| - 1) >> n) - 1
        let m = sub_mag(&self.mag, &[1]);
        BigInt::new(false, shr_mag(&m, n))
            .neg()
            .sub(&BigInt::from_i64(1))
    }

    /// Two's complement limbs over `width` limbs.
    fn twos(&self, width: usize) -> Vec<u32> {
        let mut limbs: Vec<u32> = (0..width).map(|i| *self.mag.get(i).unwrap_or(&0)).collect();
        if self.neg {
            let mut carry = 1u64;
            for l in limbs.iter_mut() {
                let t = u64::from(!*l) + carry;
                *l = t as u32;
                carry = t >> 32;
            }
        }
        limbs
    }

    fn from_twos(mut limbs: Vec<u32>) -> BigInt {
        let neg = limbs.last().is_some_and(|&t| t & 0x8000_0000 != 0);
        if neg {
            let mut carry = 1u64;
            for l in limbs.iter_mut() {
                let t = u64::from(!*l) + carry;
                *l = t as u32;
                carry = t >> 32;
            }
        }
        BigInt::new(neg, limbs)
    }

    /// `&`, `|` or `^` (selected by `f`) with two's complement semantics.
    pub fn bitwise(&self, o: &BigInt, f: fn(u32, u32) -> u32) -> BigInt {
        let width = self.mag.len().max(o.mag.len()) + 1;
        let a = self.twos(width);
        let b = o.twos(width);
        BigInt::from_twos(a.iter().zip(&b).map(|(&x, &y)| f(x, y)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        BigInt::from_decimal(s).unwrap()
    }

    #[test]
    fn arithmetic_matches_python() {
        let two = BigInt::from_i64(2);
        assert_eq!(
            two.pow(100).unwrap().to_decimal(),
            "1267650600228229401496703205376"
        );
        let p = two.pow(521).unwrap().sub(&BigInt::from_i64(1));
        assert!(p.to_decimal().starts_with("68647976601306097149"));
        let a = big("123456789012345678901234567890");
        let b = big("-987654321098765432");
        let (q, r) = a.divmod(&b).unwrap();
        assert_eq!(q.to_decimal(), "-124999998861");
        assert_eq!(r.to_decimal(), "-61728367271605062");
        assert_eq!(q.mul(&b).unwrap().add(&r), a);
        let x = BigInt::from_i64(1).shl(200).unwrap();
        assert_eq!(x.shr(190).to_i64(), Some(1024));
        assert_eq!(BigInt::from_i64(-5).shr(1).to_i64(), Some(-3));
        assert_eq!(
            BigInt::from_i64(-6)
                .bitwise(&BigInt::from_i64(3), |x, y| x & y)
                .to_i64(),
            Some(2)
        );
        assert_eq!(
            BigInt::from_i64(-6)
                .bitwise(&BigInt::from_i64(3), |x, y| x | y)
                .to_i64(),
            Some(-5)
        );
        assert_eq!(
            BigInt::from_i64(i64::MIN).neg().to_decimal(),
            "9223372036854775808"
        );
        assert_eq!(
            BigInt::from_i64(7)
                .divmod(&BigInt::from_i64(-2))
                .map(|(q, r)| (q.to_i64(), r.to_i64())),
            Some((Some(-4), Some(-1)))
        );
        assert!(BigInt::from_i64(3).pow(1 << 20).is_none());
    }
}

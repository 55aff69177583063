//! Decimal digits of an f64, in the three modes CPython's dtoa offers: shortest
//! round-trip (repr), `n` significant digits, and `n` digits after the point — all
//! correctly rounded (ties to even) on the exact binary value.
//!
//! core's float formatting already is: `{:e}` gives the shortest round-trip digits and
//! `{:.N}` / `{:.Ne}` round exactly. We capture its output through a small
//! `fmt::Write` and keep only the digits and the decimal exponent, so the layout rules
//! of Python (in `float_format`) can be applied on top. No allocation: an f64's exact
//! decimal expansion has at most 767 significant digits, which fit a fixed buffer.

use core::fmt::{self, Write};

use super::SliceWriter;

/// More than the 767 significant digits any f64 can have.
pub const MAX_SIGNIFICANT: usize = 800;

/// Fraction digits past which every f64 is exact (2^-1074 has 1074).
const MAX_FRACTION: usize = 1080;

/// A non-negative decimal `0.d1d2…dn × 10^decpt` with no trailing zeros in `d`.
/// Zero is the single digit `0` with `decpt == 1`, as dtoa reports it.
#[derive(Clone)]
pub struct Decimal {
    digits: [u8; MAX_SIGNIFICANT],
    len: usize,
    decpt: i32,
}

impl Decimal {
    /// The shortest digits that read back as `|x|` (x finite); of two equally short
    /// and equally near candidates, the one with an even last digit (as CPython).
    pub fn shortest(x: f64) -> Decimal {
        let mut d = Decimal::capture(|w| write!(w, "{:e}", x.abs()));
        d.break_tie_to_even(x.abs());
        d
    }

    /// core's shortest formatting may break an exact tie upward where CPython's dtoa
    /// picks the even digit (`8828589475409.3125` → `…409.312`). A tie needs the exact
    /// value to have one digit more than the shortest form, ending in 5, which only
    /// short dyadic fractions have: `m / 2^k = m·5^k / 10^k` with small `k`.
    fn break_tie_to_even(&mut self, x: f64) {
        let bits = x.to_bits();
        let biased = ((bits >> 52) & 0x7ff) as i64;
        let fraction = bits & ((1u64 << 52) - 1);
        let (mut mant, exp2) = if biased == 0 {
            (fraction, -1074)
        } else {
            (fraction | 1 << 52, biased - 1075)
        };
        if mant == 0 {
            return;
        }
        let shift = mant.trailing_zeros();
        mant >>= shift;
        let k = -(exp2 + i64::from(shift));
        // 5^k must keep m·5^k within 19 digits; beyond that no 17-digit tie exists
        if !(1..=27).contains(&k) {
            return;
        }
        let Some(exact) = u128::from(mant).checked_mul(5u128.pow(k as u32)) else {
            return;
        };
        let exact_len = decimal_len(exact);
        if exact_len != self.len + 1 {
            return;
        }
        let current = self
            .digits()
            .iter()
            .fold(0u128, |acc, &d| acc * 10 + u128::from(d - b'0'));
        let low = exact / 10;
        // the shortest form may carry (…9 → …10), so compare at the exact scale
        let scale_gap = (exact_len as i64 - k) - i64::from(self.decpt);
        if scale_gap != 0 {
            return;
        }
        let even = if low % 2 == 0 { low } else { low + 1 };
        if current == even || (current != low && current != low + 1) {
            return;
        }
        let exponent = 1 - k;
        let mut text = [0u8; 48];
        let mut w = SliceWriter {
            buf: &mut text,
            len: 0,
        };
        if write!(w, "{even}e{exponent}").is_err() {
            return;
        }
        let len = w.len;
        let round_trips = core::str::from_utf8(&text[..len])
            .ok()
            .and_then(|t| t.parse::<f64>().ok())
            == Some(x);
        if round_trips {
            *self = Decimal::capture(|w| {
                w.write_str(core::str::from_utf8(&text[..len]).unwrap_or("0"))
            });
        }
    }

    /// `|x|` rounded to `n >= 1` significant digits (x finite).
    pub fn significant(x: f64, n: usize) -> Decimal {
        // past MAX_SIGNIFICANT digits every expansion is exact, so asking for more
        // only adds zeros
        let n = n.clamp(1, MAX_SIGNIFICANT);
        Decimal::capture(|w| write!(w, "{:.*e}", n - 1, x.abs()))
    }

    /// `|x|` rounded to `n` digits after the decimal point (x finite).
    pub fn fixed(x: f64, n: usize) -> Decimal {
        let n = n.min(MAX_FRACTION);
        Decimal::capture(|w| write!(w, "{:.*}", n, x.abs()))
    }

    /// The digits, ASCII, without trailing zeros (`b"0"` for zero).
    pub fn digits(&self) -> &[u8] {
        self.digits.get(..self.len).unwrap_or(b"0")
    }

    /// Position of the decimal point relative to the digits: value is
    /// `0.digits × 10^decpt`.
    pub fn decpt(&self) -> i32 {
        self.decpt
    }

    pub fn is_zero(&self) -> bool {
        self.digits() == b"0"
    }

    fn capture(format: impl FnOnce(&mut Capture) -> fmt::Result) -> Decimal {
        let mut cap = Capture {
            digits: [b'0'; MAX_SIGNIFICANT],
            len: 0,
            significant_seen: false,
            point_seen: false,
            in_exponent: false,
            exponent_negative: false,
            exponent: 0,
            int_digits: 0,
            leading_fraction_zeros: 0,
        };
        // Capture never fails and core's float formatting has no other error source
        let _ = format(&mut cap);
        cap.finish()
    }
}

/// Number of decimal digits of `v` (at least 1).
fn decimal_len(mut v: u128) -> usize {
    let mut n = 1;
    while v >= 10 {
        v /= 10;
        n += 1;
    }
    n
}

/// Collects the digits and the point/exponent position of core's float output
/// (`123.45`, `0.00012`, `1.2345e-5`, `0e0`).
struct Capture {
    digits: [u8; MAX_SIGNIFICANT],
    len: usize,
    significant_seen: bool,
    point_seen: bool,
    in_exponent: bool,
    exponent_negative: bool,
    exponent: i32,
    /// Significant digits before the point.
    int_digits: i32,
    /// Zeros between the point and the first significant digit.
    leading_fraction_zeros: i32,
}

impl Capture {
    fn finish(self) -> Decimal {
        let len = self.digits[..self.len]
            .iter()
            .rposition(|&d| d != b'0')
            .map_or(0, |i| i + 1);
        if len == 0 {
            return Decimal {
                digits: self.digits,
                len: 1,
                decpt: 1,
            };
        }
        let exponent = if self.exponent_negative {
            -self.exponent
        } else {
            self.exponent
        };
        let decpt = if self.int_digits > 0 {
            self.int_digits
        } else {
            -self.leading_fraction_zeros
        };
        Decimal {
            digits: self.digits,
            len,
            decpt: decpt.saturating_add(exponent),
        }
    }
}

impl Write for Capture {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for b in s.bytes() {
            if self.in_exponent {
                match b {
                    b'-' => self.exponent_negative = true,
                    b'0'..=b'9' => {
                        self.exponent = self
                            .exponent
                            .saturating_mul(10)
                            .saturating_add(i32::from(b - b'0'))
                    }
                    _ => {}
                }
                continue;
            }
            match b {
                b'e' | b'E' => self.in_exponent = true,
                b'.' => self.point_seen = true,
                b'0' if !self.significant_seen && self.point_seen => {
                    self.leading_fraction_zeros += 1;
                }
                b'0' if !self.significant_seen => {}
                b'0'..=b'9' => {
                    self.significant_seen = true;
                    if !self.point_seen {
                        self.int_digits += 1;
                    }
                    // digits past the buffer are zeros of an exact expansion
                    if let Some(slot) = self.digits.get_mut(self.len) {
                        *slot = b;
                        self.len += 1;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(d: &Decimal) -> (&str, i32) {
        (core::str::from_utf8(d.digits()).unwrap(), d.decpt())
    }

    #[test]
    fn captures_digits_and_point() {
        assert_eq!(parts(&Decimal::shortest(0.1)), ("1", 0));
        assert_eq!(parts(&Decimal::shortest(123.45)), ("12345", 3));
        assert_eq!(parts(&Decimal::shortest(1e-7)), ("1", -6));
        assert_eq!(parts(&Decimal::shortest(1e16)), ("1", 17));
        assert_eq!(parts(&Decimal::shortest(0.0)), ("0", 1));
        assert_eq!(parts(&Decimal::shortest(-2.5)), ("25", 1));
        assert_eq!(parts(&Decimal::shortest(5e-324)), ("5", -323));
        // exact ties between two shortest candidates go to the even digit
        assert_eq!(
            parts(&Decimal::shortest(8828589475409.0 + 0.3125)),
            ("8828589475409312", 13)
        );
        assert_eq!(
            parts(&Decimal::shortest(1882392329554.0 + 0.78125)),
            ("18823923295547812", 13)
        );
        assert_eq!(parts(&Decimal::significant(0.125, 2)), ("12", 0));
        assert_eq!(parts(&Decimal::significant(9.99, 2)), ("1", 2));
        assert_eq!(parts(&Decimal::significant(1.0, 5)), ("1", 1));
        assert_eq!(parts(&Decimal::fixed(0.0001, 2)), ("0", 1));
        assert_eq!(parts(&Decimal::fixed(0.00012, 4)), ("1", -3));
        assert_eq!(parts(&Decimal::fixed(2.5, 0)), ("2", 1));
        assert_eq!(parts(&Decimal::fixed(1e22, 3)), ("1", 23));
    }

    #[test]
    fn exact_expansions_fit() {
        // the longest significand: the largest subnormal has 766 significant digits
        let d = Decimal::significant(f64::from_bits(0x000f_ffff_ffff_ffff), 2000);
        assert!(
            d.digits().len() > 700 && d.digits().len() <= 767,
            "{}",
            d.digits().len()
        );
        assert_eq!(d.decpt(), -307);
        let d = Decimal::fixed(5e-324, 5000);
        assert_eq!(d.decpt(), -323);
        assert_eq!(d.digits().len(), 751);
        assert!(d
            .digits()
            .starts_with(b"4940656458412465441765687928682213723650"));
    }
}

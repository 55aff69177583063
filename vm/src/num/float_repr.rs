//! `repr(float)` and `str(float)` (identical in Python 3): the shortest digits that
//! read back to the same float, in scientific notation when the decimal exponent is
//! below -4 or at least 16 (`1e+16`, `1.5e-05`), otherwise fixed with at least one
//! digit after the point (`1.0`, `0.0001`); `inf`, `-inf`, `nan`, `-0.0`.

use core::fmt::{self, Write};

use super::float_format::{write_float, FloatStyle};

/// Writes `repr(x)`.
pub fn write_float_repr(out: &mut dyn Write, x: f64) -> fmt::Result {
    write_float(out, x, &FloatStyle::REPR)
}

/// Longest repr: `-2.2250738585072014e-308` has 24 characters.
pub const FLOAT_REPR_MAX_LEN: usize = 24;

/// `repr(x)` into `buf`; returns the used length.
pub fn float_repr_bytes(x: f64, buf: &mut [u8; FLOAT_REPR_MAX_LEN]) -> usize {
    let mut w = ByteWriter { buf, len: 0 };
    // the buffer holds every repr, so the writer never refuses
    let _ = write_float_repr(&mut w, x);
    w.len
}

struct ByteWriter<'a> {
    buf: &'a mut [u8],
    len: usize,
}

impl Write for ByteWriter<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        self.buf
            .get_mut(self.len..end)
            .ok_or(fmt::Error)?
            .copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use alloc::string::String;

    use super::*;
    use crate::num::test_tables::{float_from_hex, rows, Mismatches};

    fn repr(x: f64) -> String {
        let mut s = String::new();
        write_float_repr(&mut s, x).unwrap();
        let mut buf = [0u8; FLOAT_REPR_MAX_LEN];
        let n = float_repr_bytes(x, &mut buf);
        assert_eq!(&buf[..n], s.as_bytes());
        s
    }

    #[test]
    fn python_layout_rules() {
        let cases: &[(f64, &str)] = &[
            (1.0, "1.0"),
            (100.0, "100.0"),
            (0.0001, "0.0001"),
            (1e-5, "1e-05"),
            (1.5e-5, "1.5e-05"),
            (1e-7, "1e-07"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789012345680.0, "1.2345678901234568e+17"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (-0.0, "-0.0"),
            (0.1 + 0.2, "0.30000000000000004"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (-2.2250738585072014e-308, "-2.2250738585072014e-308"),
        ];
        for &(x, expect) in cases {
            assert_eq!(repr(x), expect);
        }
    }

    #[test]
    fn matches_cpython_repr_table() {
        let mut m = Mismatches::default();
        for row in rows(include_str!("testdata/float_repr.txt")) {
            m.check(&row[0], &repr(float_from_hex(&row[0])), &row[1]);
        }
        m.assert_none(3000);
    }
}

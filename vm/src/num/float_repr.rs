//! `repr(float)` and `str(float)` (identical in Python 3): the shortest digits that
//! read back to the same float, in scientific notation when the decimal exponent is
//! below -4 or at least 16 (`1e+16`, `1.5e-05`), otherwise fixed with at least one
//! digit after the point (`1.0`, `0.0001`); `inf`, `-inf`, `nan`, `-0.0`.

use core::fmt::{self, Write};

use super::float_format::{write_float, FloatStyle};
use super::SliceWriter;

/// Writes `repr(x)`.
pub fn write_float_repr(out: &mut dyn Write, x: f64) -> fmt::Result {
    write_float(out, x, &FloatStyle::REPR)
}

/// Longest repr: `-2.2250738585072014e-308` has 24 characters.
pub const FLOAT_REPR_MAX_LEN: usize = 24;

/// `repr(x)` into `buf`; returns the used length.
pub fn float_repr_bytes(x: f64, buf: &mut [u8; FLOAT_REPR_MAX_LEN]) -> usize {
    let mut w = SliceWriter::new(buf);
    // the buffer holds every repr, so the writer never refuses
    let _ = write_float_repr(&mut w, x);
    w.len
}

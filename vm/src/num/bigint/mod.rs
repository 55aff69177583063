//! Arbitrary-precision integers that own no memory.
//!
//! A magnitude is a little-endian slice of `u32` limbs, normalized (no high zero limbs;
//! zero is the empty slice); the sign travels separately, in [`IntRef`] for inputs and
//! [`SignedLen`] for outputs. Every operation writes into caller-provided `&mut [u32]`
//! buffers and returns how many limbs it used; a companion `*_len` function gives the
//! buffer length to allocate first (exact or an upper bound), and `*_scratch_len` the
//! temporary space some algorithms need. A buffer shorter than its companion says is
//! reported as [`BigIntError::BufferTooSmall`], never a panic. Inputs need not be
//! normalized (high zero limbs are ignored); outputs always are.
//!
//! Layout: `mag` (add/sub/compare/shift/small operands), `mul` (schoolbook + Karatsuba),
//! `div` (Knuth algorithm D), `convert` (machine integers, f64, bytes), `bitwise`
//! (two's-complement semantics), `radix` (text), `signed` (Python-semantics operators),
//! `number_theory` (gcd, isqrt).

mod bitwise;
mod convert;
mod div;
mod mag;
mod mul;
mod number_theory;
mod radix;
mod signed;

#[cfg(test)]
mod owned;
#[cfg(test)]
mod tests;

pub use bitwise::*;
pub use convert::*;
pub use div::*;
pub use mag::*;
pub use mul::*;
pub use number_theory::*;
pub use radix::*;
pub use signed::*;

#[cfg(test)]
pub use owned::BigIntOwned;

/// Why a big-integer operation produced no result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BigIntError {
    /// An output or scratch buffer is shorter than its `*_len` companion asks for.
    BufferTooSmall,
    /// Division or modulo by zero (ZeroDivisionError).
    ZeroDivision,
    /// The value does not fit the target: f64, a machine integer, a byte count
    /// (OverflowError).
    Overflow,
    /// A negative value where none is meaningful: unsigned `to_bytes`, `a - b` with
    /// `a < b` in [`sub_mag`] (OverflowError "can't convert negative int to unsigned").
    Negative,
    /// A float NaN where an integer is wanted (ValueError).
    NotANumber,
    /// Text is not an integer literal in the requested base (ValueError).
    InvalidLiteral,
    /// A base outside 2..=36 (or 0 where auto-detection is allowed) (ValueError).
    InvalidRadix,
    /// The `core::fmt::Write` sink refused the text.
    Write,
}

/// A borrowed signed integer: sign and magnitude. Zero is never negative.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IntRef<'a> {
    pub negative: bool,
    pub mag: &'a [u32],
}

impl<'a> IntRef<'a> {
    /// Normalizes `mag` and clears the sign of zero.
    pub fn new(negative: bool, mag: &'a [u32]) -> Self {
        let mag = trim(mag);
        IntRef {
            negative: negative && !mag.is_empty(),
            mag,
        }
    }

    /// A non-negative value.
    pub fn positive(mag: &'a [u32]) -> Self {
        IntRef::new(false, mag)
    }

    /// `v` as a magnitude stored in `buf` (two limbs cover any i64).
    pub fn from_i64(v: i64, buf: &'a mut [u32; 2]) -> Self {
        let mag = u64_to_mag(v.unsigned_abs(), buf);
        IntRef::new(v < 0, mag)
    }

    /// `v` as a magnitude stored in `buf` (four limbs cover any i128).
    pub fn from_i128(v: i128, buf: &'a mut [u32; 4]) -> Self {
        let mag = u128_to_mag(v.unsigned_abs(), buf);
        IntRef::new(v < 0, mag)
    }

    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    /// The value with its sign flipped.
    pub fn negated(self) -> Self {
        IntRef::new(!self.negative, self.mag)
    }
}

/// Where a signed result landed: its sign and how many limbs of the output buffer hold
/// the normalized magnitude. Zero is `{ negative: false, len: 0 }`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SignedLen {
    pub negative: bool,
    pub len: usize,
}

impl SignedLen {
    /// Clears the sign of zero.
    pub fn new(negative: bool, len: usize) -> Self {
        SignedLen {
            negative: negative && len != 0,
            len,
        }
    }

    /// The result as an [`IntRef`] over the buffer it was written to.
    pub fn view(self, buf: &[u32]) -> IntRef<'_> {
        IntRef::new(self.negative, buf.get(..self.len).unwrap_or(&[]))
    }
}

/// `buf[..len]`, or `BufferTooSmall`.
fn prefix_mut(buf: &mut [u32], len: usize) -> Result<&mut [u32], BigIntError> {
    buf.get_mut(..len).ok_or(BigIntError::BufferTooSmall)
}

/// Fails unless `buf` has at least `len` limbs.
fn need(buf: &[u32], len: usize) -> Result<(), BigIntError> {
    if buf.len() < len {
        Err(BigIntError::BufferTooSmall)
    } else {
        Ok(())
    }
}

//! `&`, `|`, `^` and `~` with Python's semantics: integers behave as two's complement
//! numbers with infinitely many sign bits.

use super::mag::{add_small_in_place, trimmed_len};
use super::{prefix_mut, BigIntError, IntRef, SignedLen};

/// Which bitwise operator to apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BitOp {
    And,
    Or,
    Xor,
}

impl BitOp {
    fn apply(self, a: u32, b: u32) -> u32 {
        match self {
            BitOp::And => a & b,
            BitOp::Or => a | b,
            BitOp::Xor => a ^ b,
        }
    }
}

/// Output length [`bitwise`] needs.
pub fn bitwise_len(a_len: usize, b_len: usize) -> usize {
    a_len.max(b_len).saturating_add(1)
}

/// Streams the two's-complement limbs of a signed value: for negatives `!(|x| - 1)`.
struct TwosComplement<'a> {
    mag: &'a [u32],
    negative: bool,
    borrow: bool,
    index: usize,
}

impl<'a> TwosComplement<'a> {
    fn new(x: IntRef<'a>) -> Self {
        TwosComplement {
            mag: x.mag,
            negative: x.negative,
            borrow: true,
            index: 0,
        }
    }

    fn next_limb(&mut self) -> u32 {
        let limb = self.mag.get(self.index).copied().unwrap_or(0);
        self.index += 1;
        if self.negative {
            let (d, b) = limb.overflowing_sub(u32::from(self.borrow));
            self.borrow = b;
            !d
        } else {
            limb
        }
    }
}

/// `out = a op b`.
pub fn bitwise(op: BitOp, a: IntRef, b: IntRef, out: &mut [u32]) -> Result<SignedLen, BigIntError> {
    let width = a.mag.len().max(b.mag.len());
    let out = prefix_mut(out, width + 1)?;
    let negative = op.apply(u32::from(a.negative), u32::from(b.negative)) != 0;
    let (mut ta, mut tb) = (TwosComplement::new(a), TwosComplement::new(b));
    for limb in out.iter_mut() {
        *limb = op.apply(ta.next_limb(), tb.next_limb());
    }
    if negative {
        // back from two's complement: |r| = !r + 1
        for limb in out.iter_mut() {
            *limb = !*limb;
        }
        add_small_in_place(out, 1);
    }
    Ok(SignedLen::new(negative, trimmed_len(out)))
}

/// Output length [`bit_not`] needs.
pub fn bit_not_len(a_len: usize) -> usize {
    a_len.saturating_add(1)
}

/// `out = ~a = -a - 1`.
pub fn bit_not(a: IntRef, out: &mut [u32]) -> Result<SignedLen, BigIntError> {
    let out = prefix_mut(out, a.mag.len() + 1)?;
    let (body, top) = out.split_at_mut(a.mag.len());
    body.copy_from_slice(a.mag);
    if let Some(t) = top.first_mut() {
        *t = 0;
    }
    if a.negative {
        super::mag::sub_in_place(body, &[1]);
    } else {
        let carry = add_small_in_place(body, 1);
        if let Some(t) = top.first_mut() {
            *t = carry;
        }
    }
    Ok(SignedLen::new(!a.negative, trimmed_len(out)))
}

//! Parse-time folding of constant expressions, as mpy-cross does (MPY.md §9.9): unary and
//! binary arithmetic on int/float constants (Python semantics: floor division and modulo
//! round toward negative infinity, true division of ints gives a float), constant
//! truthiness, and logical folding of `and`/`or`. A fold that would raise at run time,
//! lose exactness or produce a complex number is not done; the expression is compiled.

use super::ast::{Const, IntConst, StrConst, UnaryOp};
use crate::bytecode::opcodes::binary;
use alloc::format;

/// The exact value of an integer constant, if it fits 128 bits.
fn int_value(c: &Const) -> Option<i128> {
    match c {
        Const::Int(IntConst::Small(v)) => Some(i128::from(*v)),
        Const::Int(IntConst::Big(text)) => text.parse().ok(),
        _ => None,
    }
}

/// An integer constant holding `v`.
pub fn int_const(v: i128) -> Const {
    match i64::try_from(v) {
        Ok(small) => Const::Int(IntConst::Small(small)),
        Err(_) => Const::Int(IntConst::Big(format!("{v}"))),
    }
}

fn float_value(c: &Const) -> Option<f64> {
    match c {
        Const::Float(f) => Some(*f),
        _ => int_value(c).map(|v| v as f64),
    }
}

/// True for the constants arithmetic folding applies to.
pub fn is_numeric(c: &Const) -> bool {
    matches!(c, Const::Int(_) | Const::Float(_))
}

/// `-x`, `+x`, `~x` of a numeric constant.
pub fn fold_unary(op: UnaryOp, c: &Const) -> Option<Const> {
    match (op, c) {
        (UnaryOp::Pos, Const::Int(_) | Const::Float(_)) => Some(c.clone()),
        (UnaryOp::Neg, Const::Float(f)) => Some(Const::Float(-f)),
        (UnaryOp::Neg, Const::Int(IntConst::Big(text))) => {
            let negated = match text.strip_prefix('-') {
                Some(rest) => rest.into(),
                None => format!("-{text}"),
            };
            Some(Const::Int(IntConst::Big(negated)))
        }
        (UnaryOp::Neg, _) => Some(int_const(int_value(c)?.checked_neg()?)),
        (UnaryOp::Invert, Const::Int(_)) => Some(int_const(-int_value(c)? - 1)),
        _ => None,
    }
}

/// `a op b` for numeric constants; `op` is a binary operator number (MPY.md §4.2).
pub fn fold_binary(op: u8, a: &Const, b: &Const) -> Option<Const> {
    if !is_numeric(a) || !is_numeric(b) {
        return None;
    }
    if let (Some(x), Some(y)) = (int_value(a), int_value(b)) {
        return fold_int(op, x, y);
    }
    if matches!(a, Const::Int(_)) && int_value(a).is_none()
        || matches!(b, Const::Int(_)) && int_value(b).is_none()
    {
        return None;
    }
    fold_float(op, float_value(a)?, float_value(b)?).map(Const::Float)
}

fn fold_int(op: u8, x: i128, y: i128) -> Option<Const> {
    let v = match op {
        binary::ADD => x.checked_add(y)?,
        binary::SUBTRACT => x.checked_sub(y)?,
        binary::MULTIPLY => x.checked_mul(y)?,
        binary::FLOOR_DIVIDE => {
            let q = x.checked_div(y)?;
            if x % y != 0 && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        binary::MODULO => {
            let r = x.checked_rem(y)?;
            if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }
        }
        binary::POWER => {
            if y < 0 {
                return None;
            }
            x.checked_pow(u32::try_from(y).ok()?)?
        }
        binary::LSHIFT => {
            if !(0..127).contains(&y) {
                return (y >= 0 && x == 0).then(|| int_const(0));
            }
            let v = x << y;
            if v >> y != x {
                return None;
            }
            v
        }
        binary::RSHIFT => {
            if y < 0 {
                return None;
            }
            x >> y.min(127)
        }
        binary::AND => x & y,
        binary::OR => x | y,
        binary::XOR => x ^ y,
        binary::TRUE_DIVIDE => {
            const EXACT: i128 = 1 << 53;
            if y == 0 || x.abs() > EXACT || y.abs() > EXACT {
                return None;
            }
            return Some(Const::Float(x as f64 / y as f64));
        }
        _ => return None,
    };
    Some(int_const(v))
}

/// Largest integer not above `x` (core has no `floor` without std).
fn floor(x: f64) -> f64 {
    if !x.is_finite() || x.abs() >= 4_503_599_627_370_496.0 {
        return x;
    }
    let t = (x as i64) as f64;
    if t > x {
        t - 1.0
    } else {
        t
    }
}

/// Python's float modulo: the result has the sign of the divisor.
fn float_mod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m == 0.0 {
        0.0f64.copysign(y)
    } else if (y < 0.0) != (m < 0.0) {
        m + y
    } else {
        m
    }
}

/// Python's float floor division (CPython's `float_floor_div`).
fn float_floor_div(x: f64, y: f64) -> f64 {
    let m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 && ((y < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div == 0.0 {
        return 0.0f64.copysign(x / y);
    }
    let mut floordiv = floor(div);
    if div - floordiv > 0.5 {
        floordiv += 1.0;
    }
    floordiv
}

fn fold_float(op: u8, x: f64, y: f64) -> Option<f64> {
    match op {
        binary::ADD => Some(x + y),
        binary::SUBTRACT => Some(x - y),
        binary::MULTIPLY => Some(x * y),
        binary::TRUE_DIVIDE if y != 0.0 => Some(x / y),
        binary::FLOOR_DIVIDE if y != 0.0 => Some(float_floor_div(x, y)),
        binary::MODULO if y != 0.0 => Some(float_mod(x, y)),
        _ => None,
    }
}

/// The truth value of a constant, as `bool(c)`.
pub fn truthiness(c: &Const) -> bool {
    match c {
        Const::None | Const::False => false,
        Const::True | Const::Ellipsis => true,
        Const::Int(IntConst::Small(v)) => *v != 0,
        Const::Int(IntConst::Big(_)) => true,
        Const::Float(f) => *f != 0.0,
        Const::Imag(f) => *f != 0.0,
        Const::Str(StrConst::Qstr(s)) => s.0 != 0,
        Const::Str(StrConst::Obj(s)) => !s.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(items) => !items.is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(v: i64) -> Const {
        Const::Int(IntConst::Small(v))
    }

    #[test]
    fn python_integer_semantics() {
        assert_eq!(
            fold_binary(binary::FLOOR_DIVIDE, &int(7), &int(-2)),
            Some(int(-4))
        );
        assert_eq!(fold_binary(binary::MODULO, &int(-7), &int(3)), Some(int(2)));
        assert_eq!(
            fold_binary(binary::TRUE_DIVIDE, &int(5), &int(2)),
            Some(Const::Float(2.5))
        );
        assert_eq!(fold_binary(binary::TRUE_DIVIDE, &int(5), &int(0)), None);
        assert_eq!(fold_binary(binary::POWER, &int(2), &int(-1)), None);
        assert_eq!(
            fold_binary(binary::LSHIFT, &int(1), &int(100)),
            Some(Const::Int(IntConst::Big(
                "1267650600228229401496703205376".into()
            )))
        );
        assert_eq!(fold_unary(UnaryOp::Invert, &int(5)), Some(int(-6)));
        let big = fold_binary(binary::POWER, &int(2), &int(64)).unwrap();
        assert_eq!(
            fold_binary(binary::SUBTRACT, &big, &int(1)),
            Some(Const::Int(IntConst::Big("18446744073709551615".into())))
        );
        assert_eq!(fold_binary(binary::MAT_MULTIPLY, &int(3), &int(4)), None);
    }

    #[test]
    fn python_float_semantics() {
        assert_eq!(
            fold_binary(binary::ADD, &Const::Float(1.0), &int(2)),
            Some(Const::Float(3.0))
        );
        assert_eq!(
            fold_binary(binary::MODULO, &Const::Float(1.5), &Const::Float(0.7)),
            Some(Const::Float(0.10000000000000009))
        );
        assert_eq!(
            fold_binary(binary::FLOOR_DIVIDE, &Const::Float(-7.5), &int(2)),
            Some(Const::Float(-4.0))
        );
        assert_eq!(
            fold_binary(binary::MODULO, &Const::Float(-1.0), &int(0)),
            None
        );
        assert_eq!(fold_unary(UnaryOp::Invert, &Const::Float(1.0)), None);
    }
}

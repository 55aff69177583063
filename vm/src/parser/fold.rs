//! Parse-time folding of constant expressions, as mpy-cross does (MPY.md §9.9): unary and
//! binary arithmetic on int/float constants (Python semantics: floor division and modulo
//! round toward negative infinity, true division of ints gives a float), constant
//! truthiness, and logical folding of `and`/`or`. A fold that would raise at run time,
//! lose exactness or produce a complex number is not done; the expression is compiled.

use super::ast::{Const, IntConst, StrConst, UnaryOp};
use super::bigint::BigInt;
use crate::bytecode::opcodes::binary;
use crate::lexer::interner::sym;

/// The exact value of an integer constant.
fn int_value(c: &Const) -> Option<BigInt> {
    match c {
        Const::Int(IntConst::Small(v)) => Some(BigInt::from_i64(*v)),
        Const::Int(IntConst::Big(text)) => BigInt::from_decimal(text),
        _ => None,
    }
}

/// An integer constant holding `v`.
pub fn int_const(v: &BigInt) -> Const {
    match v.to_i64() {
        Some(small) => Const::Int(IntConst::Small(small)),
        None => Const::Int(IntConst::Big(v.to_decimal())),
    }
}

/// The value of a numeric constant as a float, if the conversion is exact.
fn float_value(c: &Const) -> Option<f64> {
    match c {
        Const::Float(f) => Some(*f),
        _ => int_value(c)?.to_exact_f64(),
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
        (UnaryOp::Neg, Const::Int(_)) => Some(int_const(&int_value(c)?.neg())),
        (UnaryOp::Invert, Const::Int(_)) => {
            Some(int_const(&int_value(c)?.neg().sub(&BigInt::from_i64(1))))
        }
        _ => None,
    }
}

/// `a op b` for numeric constants; `op` is a binary operator number (MPY.md §4.2).
pub fn fold_binary(op: u8, a: &Const, b: &Const) -> Option<Const> {
    if !is_numeric(a) || !is_numeric(b) {
        return None;
    }
    if let (Const::Int(_), Const::Int(_)) = (a, b) {
        return fold_int(op, &int_value(a)?, &int_value(b)?);
    }
    let result = fold_float(op, float_value(a)?, float_value(b)?)?;
    Some(Const::Float(result))
}

fn fold_int(op: u8, x: &BigInt, y: &BigInt) -> Option<Const> {
    let v = match op {
        binary::ADD => x.add(y),
        binary::SUBTRACT => x.sub(y),
        binary::MULTIPLY => x.mul(y)?,
        binary::FLOOR_DIVIDE => x.divmod(y)?.0,
        binary::MODULO => x.divmod(y)?.1,
        binary::POWER if y.is_negative() => {
            let denominator = x.pow(u64::try_from(-y.to_i64()?).ok()?)?.to_exact_f64()?;
            return (denominator != 0.0).then(|| Const::Float(1.0 / denominator));
        }
        binary::POWER => x.pow(u64::try_from(y.to_i64()?).ok()?)?,
        binary::LSHIFT if y.is_negative() => return None,
        binary::LSHIFT => x.shl(u64::try_from(y.to_i64()?).ok()?)?,
        binary::RSHIFT if y.is_negative() => return None,
        binary::RSHIFT => x.shr(
            y.to_i64()
                .and_then(|n| u64::try_from(n).ok())
                .unwrap_or(u64::MAX),
        ),
        binary::AND => x.bitwise(y, |a, b| a & b),
        binary::OR => x.bitwise(y, |a, b| a | b),
        binary::XOR => x.bitwise(y, |a, b| a ^ b),
        binary::TRUE_DIVIDE => {
            let (a, b) = (x.to_exact_f64()?, y.to_exact_f64()?);
            return (b != 0.0).then(|| Const::Float(a / b));
        }
        _ => return None,
    };
    Some(int_const(&v))
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

/// The rounding error of `a * b` (Dekker's product without fused multiply-add).
fn product_error(a: f64, b: f64) -> f64 {
    const SPLIT: f64 = 134_217_729.0;
    let split = |x: f64| {
        let c = SPLIT * x;
        let hi = c - (c - x);
        (hi, x - hi)
    };
    let p = a * b;
    let (ah, al) = split(a);
    let (bh, bl) = split(b);
    ((ah * bh - p) + ah * bl + al * bh) + al * bl
}

/// `x ** y` for an integral `y`, folded only when the result is what a correctly
/// rounded `pow` gives: exact products, or a single rounding (`x ** 2`, `1 / x ** n`).
fn float_pow(x: f64, y: f64) -> Option<f64> {
    if floor(y) != y || y.abs() > 1100.0 {
        return None;
    }
    let n = y as i64;
    if n == 0 {
        return Some(1.0);
    }
    let mut p = x;
    let mut exact = true;
    for _ in 1..n.unsigned_abs() {
        let bounded = p.abs() < 1e150 && x.abs() < 1e150 && p.abs() > 1e-150 && x.abs() > 1e-150;
        exact &= bounded && product_error(p, x) == 0.0;
        p *= x;
    }
    let result = match n {
        1 | 2 => p,
        _ if n > 0 && exact => p,
        _ if n < 0 && (exact || n == -1) && p != 0.0 => 1.0 / p,
        _ => return None,
    };
    result.is_finite().then_some(result)
}

/// A NaN made by folding, told apart from `math.nan` by its payload (see `ConstTable`).
pub const FRESH_NAN_BITS: u64 = 0x7ff8_0000_0000_0001;

fn fold_float(op: u8, x: f64, y: f64) -> Option<f64> {
    let r = fold_float_value(op, x, y)?;
    Some(if r.is_nan() {
        f64::from_bits(FRESH_NAN_BITS)
    } else {
        r
    })
}

fn fold_float_value(op: u8, x: f64, y: f64) -> Option<f64> {
    match op {
        binary::POWER => float_pow(x, y),
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
        Const::Str(StrConst::Qstr(s)) => *s != sym::EMPTY,
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
        assert_eq!(
            fold_binary(binary::POWER, &int(2), &int(-1)),
            Some(Const::Float(0.5))
        );
        assert_eq!(
            fold_binary(binary::POWER, &int(10), &int(-2)),
            Some(Const::Float(0.01))
        );
        assert_eq!(fold_binary(binary::POWER, &int(0), &int(-2)), None);
        assert_eq!(
            fold_binary(binary::POWER, &Const::Float(-2.0), &int(3)),
            Some(Const::Float(-8.0))
        );
        assert_eq!(
            fold_binary(binary::POWER, &Const::Float(0.1), &int(3)),
            None
        );
        assert_eq!(
            fold_binary(binary::POWER, &Const::Float(2.0), &Const::Float(0.5)),
            None
        );
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

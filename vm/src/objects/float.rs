//! `float`: IEEE doubles, held as immediates (NaN-boxing). Arithmetic, comparison with
//! ints, Python's numeric hash, and `repr` in CPython's shortest round-trip form.

use super::type_object::{type_flags, CompareOp, TypeObject, TypeSlots};
use super::Layout;
use crate::bytecode::opcodes::binary;
use crate::gc::heap::Heap;
use crate::interp::{ops, PyResult, Vm};
use crate::objects::exception;
use crate::objects::str::StrBuilder;
use crate::qstr;
use crate::value::Value;

fn trace_nothing(_: *mut u8, _: &mut Heap) {}

pub static FLOAT_TYPE: TypeObject = TypeObject::builtin(
    qstr::float,
    Layout::Float,
    Some(&super::instance::OBJECT_TYPE),
    &FLOAT_SLOTS,
    crate::builtins::float_methods::FLOAT_MEMBERS,
    trace_nothing,
    type_flags::BASETYPE,
);

pub static FLOAT_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(crate::builtins::float_methods::float_make_new),
    repr: Some(float_repr_slot),
    hash: Some(float_hash_slot),
    compare: Some(float_compare),
    binary_op: Some(float_binary),
    unary_op: Some(float_unary),
    bool: Some(float_bool),
    ..TypeSlots::EMPTY
};

/// Arithmetic and comparison of two floats that needs no error: `None` sends the
/// operation to the general path (division by zero, `**`, `//`, `%`).
#[inline]
pub fn float_binary_fast(op: u8, a: f64, b: f64) -> Option<Value> {
    let r = match op {
        binary::ADD | binary::INPLACE_ADD => a + b,
        binary::SUBTRACT | binary::INPLACE_SUBTRACT => a - b,
        binary::MULTIPLY | binary::INPLACE_MULTIPLY => a * b,
        binary::TRUE_DIVIDE | binary::INPLACE_TRUE_DIVIDE if b != 0.0 => a / b,
        binary::LESS => return Some(Value::from_bool(a < b)),
        binary::MORE => return Some(Value::from_bool(a > b)),
        binary::EQUAL => return Some(Value::from_bool(a == b)),
        binary::LESS_EQUAL => return Some(Value::from_bool(a <= b)),
        binary::MORE_EQUAL => return Some(Value::from_bool(a >= b)),
        binary::NOT_EQUAL => return Some(Value::from_bool(a != b)),
        _ => return None,
    };
    Some(Value::from_f64(r))
}

/// The float value of an int or float operand (`None` for other types). Big ints too
/// large for a float raise OverflowError.
pub fn to_f64(vm: &mut Vm, v: Value) -> PyResult<Option<f64>> {
    if v.is_float() {
        return Ok(Some(v.as_f64()));
    }
    if let Some(i) = v.as_small_int() {
        return Ok(Some(i as f64));
    }
    if v.is_bool() {
        return Ok(Some(if v == Value::TRUE { 1.0 } else { 0.0 }));
    }
    if crate::objects::int::is_int(v) {
        return crate::builtins::int_methods::int_to_f64(vm, v).map(Some);
    }
    Ok(None)
}

/// Python float floor division and modulo (b != 0).
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = libm::fmod(a, b);
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = libm::copysign(0.0, b);
    }
    let floordiv = if div != 0.0 {
        let f = libm::floor(div);
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        libm::copysign(0.0, a / b)
    };
    (floordiv, m)
}

/// `a op b` where at least one side is a float (the other an int or float).
pub fn float_arith(vm: &mut Vm, op: u8, a: f64, b: f64) -> PyResult<Value> {
    let zero_div =
        |vm: &mut Vm, msg: &str| Err(vm.new_exception(&exception::ZERO_DIVISION_ERROR, msg));
    let r = match op {
        binary::ADD => a + b,
        binary::SUBTRACT => a - b,
        binary::MULTIPLY => a * b,
        binary::TRUE_DIVIDE => {
            if b == 0.0 {
                return zero_div(vm, "float division by zero");
            }
            a / b
        }
        binary::FLOOR_DIVIDE => {
            if b == 0.0 {
                return zero_div(vm, "float floor division by zero");
            }
            float_divmod(a, b).0
        }
        binary::MODULO => {
            if b == 0.0 {
                return zero_div(vm, "float modulo");
            }
            float_divmod(a, b).1
        }
        binary::POWER => return float_pow(vm, a, b),
        binary::LESS..=binary::NOT_EQUAL => {
            let c = CompareOp::from_binary_op(op).ok_or_else(|| vm.type_error("bad compare"))?;
            return Ok(Value::from_bool(compare_f64(a, b, c)));
        }
        _ => return Ok(Value::NOT_IMPLEMENTED),
    };
    Ok(Value::from_f64(r))
}

fn compare_f64(a: f64, b: f64, op: CompareOp) -> bool {
    match op {
        CompareOp::Lt => a < b,
        CompareOp::Gt => a > b,
        CompareOp::Eq => a == b,
        CompareOp::Le => a <= b,
        CompareOp::Ge => a >= b,
        CompareOp::Ne => a != b,
    }
}

/// `a ** b` for floats with CPython's errors.
pub fn float_pow(vm: &mut Vm, a: f64, b: f64) -> PyResult<Value> {
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return Err(vm.new_exception(
            &exception::ZERO_DIVISION_ERROR,
            "0.0 cannot be raised to a negative power",
        ));
    }
    if a < 0.0 && a.is_finite() && b != libm::floor(b) && b.is_finite() {
        // A negative base with a fractional exponent gives a complex result.
        return crate::builtins::complex_methods::complex_pow_real(vm, a, b);
    }
    let r = crate::num::ddmath::pow(a, b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(vm.new_exception_fmt(
            &exception::OVERFLOW_ERROR,
            format_args!("(34, 'Numerical result out of range')"),
        ));
    }
    Ok(Value::from_f64(r))
}

fn float_binary(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Value> {
    let (op, x, y) = if op >= ops::REVERSE_BASE {
        (op - ops::REVERSE_BASE + binary::OR, b, a)
    } else if (binary::INPLACE_OR..=binary::INPLACE_POWER).contains(&op) {
        (op + binary::INPLACE_TO_NORMAL, a, b)
    } else {
        (op, a, b)
    };
    let (Some(fx), Some(fy)) = (to_f64(vm, x)?, to_f64(vm, y)?) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    float_arith(vm, op, fx, fy)
}

fn float_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
    let x = a.as_f64();
    if b.is_float() {
        return Ok(Value::from_bool(compare_f64(x, b.as_f64(), op)));
    }
    if crate::objects::int::is_int(b) {
        // Exact comparison: ints beyond 2**53 must not be rounded first.
        return crate::builtins::int_methods::compare_float_int(vm, x, b, op);
    }
    Ok(Value::NOT_IMPLEMENTED)
}

fn float_unary(_vm: &mut Vm, op: u8, v: Value) -> PyResult<Value> {
    use crate::bytecode::opcodes::unary;
    let x = v.as_f64();
    Ok(match op {
        unary::POSITIVE => v,
        unary::NEGATIVE => Value::from_f64(-x),
        _ => Value::NOT_IMPLEMENTED,
    })
}

fn float_bool(_vm: &mut Vm, v: Value) -> PyResult<bool> {
    Ok(v.as_f64() != 0.0)
}

const HASH_MODULUS: u64 = (1 << 61) - 1;
const HASH_INF: i64 = 314_159;

/// CPython's numeric hash of a float (equal to the hash of an equal int).
pub fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (mut m, mut e) = libm::frexp(x);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & HASH_MODULUS) | (h >> (61 - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= HASH_MODULUS {
            h -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    h = ((h << e) & HASH_MODULUS) | (h >> (61 - e));
    let mut r = h as i64 * sign;
    if r == -1 {
        r = -2;
    }
    r
}

fn float_hash_slot(_vm: &mut Vm, v: Value) -> PyResult<i64> {
    Ok(hash_float(v.as_f64()))
}

fn float_repr_slot(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    write_float_repr(vm, v.as_f64(), out)
}

/// `repr(x)`: shortest round-trip digits, laid out like CPython.
pub fn write_float_repr(vm: &Vm, x: f64, out: &mut StrBuilder) -> PyResult<()> {
    crate::num::float_repr::write_float_repr(out, x).map_err(|_| vm.memory_error())
}

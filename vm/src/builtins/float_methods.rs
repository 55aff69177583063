//! Behaviour of `float` beyond the slots in objects/float.rs: construction and parsing,
//! conversion to int, rounding, formatting with a spec, and the methods.

use super::args::{check_count, no_keywords};
use crate::builtin_fn;
use crate::interp::{ops, PyResult, Vm};
use crate::num::format_spec::FormatSpec;
use crate::objects::exception;
use crate::objects::str::{str_of, StrBuilder};
use crate::objects::type_object::{Member, TypeObject};
use crate::qstr::{self, Qstr};
use crate::value::Value;

/// `float(x)`.
pub fn float_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    no_keywords(vm, "float", kw)?;
    check_count(vm, "float", args, 0, 1)?;
    let Some(&x) = args.first() else {
        return Ok(Value::from_f64(0.0));
    };
    float_from_value(vm, x)
}

/// `float(x)` for one argument.
pub fn float_from_value(vm: &mut Vm, x: Value) -> PyResult<Value> {
    if x.is_float() {
        return Ok(x);
    }
    if let Some(f) = crate::objects::float::to_f64(vm, x)? {
        return Ok(Value::from_f64(f));
    }
    let text = match str_of(vm, x) {
        Some(s) => Some(s),
        None => super::bytes_methods::bytes_data(x).and_then(|d| core::str::from_utf8(d).ok()),
    };
    if let Some(s) = text {
        return match crate::num::float_parse::parse_float(s) {
            Some(f) if f.is_nan() => Ok(Value::fresh_nan()),
            Some(f) => Ok(Value::from_f64(f)),
            None => {
                let mut b = StrBuilder::new();
                crate::objects::str::write_str_repr(vm, s, &mut b)?;
                let r = b.as_str().unwrap_or("");
                Err(vm.new_exception_fmt(
                    &exception::VALUE_ERROR,
                    format_args!("could not convert string to float: {}", r),
                ))
            }
        };
    }
    for name in [qstr::__float__, qstr::__index__] {
        if let Some(r) = crate::interp::attr::call_special_opt(vm, x, name, &[])? {
            if let Some(f) = crate::objects::float::to_f64(vm, r)? {
                return Ok(Value::from_f64(f));
            }
            let tn = vm.type_name(r);
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("__float__ returned non-float (type {})", tn),
            ));
        }
    }
    if let Some(b) = crate::interp::typeobj::native_base_of(x) {
        return float_from_value(vm, b);
    }
    let tn = vm.type_name(x);
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!(
            "float() argument must be a string or a real number, not '{}'",
            tn
        ),
    ))
}

/// `int(x)` for a float: truncation toward zero.
pub fn float_to_int(vm: &mut Vm, x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.new_exception(
            &exception::OVERFLOW_ERROR,
            "cannot convert float infinity to integer",
        ));
    }
    let t = libm::trunc(x);
    if t.abs() < 9.0e15 {
        return crate::objects::int::int_from_i64(vm, t as i64);
    }
    let n = crate::num::bigint::from_f64_len(t).ok_or_else(|| vm.memory_error())?;
    let out = crate::objects::int::new_limb_buffer(vm, n)?;
    let s = crate::num::bigint::from_f64(t, out.limbs())
        .map_err(|_| vm.value_error("cannot convert float to integer"))?;
    crate::objects::int::new_bigint(vm, s.negative, out.limbs().get(..s.len).unwrap_or(&[]))
}

/// `round(x, ndigits)` for a float (half to even, on the exact decimal value).
pub fn round_float(vm: &mut Vm, x: f64, ndigits: Option<Value>) -> PyResult<Value> {
    let Some(nd) = ndigits else {
        let r = round_half_even(x);
        return float_to_int(vm, r);
    };
    let n = ops::index_value(vm, nd)?;
    if !x.is_finite() || x == 0.0 {
        return Ok(Value::from_f64(x));
    }
    if n > 320 {
        return Ok(Value::from_f64(x));
    }
    if n < -320 {
        return Ok(Value::from_f64(libm::copysign(0.0, x)));
    }
    // Format with n digits after the point (correctly rounded, half-even on the exact
    // binary value as CPython does) and read it back.
    let mut b = StrBuilder::new();
    if n >= 0 {
        let spec = FormatSpec::parse_for_float("f").map_err(|_| vm.memory_error())?;
        let spec = FormatSpec {
            precision: Some(n as usize),
            ..spec
        };
        crate::num::float_format::format_float(&mut b, x, &spec).map_err(|_| vm.memory_error())?;
        let f = b
            .as_str()
            .and_then(crate::num::float_parse::parse_float)
            .unwrap_or(x);
        return Ok(Value::from_f64(f));
    }
    let p = libm::pow(10.0, (-n) as f64);
    let y = round_half_even(x / p) * p;
    Ok(Value::from_f64(y))
}

fn round_half_even(x: f64) -> f64 {
    let r = libm::round(x);
    if (r - x).abs() == 0.5 {
        2.0 * libm::round(x / 2.0)
    } else {
        r
    }
}

/// Write `format(x, spec)` for a float.
pub fn format_float(vm: &mut Vm, x: f64, spec: &str, out: &mut StrBuilder) -> PyResult<()> {
    let parsed = FormatSpec::parse_for_float(spec)
        .map_err(|e| super::int_methods::spec_error(vm, e.into(), spec, "float"))?;
    crate::num::float_format::format_float(out, x, &parsed)
        .map_err(|e| super::int_methods::spec_error(vm, e, spec, "float"))
}

fn self_float(vm: &mut Vm, args: &[Value]) -> PyResult<f64> {
    let v = args.first().copied().unwrap_or(Value::NONE);
    let v = crate::interp::typeobj::native_base_of(v).unwrap_or(v);
    if v.is_float() {
        Ok(v.as_f64())
    } else {
        Err(vm.type_error("descriptor requires a 'float' object"))
    }
}

fn m_is_integer(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = self_float(vm, args)?;
    Ok(Value::from_bool(x.is_finite() && libm::floor(x) == x))
}
builtin_fn!(FLOAT_IS_INTEGER, qstr::is_integer, m_is_integer);

fn m_as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = self_float(vm, args)?;
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(vm.new_exception(
            &exception::OVERFLOW_ERROR,
            "cannot convert Infinity to integer ratio",
        ));
    }
    let (mut m, e) = libm::frexp(x);
    let mut e = e;
    for _ in 0..300 {
        if libm::floor(m) == m {
            break;
        }
        m *= 2.0;
        e -= 1;
    }
    let num = float_to_int(vm, m)?;
    use crate::bytecode::opcodes::binary;
    if e >= 0 {
        let p = ops::binary_op(
            vm,
            binary::LSHIFT,
            Value::small_int_unchecked(1),
            Value::small_int_unchecked(i64::from(e)),
        )?;
        let n = ops::binary_op(vm, binary::MULTIPLY, num, p)?;
        crate::objects::tuple::new_tuple(vm, &[n, Value::small_int_unchecked(1)])
    } else {
        let d = ops::binary_op(
            vm,
            binary::LSHIFT,
            Value::small_int_unchecked(1),
            Value::small_int_unchecked(i64::from(-e)),
        )?;
        crate::objects::tuple::new_tuple(vm, &[num, d])
    }
}
builtin_fn!(
    FLOAT_AS_INTEGER_RATIO,
    qstr::as_integer_ratio,
    m_as_integer_ratio
);

fn m_hex(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = self_float(vm, args)?;
    let mut b = StrBuilder::new();
    crate::num::float_hex::write_float_hex(&mut b, x).map_err(|_| vm.memory_error())?;
    b.finish(vm)
}
builtin_fn!(FLOAT_HEX, qstr::hex, m_hex);

fn m_fromhex(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    use crate::num::float_hex::{parse_float_hex, HexFloatError};
    check_count(vm, "fromhex", args, 2, 2)?;
    let s = str_of(vm, args.get(1).copied().unwrap_or(Value::NONE))
        .ok_or_else(|| vm.type_error("fromhex() argument must be str"))?;
    let x = match parse_float_hex(s) {
        Ok(f) => f,
        Err(HexFloatError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"))
        }
        Err(HexFloatError::Overflow) => {
            return Err(vm.new_exception(
                &exception::OVERFLOW_ERROR,
                "hexadecimal value too large to represent as a float",
            ))
        }
    };
    // float.fromhex on a subclass builds the subclass from the float.
    let cls = args.first().copied().unwrap_or(Value::NONE);
    if cls != crate::objects::float::FLOAT_TYPE.as_value() {
        return crate::interp::call::call(vm, cls, &[Value::from_f64(x)], &[]);
    }
    Ok(Value::from_f64(x))
}
builtin_fn!(FLOAT_FROMHEX, qstr::fromhex, m_fromhex);

fn m_conjugate(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::from_f64(self_float(vm, args)?))
}
builtin_fn!(FLOAT_CONJUGATE, qstr::conjugate, m_conjugate);

fn get_real(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(Value::from_f64(self_float(vm, &[v])?))
}

fn get_imag(_vm: &mut Vm, _v: Value) -> PyResult<Value> {
    Ok(Value::from_f64(0.0))
}

pub static FLOAT_MEMBERS: &[(Qstr, Member)] = &[
    (
        qstr::__format__,
        Member::Method(&super::str_format::NUMBER_FORMAT_DUNDER),
    ),
    (qstr::is_integer, Member::Method(&FLOAT_IS_INTEGER)),
    (
        qstr::as_integer_ratio,
        Member::Method(&FLOAT_AS_INTEGER_RATIO),
    ),
    (qstr::hex, Member::Method(&FLOAT_HEX)),
    (qstr::fromhex, Member::ClassMethod(&FLOAT_FROMHEX)),
    (qstr::conjugate, Member::Method(&FLOAT_CONJUGATE)),
    (qstr::real, Member::Getter(get_real)),
    (qstr::imag, Member::Getter(get_imag)),
];

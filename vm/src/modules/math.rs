//! The `math` module over `libm`, with CPython's domain and range errors.

use super::{make_module, ModuleMember};
use crate::builtin_fn;
use crate::builtins::args::check_count;
use crate::bytecode::opcodes::binary;
use crate::interp::{ops, PyErr, PyResult, Vm};
use crate::objects::exception;
use crate::qstr::{self, Qstr};
use crate::value::Value;

fn arg_f64(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if let Some(f) = crate::objects::float::to_f64(vm, v)? {
        return Ok(f);
    }
    if let Some(r) = crate::interp::attr::call_special_opt(vm, v, qstr::__float__, &[])? {
        if let Some(f) = crate::objects::float::to_f64(vm, r)? {
            return Ok(f);
        }
    }
    let tn = vm.type_name(v);
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("must be real number, not {}", tn),
    ))
}

fn domain_error(vm: &mut Vm) -> PyErr {
    vm.value_error("math domain error")
}

fn range_error(vm: &mut Vm) -> PyErr {
    vm.new_exception(&exception::OVERFLOW_ERROR, "math range error")
}

/// Apply a one-argument function, raising like CPython: NaN from a non-NaN input is a
/// domain error, infinity from a finite input a range error (unless `inf_ok`).
fn unary(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    f: fn(f64) -> f64,
    inf_ok: bool,
) -> PyResult<Value> {
    check_count(vm, name, args, 1, 1)?;
    let x = arg_f64(vm, args.first().copied().unwrap_or(Value::NONE))?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && !inf_ok {
        return Err(range_error(vm));
    }
    Ok(Value::from_f64(r))
}

macro_rules! math_unary {
    ($static:ident, $fname:ident, $name:expr, $f:expr, $inf_ok:expr) => {
        fn $fname(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            unary(vm, args, stringify!($fname), $f, $inf_ok)
        }
        builtin_fn!($static, $name, $fname);
    };
}

fn checked_sqrt(x: f64) -> f64 {
    if x < 0.0 {
        f64::NAN
    } else {
        libm::sqrt(x)
    }
}

fn checked_log(x: f64) -> f64 {
    if x <= 0.0 {
        f64::NAN
    } else {
        crate::num::ddmath::log(x)
    }
}

fn checked_log2(x: f64) -> f64 {
    if x <= 0.0 {
        f64::NAN
    } else {
        crate::num::ddmath::log2(x)
    }
}

fn checked_log10(x: f64) -> f64 {
    if x <= 0.0 {
        f64::NAN
    } else {
        crate::num::ddmath::log10(x)
    }
}

fn checked_log1p(x: f64) -> f64 {
    if x <= -1.0 {
        f64::NAN
    } else {
        libm::log1p(x)
    }
}

fn checked_trig(f: fn(f64) -> f64) -> impl Fn(f64) -> f64 {
    move |x| if x.is_infinite() { f64::NAN } else { f(x) }
}

math_unary!(M_SQRT, sqrt, qstr::sqrt, checked_sqrt, false);
math_unary!(M_EXP, exp, qstr::exp, crate::num::ddmath::exp, false);
math_unary!(M_EXPM1, expm1, qstr::expm1, libm::expm1, false);
fn log2(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    one_log(vm, args, "log2", checked_log2)
}
builtin_fn!(M_LOG2, qstr::log2, log2);
fn log10(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    one_log(vm, args, "log10", checked_log10)
}
builtin_fn!(M_LOG10, qstr::log10, log10);

/// log2/log10 of an int or float: NaN passes through, other NaNs are domain errors.
fn one_log(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    check_count(vm, name, args, 1, 1)?;
    let v = args.first().copied().unwrap_or(Value::NONE);
    let r = int_or_float_log(vm, v, f)?;
    if r.is_nan() && !(v.is_float() && v.as_f64().is_nan()) {
        return Err(domain_error(vm));
    }
    Ok(Value::from_f64(r))
}
math_unary!(M_LOG1P, log1p, qstr::log1p, checked_log1p, false);
math_unary!(
    M_SIN,
    sin,
    qstr::sin,
    |x| checked_trig(crate::num::ddmath::sin)(x),
    false
);
math_unary!(
    M_COS,
    cos,
    qstr::cos,
    |x| checked_trig(crate::num::ddmath::cos)(x),
    false
);
math_unary!(
    M_TAN,
    tan,
    qstr::tan,
    |x| checked_trig(crate::num::ddmath::tan)(x),
    false
);
math_unary!(M_ASIN, asin, qstr::asin, crate::num::ddmath::asin, false);
math_unary!(M_ACOS, acos, qstr::acos, crate::num::ddmath::acos, false);
math_unary!(M_ATAN, atan, qstr::atan, crate::num::ddmath::atan, false);
math_unary!(M_SINH, sinh, qstr::sinh, crate::num::ddmath::sinh, false);
math_unary!(M_COSH, cosh, qstr::cosh, crate::num::ddmath::cosh, false);
math_unary!(M_TANH, tanh, qstr::tanh, crate::num::ddmath::tanh, false);
math_unary!(M_ASINH, asinh, qstr::asinh, libm::asinh, false);
math_unary!(M_ACOSH, acosh, qstr::acosh, libm::acosh, false);
math_unary!(
    M_ATANH,
    atanh,
    qstr::atanh,
    |x: f64| if x.abs() >= 1.0 {
        f64::NAN
    } else {
        libm::atanh(x)
    },
    false
);
math_unary!(M_FABS, fabs, qstr::fabs, libm::fabs, true);
math_unary!(M_ERF, erf, qstr::erf, libm::erf, false);
math_unary!(M_ERFC, erfc, qstr::erfc, libm::erfc, false);
math_unary!(
    M_GAMMA,
    gamma,
    qstr::gamma,
    |x: f64| if x <= 0.0 && libm::floor(x) == x {
        f64::NAN
    } else {
        libm::tgamma(x)
    },
    false
);
math_unary!(
    M_LGAMMA,
    lgamma,
    qstr::lgamma,
    // The poles (0, -1, -2...) are outside the domain, as in CPython.
    |x: f64| if x <= 0.0 && libm::floor(x) == x {
        f64::NAN
    } else {
        libm::lgamma(x)
    },
    false
);
math_unary!(
    M_DEGREES,
    degrees,
    qstr::degrees,
    // One multiplication by a rounded constant, so results match CPython's bit for bit.
    |x: f64| x * (180.0 / core::f64::consts::PI),
    false
);
math_unary!(
    M_RADIANS,
    radians,
    qstr::radians,
    |x: f64| x * (core::f64::consts::PI / 180.0),
    false
);

/// ln(v), also for ints too large for a float.
fn natural_log(vm: &mut Vm, v: Value) -> PyResult<f64> {
    int_or_float_log(vm, v, checked_log)
}

/// `f(v)` for a logarithm `f`; as in CPython, an int too large for a float is taken as
/// m * 2**e (0.5 <= m < 1) and gives f(m) + f(2.0) * e.
fn int_or_float_log(vm: &mut Vm, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if crate::objects::int::is_int(v) && crate::objects::int::int_as_i128(v).is_none() {
        let mut buf = [0u32; 2];
        if let Some(r) = crate::builtins::int_methods::int_ref(v, &mut buf) {
            if r.negative {
                return Ok(f64::NAN);
            }
            let bits = crate::num::bigint::bit_length(r.mag);
            if bits > 1024 {
                let shift = bits.saturating_sub(64);
                let top = crate::interp::ops::binary_op(
                    vm,
                    binary::RSHIFT,
                    v,
                    Value::small_int_unchecked(shift as i64),
                )?;
                let m = libm::ldexp(arg_f64(vm, top)?, -64);
                return Ok(f(m) + f(2.0) * bits as f64);
            }
        }
    }
    let x = arg_f64(vm, v)?;
    Ok(f(x))
}

fn log(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "log", args, 1, 2)?;
    let v = args.first().copied().unwrap_or(Value::NONE);
    let lx = natural_log(vm, v)?;
    // NaN in gives NaN out; NaN from a valid number means out of the domain.
    let is_nan = |v: Value| v.is_float() && v.as_f64().is_nan();
    if lx.is_nan() && !is_nan(v) {
        return Err(domain_error(vm));
    }
    match args.get(1) {
        None => Ok(Value::from_f64(lx)),
        Some(b) => {
            let base = arg_f64(vm, *b)?;
            let lb = checked_log(base);
            if lb.is_nan() && !base.is_nan() {
                return Err(domain_error(vm));
            }
            if lb == 0.0 {
                return Err(
                    vm.new_exception(&exception::ZERO_DIVISION_ERROR, "float division by zero")
                );
            }
            Ok(Value::from_f64(lx / lb))
        }
    }
}
builtin_fn!(M_LOG, qstr::log, log);

fn two_args(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(f64, f64)> {
    check_count(vm, name, args, 2, 2)?;
    let x = arg_f64(vm, args.first().copied().unwrap_or(Value::NONE))?;
    let y = arg_f64(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    Ok((x, y))
}

fn pow(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two_args(vm, args, "pow")?;
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain_error(vm));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && libm::floor(y) != y {
        return Err(domain_error(vm));
    }
    let r = crate::num::ddmath::pow(x, y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::from_f64(r))
}
builtin_fn!(M_POW, qstr::pow, pow);

fn atan2(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (y, x) = two_args(vm, args, "atan2")?;
    Ok(Value::from_f64(crate::num::ddmath::atan2(y, x)))
}
builtin_fn!(M_ATAN2, qstr::atan2, atan2);

fn fmod(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two_args(vm, args, "fmod")?;
    if y == 0.0 || x.is_infinite() {
        return Err(domain_error(vm));
    }
    Ok(Value::from_f64(libm::fmod(x, y)))
}
builtin_fn!(M_FMOD, qstr::fmod, fmod);

fn copysign(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two_args(vm, args, "copysign")?;
    Ok(Value::from_f64(libm::copysign(x, y)))
}
builtin_fn!(M_COPYSIGN, qstr::copysign, copysign);

fn hypot(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for a in args {
        let x = arg_f64(vm, *a)?;
        acc = crate::num::ddmath::hypot(acc, x);
    }
    Ok(Value::from_f64(acc))
}
builtin_fn!(M_HYPOT, qstr::hypot, hypot);

fn ldexp(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "ldexp", args, 2, 2)?;
    let x = arg_f64(vm, args.first().copied().unwrap_or(Value::NONE))?;
    let ev = args.get(1).copied().unwrap_or(Value::NONE);
    if !crate::objects::int::is_int(ev) {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    }
    let e = ops::index_value(vm, ev)?;
    let r = libm::ldexp(x, e.clamp(-100_000, 100_000) as i32);
    if r.is_infinite() && x.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::from_f64(r))
}
builtin_fn!(M_LDEXP, qstr::ldexp, ldexp);

fn frexp(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "frexp", args, 1, 1)?;
    let x = arg_f64(vm, args.first().copied().unwrap_or(Value::NONE))?;
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        libm::frexp(x)
    };
    crate::objects::tuple::new_tuple(
        vm,
        &[Value::from_f64(m), Value::small_int_unchecked(i64::from(e))],
    )
}
builtin_fn!(M_FREXP, qstr::frexp, frexp);

fn modf(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "modf", args, 1, 1)?;
    let x = arg_f64(vm, args.first().copied().unwrap_or(Value::NONE))?;
    let (frac, int) = if x.is_infinite() {
        (libm::copysign(0.0, x), x)
    } else {
        libm::modf(x)
    };
    crate::objects::tuple::new_tuple(vm, &[Value::from_f64(frac), Value::from_f64(int)])
}
builtin_fn!(M_MODF, qstr::modf, modf);

fn to_int_rounding(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    method: Qstr,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    check_count(vm, name, args, 1, 1)?;
    let v = args.first().copied().unwrap_or(Value::NONE);
    if crate::objects::int::is_int(v) {
        return crate::builtins::int_methods::int_from_value(vm, v);
    }
    if !v.is_float() {
        if let Some(r) = crate::interp::attr::call_special_opt(vm, v, method, &[])? {
            return Ok(r);
        }
    }
    let x = arg_f64(vm, v)?;
    crate::builtins::float_methods::float_to_int(vm, f(x))
}

fn ceil(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    to_int_rounding(vm, args, "ceil", qstr::__ceil__, libm::ceil)
}
builtin_fn!(M_CEIL, qstr::ceil, ceil);

fn floor(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    to_int_rounding(vm, args, "floor", qstr::__floor__, libm::floor)
}
builtin_fn!(M_FLOOR, qstr::floor, floor);

fn trunc(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    to_int_rounding(vm, args, "trunc", qstr::__trunc__, libm::trunc)
}
builtin_fn!(M_TRUNC, qstr::trunc, trunc);

fn predicate(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    check_count(vm, name, args, 1, 1)?;
    let x = arg_f64(vm, args.first().copied().unwrap_or(Value::NONE))?;
    Ok(Value::from_bool(f(x)))
}

fn isfinite(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    predicate(vm, args, "isfinite", f64::is_finite)
}
builtin_fn!(M_ISFINITE, qstr::isfinite, isfinite);

fn isinf(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    predicate(vm, args, "isinf", f64::is_infinite)
}
builtin_fn!(M_ISINF, qstr::isinf, isinf);

fn isnan(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    predicate(vm, args, "isnan", f64::is_nan)
}
builtin_fn!(M_ISNAN, qstr::isnan, isnan);

fn isclose(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two_args(vm, args, "isclose")?;
    let rel = match crate::builtins::args::keyword(vm, kw, qstr::rel_tol) {
        Some(v) => arg_f64(vm, v)?,
        None => 1e-9,
    };
    let abs = match crate::builtins::args::keyword(vm, kw, qstr::abs_tol) {
        Some(v) => arg_f64(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (b - a).abs();
    Ok(Value::from_bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}
builtin_fn!(M_ISCLOSE, qstr::isclose, isclose);

fn compare_true(
    vm: &mut Vm,
    a: Value,
    b: Value,
    op: crate::objects::type_object::CompareOp,
) -> PyResult<bool> {
    let r = ops::compare(vm, a, b, op)?;
    ops::truthy(vm, r)
}

fn int_arg(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if crate::objects::int::is_int(v) {
        Ok(v)
    } else {
        let tn = vm.type_name(v);
        Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("'{}' object cannot be interpreted as an integer", tn),
        ))
    }
}

fn factorial(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "factorial", args, 1, 1)?;
    let n_v = int_arg(vm, args.first().copied().unwrap_or(Value::NONE))?;
    let n = ops::index_value(vm, n_v)?;
    if n < 0 {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let mut acc = Value::small_int_unchecked(1);
    for i in 2..=n {
        acc = ops::binary_op(vm, binary::MULTIPLY, acc, Value::small_int_unchecked(i))?;
        vm.poll_interrupt()?;
    }
    Ok(acc)
}
builtin_fn!(M_FACTORIAL, qstr::factorial, factorial);

fn gcd2(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let mut x = crate::builtins::int_methods::int_from_value(vm, a)?;
    let mut y = crate::builtins::int_methods::int_from_value(vm, b)?;
    x = ops::unary_op(vm, 0, x)?;
    if compare_true(
        vm,
        x,
        Value::small_int_unchecked(0),
        crate::objects::type_object::CompareOp::Lt,
    )? {
        x = ops::unary_op(vm, 1, x)?;
    }
    if compare_true(
        vm,
        y,
        Value::small_int_unchecked(0),
        crate::objects::type_object::CompareOp::Lt,
    )? {
        y = ops::unary_op(vm, 1, y)?;
    }
    while ops::truthy(vm, y)? {
        let r = ops::binary_op(vm, binary::MODULO, x, y)?;
        x = y;
        y = r;
    }
    Ok(x)
}

fn gcd(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut acc = Value::small_int_unchecked(0);
    for a in args {
        let a = int_arg(vm, *a)?;
        acc = gcd2(vm, acc, a)?;
    }
    Ok(acc)
}
builtin_fn!(M_GCD, qstr::gcd, gcd);

fn lcm(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut acc = Value::small_int_unchecked(1);
    for a in args {
        let a = int_arg(vm, *a)?;
        if !ops::truthy(vm, a)? {
            return Ok(Value::small_int_unchecked(0));
        }
        let g = gcd2(vm, acc, a)?;
        let prod = ops::binary_op(vm, binary::MULTIPLY, acc, a)?;
        let q = ops::binary_op(vm, binary::FLOOR_DIVIDE, prod, g)?;
        acc = crate::interp::call::call(vm, crate::builtins::functions::ABS.as_value(), &[q], &[])?;
    }
    Ok(acc)
}
builtin_fn!(M_LCM, qstr::lcm, lcm);

fn isqrt(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "isqrt", args, 1, 1)?;
    let n = int_arg(vm, args.first().copied().unwrap_or(Value::NONE))?;
    if compare_true(
        vm,
        n,
        Value::small_int_unchecked(0),
        crate::objects::type_object::CompareOp::Lt,
    )? {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    if !ops::truthy(vm, n)? {
        return Ok(Value::small_int_unchecked(0));
    }
    // Newton's method on ints: x = (x + n // x) // 2 from an overestimate.
    let bits = crate::interp::attr::call_method(vm, n, qstr::bit_length, &[])?;
    let shift = ops::index_value(vm, bits)? / 2 + 1;
    let mut x = ops::binary_op(
        vm,
        binary::LSHIFT,
        Value::small_int_unchecked(1),
        Value::small_int_unchecked(shift),
    )?;
    loop {
        let q = ops::binary_op(vm, binary::FLOOR_DIVIDE, n, x)?;
        let s = ops::binary_op(vm, binary::ADD, x, q)?;
        let y = ops::binary_op(vm, binary::RSHIFT, s, Value::small_int_unchecked(1))?;
        if compare_true(vm, y, x, crate::objects::type_object::CompareOp::Ge)? {
            return Ok(x);
        }
        x = y;
    }
}
builtin_fn!(M_ISQRT, qstr::isqrt, isqrt);

fn comb_perm(vm: &mut Vm, args: &[Value], is_comb: bool) -> PyResult<Value> {
    let name = if is_comb { "comb" } else { "perm" };
    check_count(vm, name, args, 1, 2)?;
    let n = ops::index_value(vm, args.first().copied().unwrap_or(Value::NONE))?;
    let k = match args.get(1) {
        Some(k) => ops::index_value(vm, *k)?,
        None => n,
    };
    if n < 0 || k < 0 {
        return Err(vm.new_exception_fmt(
            &exception::VALUE_ERROR,
            format_args!(
                "{} must be a non-negative integer",
                if n < 0 { "n" } else { "k" }
            ),
        ));
    }
    if k > n {
        return Ok(Value::small_int_unchecked(0));
    }
    let k = if is_comb { k.min(n - k) } else { k };
    let mut acc = Value::small_int_unchecked(1);
    for i in 0..k {
        acc = ops::binary_op(vm, binary::MULTIPLY, acc, Value::small_int_unchecked(n - i))?;
        if is_comb {
            acc = ops::binary_op(
                vm,
                binary::FLOOR_DIVIDE,
                acc,
                Value::small_int_unchecked(i + 1),
            )?;
        }
    }
    Ok(acc)
}

fn comb(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    comb_perm(vm, args, true)
}
builtin_fn!(M_COMB, qstr::comb, comb);

fn perm(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    comb_perm(vm, args, false)
}
builtin_fn!(M_PERM, qstr::perm, perm);

fn prod(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "prod", args, 1, 1)?;
    let mut acc = crate::builtins::args::keyword(vm, kw, qstr::start)
        .unwrap_or(Value::small_int_unchecked(1));
    let it = ops::get_iter(vm, args.first().copied().unwrap_or(Value::NONE))?;
    while let Some(x) = ops::iter_next(vm, it)? {
        acc = ops::binary_op(vm, binary::MULTIPLY, acc, x)?;
    }
    Ok(acc)
}
builtin_fn!(M_PROD, qstr::prod, prod);

fn fsum(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "fsum", args, 1, 1)?;
    // Neumaier compensated summation.
    let (mut sum, mut comp) = (0.0f64, 0.0f64);
    let it = ops::get_iter(vm, args.first().copied().unwrap_or(Value::NONE))?;
    while let Some(x) = ops::iter_next(vm, it)? {
        let v = arg_f64(vm, x)?;
        let t = sum + v;
        if sum.abs() >= v.abs() {
            comp += (sum - t) + v;
        } else {
            comp += (v - t) + sum;
        }
        sum = t;
    }
    Ok(Value::from_f64(sum + comp))
}
builtin_fn!(M_FSUM, qstr::fsum, fsum);

fn dist(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "dist", args, 2, 2)?;
    let p = crate::objects::list::new_list_with_capacity(vm, 0)?;
    ops::extend_list_from_iterable(vm, p, args.first().copied().unwrap_or(Value::NONE))?;
    let q = crate::objects::list::new_list_with_capacity(vm, 0)?;
    ops::extend_list_from_iterable(vm, q, args.get(1).copied().unwrap_or(Value::NONE))?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut acc = 0.0f64;
    for i in 0..p.len() {
        let a = arg_f64(vm, p.get().get(i).unwrap_or(Value::NONE))?;
        let b = arg_f64(vm, q.get().get(i).unwrap_or(Value::NONE))?;
        acc = crate::num::ddmath::hypot(acc, a - b);
    }
    Ok(Value::from_f64(acc))
}
builtin_fn!(M_DIST, qstr::dist, dist);

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    use ModuleMember::{Float, Function};
    make_module(
        vm,
        qstr::math,
        &[
            (qstr::pi, Float(core::f64::consts::PI)),
            (qstr::e, Float(core::f64::consts::E)),
            (qstr::tau, Float(core::f64::consts::TAU)),
            (qstr::inf, Float(f64::INFINITY)),
            (qstr::nan, Float(f64::NAN)),
            (qstr::sqrt, Function(&M_SQRT)),
            (qstr::exp, Function(&M_EXP)),
            (qstr::expm1, Function(&M_EXPM1)),
            (qstr::log, Function(&M_LOG)),
            (qstr::log2, Function(&M_LOG2)),
            (qstr::log10, Function(&M_LOG10)),
            (qstr::log1p, Function(&M_LOG1P)),
            (qstr::pow, Function(&M_POW)),
            (qstr::sin, Function(&M_SIN)),
            (qstr::cos, Function(&M_COS)),
            (qstr::tan, Function(&M_TAN)),
            (qstr::asin, Function(&M_ASIN)),
            (qstr::acos, Function(&M_ACOS)),
            (qstr::atan, Function(&M_ATAN)),
            (qstr::atan2, Function(&M_ATAN2)),
            (qstr::sinh, Function(&M_SINH)),
            (qstr::cosh, Function(&M_COSH)),
            (qstr::tanh, Function(&M_TANH)),
            (qstr::asinh, Function(&M_ASINH)),
            (qstr::acosh, Function(&M_ACOSH)),
            (qstr::atanh, Function(&M_ATANH)),
            (qstr::fabs, Function(&M_FABS)),
            (qstr::fmod, Function(&M_FMOD)),
            (qstr::copysign, Function(&M_COPYSIGN)),
            (qstr::hypot, Function(&M_HYPOT)),
            (qstr::ldexp, Function(&M_LDEXP)),
            (qstr::frexp, Function(&M_FREXP)),
            (qstr::modf, Function(&M_MODF)),
            (qstr::ceil, Function(&M_CEIL)),
            (qstr::floor, Function(&M_FLOOR)),
            (qstr::trunc, Function(&M_TRUNC)),
            (qstr::isfinite, Function(&M_ISFINITE)),
            (qstr::isinf, Function(&M_ISINF)),
            (qstr::isnan, Function(&M_ISNAN)),
            (qstr::isclose, Function(&M_ISCLOSE)),
            (qstr::factorial, Function(&M_FACTORIAL)),
            (qstr::gcd, Function(&M_GCD)),
            (qstr::lcm, Function(&M_LCM)),
            (qstr::isqrt, Function(&M_ISQRT)),
            (qstr::comb, Function(&M_COMB)),
            (qstr::perm, Function(&M_PERM)),
            (qstr::prod, Function(&M_PROD)),
            (qstr::fsum, Function(&M_FSUM)),
            (qstr::dist, Function(&M_DIST)),
            (qstr::erf, Function(&M_ERF)),
            (qstr::erfc, Function(&M_ERFC)),
            (qstr::gamma, Function(&M_GAMMA)),
            (qstr::lgamma, Function(&M_LGAMMA)),
            (qstr::degrees, Function(&M_DEGREES)),
            (qstr::radians, Function(&M_RADIANS)),
        ],
    )
}

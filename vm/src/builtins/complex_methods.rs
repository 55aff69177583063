//! `complex`: a pair of doubles on the heap, with arithmetic, comparison for equality,
//! `abs`, `conjugate`, `real`/`imag` and CPython's repr.

use super::args::{check_count, no_keywords};
use crate::builtin_fn;
use crate::bytecode::opcodes::binary;
use crate::gc::heap::Heap;
use crate::interp::{ops, PyResult, Vm};
use crate::objects::exception;
use crate::objects::str::StrBuilder;
use crate::objects::type_object::{type_flags, CompareOp, Member, TypeObject, TypeSlots};
use crate::objects::{HeapObject, Layout, Obj, ObjHeader};
use crate::qstr::{self, Qstr};
use crate::value::Value;

#[repr(C)]
pub struct ComplexObj {
    pub header: ObjHeader,
    pub re: f64,
    pub im: f64,
}

// SAFETY: repr(C), starts with ObjHeader.
unsafe impl HeapObject for ComplexObj {
    const LAYOUT: Layout = Layout::Complex;
}

fn trace_nothing(_: *mut u8, _: &mut Heap) {}

pub fn new_complex(vm: &mut Vm, re: f64, im: f64) -> PyResult<Value> {
    Ok(vm
        .alloc(ComplexObj {
            header: ObjHeader::new(&COMPLEX_TYPE),
            re,
            im,
        })?
        .as_value())
}

/// (re, im) of a number operand: complex, float, int or bool.
fn parts(vm: &mut Vm, v: Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(c) = Obj::<ComplexObj>::from_value(v) {
        return Ok(Some((c.re, c.im)));
    }
    if let Some(f) = crate::objects::float::to_f64(vm, v)? {
        return Ok(Some((f, 0.0)));
    }
    Ok(None)
}

/// A complex() argument: (re, im, is it complex-valued). Objects other than numbers
/// convert through __complex__, else __float__, else __index__.
fn ctor_parts(vm: &mut Vm, v: Value) -> PyResult<Option<(f64, f64, bool)>> {
    if let Some(c) = Obj::<ComplexObj>::from_value(v) {
        return Ok(Some((c.re, c.im, true)));
    }
    if let Some(f) = crate::objects::float::to_f64(vm, v)? {
        return Ok(Some((f, 0.0, false)));
    }
    use crate::interp::attr::call_special_opt;
    if let Some(r) = call_special_opt(vm, v, qstr::__complex__, &[])? {
        return match Obj::<ComplexObj>::from_value(r) {
            Some(c) => Ok(Some((c.re, c.im, true))),
            None => {
                let tn = vm.type_name(r);
                Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("__complex__ returned non-complex (type {})", tn),
                ))
            }
        };
    }
    for name in [qstr::__float__, qstr::__index__] {
        if let Some(r) = call_special_opt(vm, v, name, &[])? {
            return Ok(crate::objects::float::to_f64(vm, r)?.map(|f| (f, 0.0, false)));
        }
    }
    Ok(None)
}

fn complex_div(vm: &mut Vm, (a, b): (f64, f64), (c, d): (f64, f64)) -> PyResult<(f64, f64)> {
    if c == 0.0 && d == 0.0 {
        return Err(vm.new_exception(&exception::ZERO_DIVISION_ERROR, "complex division by zero"));
    }
    // Smith's algorithm, as CPython uses, for accuracy.
    if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + d * ratio;
        Ok(((a + b * ratio) / denom, (b - a * ratio) / denom))
    } else {
        let ratio = c / d;
        let denom = c * ratio + d;
        Ok(((a * ratio + b) / denom, (b * ratio - a) / denom))
    }
}

fn complex_mul((a, b): (f64, f64), (c, d): (f64, f64)) -> (f64, f64) {
    (a * c - b * d, a * d + b * c)
}

/// `x ** n` by repeated squaring (CPython does this for integral |n| <= 100, which keeps
/// `1j ** 2 == -1` exact).
fn complex_pow_int(vm: &mut Vm, x: (f64, f64), n: i64) -> PyResult<(f64, f64)> {
    let mut result = (1.0, 0.0);
    let mut p = x;
    let mut e = n.unsigned_abs();
    while e > 0 {
        if e & 1 == 1 {
            result = complex_mul(result, p);
        }
        e >>= 1;
        if e > 0 {
            p = complex_mul(p, p);
        }
    }
    if n < 0 {
        if result == (0.0, 0.0) {
            return Err(vm.new_exception(
                &exception::ZERO_DIVISION_ERROR,
                "0.0 to a negative or complex power",
            ));
        }
        complex_div(vm, (1.0, 0.0), result)
    } else {
        Ok(result)
    }
}

fn complex_pow(vm: &mut Vm, x: (f64, f64), y: (f64, f64)) -> PyResult<(f64, f64)> {
    let r = if y.1 == 0.0 && y.0 == libm::floor(y.0) && y.0.abs() <= 100.0 {
        complex_pow_int(vm, x, y.0 as i64)?
    } else {
        complex_pow_general(vm, x, y)?
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(vm.new_exception(&exception::OVERFLOW_ERROR, "complex exponentiation"));
    }
    Ok(r)
}

fn complex_pow_general(
    vm: &mut Vm,
    (a, b): (f64, f64),
    (c, d): (f64, f64),
) -> PyResult<(f64, f64)> {
    if c == 0.0 && d == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a == 0.0 && b == 0.0 {
        if d != 0.0 || c < 0.0 {
            return Err(vm.new_exception(
                &exception::ZERO_DIVISION_ERROR,
                "0.0 to a negative or complex power",
            ));
        }
        return Ok((0.0, 0.0));
    }
    use crate::num::ddmath;
    let vabs = ddmath::hypot(a, b);
    let mut len = ddmath::pow(vabs, c);
    let at = libm::atan2(b, a);
    let mut phase = at * c;
    if d != 0.0 {
        len /= ddmath::exp(at * d);
        phase += d * ddmath::log(vabs);
    }
    Ok((len * ddmath::cos(phase), len * ddmath::sin(phase)))
}

/// `a ** b` for a negative float base and fractional exponent: a complex result.
pub fn complex_pow_real(vm: &mut Vm, a: f64, b: f64) -> PyResult<Value> {
    let (re, im) = complex_pow(vm, (a, 0.0), (b, 0.0))?;
    new_complex(vm, re, im)
}

/// `abs()` of a complex (`None` for other types).
pub fn complex_abs(_vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    Ok(Obj::<ComplexObj>::from_value(v)
        .map(|c| Value::from_f64(crate::num::ddmath::hypot(c.re, c.im))))
}

fn complex_binary(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Value> {
    let (op, x, y) = if op >= ops::REVERSE_BASE {
        (op - ops::REVERSE_BASE + binary::OR, b, a)
    } else if (binary::INPLACE_OR..=binary::INPLACE_POWER).contains(&op) {
        (op + binary::INPLACE_TO_NORMAL, a, b)
    } else {
        (op, a, b)
    };
    let (Some(p), Some(q)) = (parts(vm, x)?, parts(vm, y)?) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let (re, im) = match op {
        binary::ADD => (p.0 + q.0, p.1 + q.1),
        binary::SUBTRACT => (p.0 - q.0, p.1 - q.1),
        binary::MULTIPLY => (p.0 * q.0 - p.1 * q.1, p.0 * q.1 + p.1 * q.0),
        binary::TRUE_DIVIDE => complex_div(vm, p, q)?,
        binary::POWER => complex_pow(vm, p, q)?,
        _ => return Ok(Value::NOT_IMPLEMENTED),
    };
    new_complex(vm, re, im)
}

fn complex_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
    let (Some(p), Some(q)) = (parts(vm, a)?, parts(vm, b)?) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    match op {
        CompareOp::Eq => Ok(Value::from_bool(p == q)),
        CompareOp::Ne => Ok(Value::from_bool(p != q)),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn complex_unary(vm: &mut Vm, op: u8, v: Value) -> PyResult<Value> {
    use crate::bytecode::opcodes::unary;
    let Some((re, im)) = parts(vm, v)? else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    match op {
        unary::POSITIVE => new_complex(vm, re, im),
        unary::NEGATIVE => new_complex(vm, -re, -im),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn complex_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let Some(c) = Obj::<ComplexObj>::from_value(v) else {
        return Ok(());
    };
    // repr() is format() with an empty spec.
    let spec =
        crate::num::format_spec::FormatSpec::parse_for_float("").map_err(|_| vm.memory_error())?;
    crate::num::complex_format::format_complex(out, c.re, c.im, &spec)
        .map_err(|_| vm.memory_error())
}

fn complex_hash(_vm: &mut Vm, v: Value) -> PyResult<i64> {
    let Some(c) = Obj::<ComplexObj>::from_value(v) else {
        return Ok(0);
    };
    let h = crate::objects::float::hash_float(c.re)
        .wrapping_add(crate::objects::float::hash_float(c.im).wrapping_mul(1_000_003));
    Ok(if h == -1 { -2 } else { h })
}

fn complex_bool(_vm: &mut Vm, v: Value) -> PyResult<bool> {
    Ok(Obj::<ComplexObj>::from_value(v).is_some_and(|c| c.re != 0.0 || c.im != 0.0))
}

fn complex_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    no_keywords(vm, "complex", kw)?;
    check_count(vm, "complex", args, 0, 2)?;
    let a = args.first().copied();
    if let Some(s) = a.and_then(|v| crate::objects::str::str_of(vm, v)) {
        if args.len() > 1 {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return parse_complex(vm, s);
    }
    let bad = |vm: &mut Vm, v: Value, which: &str, what: &str| {
        let tn = vm.type_name(v);
        vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "complex() {} argument must be {}, not '{}'",
                which, what, tn
            ),
        )
    };
    let re = match a {
        Some(v) => match ctor_parts(vm, v)? {
            Some(p) => p,
            None => return Err(bad(vm, v, "first", "a string or a number")),
        },
        None => (0.0, 0.0, false),
    };
    let im = match args.get(1) {
        Some(&v) if crate::objects::str::str_of(vm, v).is_some() => {
            return Err(vm.type_error("complex() second arg can't be a string"));
        }
        Some(&v) => match ctor_parts(vm, v)? {
            Some(p) => p,
            None => return Err(bad(vm, v, "second", "a number")),
        },
        None => (0.0, 0.0, false),
    };
    // Only a complex argument contributes to the other part (so -0.0 survives).
    let real = if im.2 { re.0 - im.1 } else { re.0 };
    let imag = match args.get(1) {
        None => re.1,
        Some(_) if re.2 => im.0 + re.1,
        Some(_) => im.0,
    };
    new_complex(vm, real, imag)
}

fn parse_complex(vm: &mut Vm, s: &str) -> PyResult<Value> {
    let t = s.trim();
    let t = t
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(t)
        .trim();
    let bad = |vm: &mut Vm| vm.value_error("complex() arg is a malformed string");
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Split at the last sign that is not at the start or after an exponent marker.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            let c = bytes.get(i).copied().unwrap_or(0);
            let prev = bytes.get(i - 1).copied().unwrap_or(0);
            if (c == b'+' || c == b'-') && prev != b'e' && prev != b'E' {
                split = Some(i);
                break;
            }
        }
        let (re_s, im_s) = match split {
            Some(i) => (body.get(..i).unwrap_or(""), body.get(i..).unwrap_or("")),
            None => ("", body),
        };
        let im = match im_s {
            "" | "+" => 1.0,
            "-" => -1.0,
            x => crate::num::float_parse::parse_float(x).ok_or_else(|| bad(vm))?,
        };
        let re = if re_s.is_empty() {
            0.0
        } else {
            crate::num::float_parse::parse_float(re_s).ok_or_else(|| bad(vm))?
        };
        return new_complex(vm, re, im);
    }
    let re = crate::num::float_parse::parse_float(t).ok_or_else(|| bad(vm))?;
    new_complex(vm, re, 0.0)
}

fn m_conjugate(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = args
        .first()
        .and_then(|v| Obj::<ComplexObj>::from_value(*v))
        .ok_or_else(|| vm.type_error("expected complex"))?;
    new_complex(vm, c.re, -c.im)
}
builtin_fn!(COMPLEX_CONJUGATE, qstr::conjugate, m_conjugate);

fn get_real(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let c = Obj::<ComplexObj>::from_value(v).ok_or_else(|| vm.type_error("expected complex"))?;
    Ok(Value::from_f64(c.re))
}

fn get_imag(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let c = Obj::<ComplexObj>::from_value(v).ok_or_else(|| vm.type_error("expected complex"))?;
    Ok(Value::from_f64(c.im))
}

pub static COMPLEX_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(complex_make_new),
    repr: Some(complex_repr),
    hash: Some(complex_hash),
    compare: Some(complex_compare),
    binary_op: Some(complex_binary),
    unary_op: Some(complex_unary),
    bool: Some(complex_bool),
    ..TypeSlots::EMPTY
};

pub static COMPLEX_MEMBERS: &[(Qstr, Member)] = &[
    (
        qstr::__format__,
        Member::Method(&super::str_format::NUMBER_FORMAT_DUNDER),
    ),
    (qstr::conjugate, Member::Method(&COMPLEX_CONJUGATE)),
    (qstr::real, Member::Getter(get_real)),
    (qstr::imag, Member::Getter(get_imag)),
];

pub static COMPLEX_TYPE: TypeObject = TypeObject::builtin(
    qstr::complex,
    Layout::Complex,
    Some(&crate::objects::instance::OBJECT_TYPE),
    &COMPLEX_SLOTS,
    COMPLEX_MEMBERS,
    trace_nothing,
    type_flags::BASETYPE,
);

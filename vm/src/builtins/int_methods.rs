//! Behaviour of `int`: construction and parsing, arithmetic beyond the small-int fast
//! paths (through `num::bigint` with GC-allocated limb buffers), comparison with floats,
//! hashing, formatting and the methods.

use super::args::{arg_or_keyword, check_count, keyword, only_keywords};
use crate::builtin_fn;
use crate::bytecode::opcodes::binary;
use crate::interp::{ops, PyErr, PyResult, Vm};
use crate::num::bigint::{self as big, BigIntError, IntRef, SignedLen};
use crate::num::format_spec::{FormatError, FormatSpec};
use crate::objects::exception;
use crate::objects::int::{
    int_as_i128, int_from_i128, is_int, new_bigint, new_limb_buffer, BigIntObj,
};
use crate::objects::str::{str_of, StrBuilder};
use crate::objects::type_object::{CompareOp, Member, TypeObject, TypeSlots};
use crate::objects::Obj;
use crate::qstr::{self, Qstr};
use crate::value::Value;

const HASH_MODULUS: i128 = (1 << 61) - 1;

/// Python's hash of a small int: value mod 2**61 - 1, -1 mapped to -2.
pub fn hash_small_int(i: i64) -> i64 {
    let m = i128::from(i) % HASH_MODULUS;
    let r = m as i64;
    if r == -1 {
        -2
    } else {
        r
    }
}

/// View an int value (small, bool or big) as an `IntRef`, using `buf` for small ones.
pub fn int_ref<'a>(v: Value, buf: &'a mut [u32; 2]) -> Option<IntRef<'a>> {
    if let Some(i) = v.as_small_int() {
        return Some(IntRef::from_i64(i, buf));
    }
    if v.is_bool() {
        return Some(IntRef::from_i64(i64::from(v == Value::TRUE), buf));
    }
    let b = Obj::<BigIntObj>::from_value(v)?;
    Some(IntRef::new(b.negative, b.get().limbs()))
}

fn bigint_error(vm: &mut Vm, e: BigIntError) -> PyErr {
    match e {
        BigIntError::ZeroDivision => vm.new_exception(
            &exception::ZERO_DIVISION_ERROR,
            "integer division or modulo by zero",
        ),
        BigIntError::Overflow => vm.new_exception(&exception::OVERFLOW_ERROR, "int too large"),
        BigIntError::Negative => vm.new_exception(
            &exception::OVERFLOW_ERROR,
            "can't convert negative int to unsigned",
        ),
        BigIntError::NotANumber => vm.value_error("cannot convert float NaN to integer"),
        BigIntError::InvalidLiteral => vm.value_error("invalid literal for int()"),
        BigIntError::InvalidRadix => vm.value_error("int() base must be >= 2 and <= 36, or 0"),
        BigIntError::BufferTooSmall | BigIntError::Write => vm.memory_error(),
    }
}

fn finish(vm: &mut Vm, r: Result<SignedLen, BigIntError>, buf: &[u32]) -> PyResult<Value> {
    let s = r.map_err(|e| bigint_error(vm, e))?;
    new_bigint(vm, s.negative, buf.get(..s.len).unwrap_or(&[]))
}

/// Arithmetic on two ints through the big-int routines (any size).
pub fn big_binary(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Value> {
    let (mut ba, mut bb) = ([0u32; 2], [0u32; 2]);
    let (Some(x), Some(y)) = (int_ref(a, &mut ba), int_ref(b, &mut bb)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let (la, lb) = (x.mag.len(), y.mag.len());
    match op {
        binary::ADD | binary::SUBTRACT => {
            let out = new_limb_buffer(vm, big::add_len(la, lb))?;
            let r = if op == binary::ADD {
                big::add(x, y, out.limbs())
            } else {
                big::sub(x, y, out.limbs())
            };
            finish(vm, r, out.limbs())
        }
        binary::MULTIPLY => {
            let out = new_limb_buffer(vm, big::mul_mag_len(la, lb))?;
            let scratch = new_limb_buffer(vm, big::mul_scratch_len(la, lb))?;
            let r = big::mul(x, y, out.limbs(), scratch.limbs());
            finish(vm, r, out.limbs())
        }
        binary::FLOOR_DIVIDE | binary::MODULO => {
            if y.is_zero() {
                let msg = if op == binary::MODULO {
                    "integer modulo by zero"
                } else {
                    "integer division or modulo by zero"
                };
                return Err(vm.new_exception(&exception::ZERO_DIVISION_ERROR, msg));
            }
            let (ql, rl) = big::floordiv_lens(la, lb);
            let q = new_limb_buffer(vm, ql)?;
            let r = new_limb_buffer(vm, rl)?;
            let scratch = new_limb_buffer(vm, big::floordiv_scratch_len(la, lb))?;
            let (qs, rs) = big::floordiv_mod(x, y, q.limbs(), r.limbs(), scratch.limbs())
                .map_err(|e| bigint_error(vm, e))?;
            if op == binary::FLOOR_DIVIDE {
                new_bigint(vm, qs.negative, q.limbs().get(..qs.len).unwrap_or(&[]))
            } else {
                new_bigint(vm, rs.negative, r.limbs().get(..rs.len).unwrap_or(&[]))
            }
        }
        binary::TRUE_DIVIDE => {
            if y.is_zero() {
                return Err(vm.new_exception(&exception::ZERO_DIVISION_ERROR, "division by zero"));
            }
            let scratch = new_limb_buffer(vm, big::true_div_scratch_len(la, lb))?;
            let f = big::true_div(x, y, scratch.limbs()).map_err(|e| match e {
                BigIntError::Overflow => vm.new_exception(
                    &exception::OVERFLOW_ERROR,
                    "integer division result too large for a float",
                ),
                e => bigint_error(vm, e),
            })?;
            Ok(Value::from_f64(f))
        }
        binary::AND | binary::OR | binary::XOR => {
            let bop = match op {
                binary::AND => big::BitOp::And,
                binary::OR => big::BitOp::Or,
                _ => big::BitOp::Xor,
            };
            let out = new_limb_buffer(vm, big::bitwise_len(la, lb))?;
            let r = big::bitwise(bop, x, y, out.limbs());
            finish(vm, r, out.limbs())
        }
        binary::LSHIFT | binary::RSHIFT => {
            if y.negative {
                return Err(vm.value_error("negative shift count"));
            }
            let Some(bits) = big::to_u64(y) else {
                if op == binary::RSHIFT {
                    return Ok(Value::small_int_unchecked(if x.negative { -1 } else { 0 }));
                }
                return Err(
                    vm.new_exception(&exception::OVERFLOW_ERROR, "too many digits in integer")
                );
            };
            if op == binary::LSHIFT {
                let n = big::shl_len(la, bits).ok_or_else(|| vm.memory_error())?;
                let out = new_limb_buffer(vm, n)?;
                let r = big::shl(x, bits, out.limbs());
                finish(vm, r, out.limbs())
            } else {
                let out = new_limb_buffer(vm, big::shr_len(la, bits))?;
                let r = big::shr(x, bits, out.limbs());
                finish(vm, r, out.limbs())
            }
        }
        binary::POWER => {
            if y.negative {
                let fx = int_to_f64(vm, a)?;
                let fy = int_to_f64(vm, b)?;
                return crate::objects::float::float_pow(vm, fx, fy);
            }
            let e = big::to_u64(y).ok_or_else(|| vm.memory_error())?;
            let n = big::pow_len(x.mag, e).ok_or_else(|| vm.memory_error())?;
            let sn = big::pow_scratch_len(x.mag, e).ok_or_else(|| vm.memory_error())?;
            let out = new_limb_buffer(vm, n)?;
            let scratch = new_limb_buffer(vm, sn)?;
            let r = big::pow(x, e, out.limbs(), scratch.limbs());
            finish(vm, r, out.limbs())
        }
        binary::LESS..=binary::NOT_EQUAL => {
            let c = CompareOp::from_binary_op(op)
                .map(|c| c.test(big::cmp(x, y)))
                .unwrap_or(false);
            Ok(Value::from_bool(c))
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

/// Fallback from `int_binary_i128` when an i128 result overflows.
pub fn bigint_binary(vm: &mut Vm, op: u8, a: i128, b: i128) -> PyResult<Option<Value>> {
    let x = int_from_i128(vm, a)?;
    let y = int_from_i128(vm, b)?;
    let r = big_binary(vm, op, x, y)?;
    Ok(if r == Value::NOT_IMPLEMENTED {
        None
    } else {
        Some(r)
    })
}

fn int_binary(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Value> {
    let (op, x, y) = if op >= ops::REVERSE_BASE {
        (op - ops::REVERSE_BASE + binary::OR, b, a)
    } else if (binary::INPLACE_OR..=binary::INPLACE_POWER).contains(&op) {
        (op + binary::INPLACE_TO_NORMAL, a, b)
    } else {
        (op, a, b)
    };
    if !is_int(x) || !is_int(y) {
        // int op float and the like are handled by the other operand's slot.
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if let (Some(i), Some(j)) = (int_as_i128(x), int_as_i128(y)) {
        if let Some(r) = crate::objects::int::int_binary_i128(vm, op, i, j)? {
            return Ok(r);
        }
    }
    big_binary(vm, op, x, y)
}

fn int_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
    if b.is_float() {
        let r = compare_float_int(vm, b.as_f64(), a, op.swapped())?;
        return Ok(r);
    }
    if !is_int(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (mut ba, mut bb) = ([0u32; 2], [0u32; 2]);
    let (Some(x), Some(y)) = (int_ref(a, &mut ba), int_ref(b, &mut bb)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    Ok(Value::from_bool(op.test(big::cmp(x, y))))
}

/// `x op i` for a float and an int, exactly.
pub fn compare_float_int(_vm: &mut Vm, x: f64, i: Value, op: CompareOp) -> PyResult<Value> {
    let mut buf = [0u32; 2];
    let Some(r) = int_ref(i, &mut buf) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    // cmp_f64 gives the ordering of the int relative to the float.
    let ord = match big::cmp_f64(r, x) {
        Some(o) => o.reverse(),
        None => return Ok(Value::from_bool(op == CompareOp::Ne)),
    };
    Ok(Value::from_bool(op.test(ord)))
}

/// The float value of an int (OverflowError when too large).
pub fn int_to_f64(vm: &mut Vm, v: Value) -> PyResult<f64> {
    let mut buf = [0u32; 2];
    let r = int_ref(v, &mut buf).ok_or_else(|| vm.type_error("expected an int"))?;
    big::to_f64(r).map_err(|_| {
        vm.new_exception(
            &exception::OVERFLOW_ERROR,
            "int too large to convert to float",
        )
    })
}

fn int_unary(vm: &mut Vm, op: u8, v: Value) -> PyResult<Value> {
    use crate::bytecode::opcodes::unary;
    let mut buf = [0u32; 2];
    let Some(x) = int_ref(v, &mut buf) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    match op {
        unary::POSITIVE => new_bigint(vm, x.negative, x.mag),
        unary::NEGATIVE => new_bigint(vm, !x.negative, x.mag),
        unary::INVERT => {
            let out = new_limb_buffer(vm, big::bit_not_len(x.mag.len()))?;
            let r = big::bit_not(x, out.limbs());
            finish(vm, r, out.limbs())
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

/// `abs()` of a big int (`None` for non-ints).
pub fn big_abs(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    match Obj::<BigIntObj>::from_value(v) {
        Some(b) => new_bigint(vm, false, b.get().limbs()).map(Some),
        None => Ok(None),
    }
}

fn int_hash(_vm: &mut Vm, v: Value) -> PyResult<i64> {
    let mut buf = [0u32; 2];
    let Some(x) = int_ref(v, &mut buf) else {
        return Ok(0);
    };
    // Reduce the magnitude mod 2**61 - 1 limb by limb, most significant first.
    let mut h: i128 = 0;
    for l in x.mag.iter().rev() {
        h = ((h << 32) | i128::from(*l)) % HASH_MODULUS;
    }
    let r = if x.negative { -(h as i64) } else { h as i64 };
    Ok(if r == -1 { -2 } else { r })
}

fn int_bool(_vm: &mut Vm, v: Value) -> PyResult<bool> {
    let mut buf = [0u32; 2];
    Ok(int_ref(v, &mut buf).is_some_and(|x| !x.is_zero()))
}

fn int_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    if let Some(i) = v.as_small_int() {
        return out.push_fmt(vm, format_args!("{}", i));
    }
    let mut buf = [0u32; 2];
    let Some(x) = int_ref(v, &mut buf) else {
        return Ok(());
    };
    if x.negative {
        out.push_str(vm, "-")?;
    }
    let scratch = new_limb_buffer(vm, big::to_str_radix_scratch_len(x.mag.len(), 10))?;
    big::write_str_radix(x.mag, 10, false, out, scratch.limbs())
        .map_err(|e| bigint_error(vm, e))?;
    Ok(())
}

/// Parse `int(text, base)`.
pub fn parse_int_text(vm: &mut Vm, text: &str, base: u32) -> PyResult<Value> {
    let out = new_limb_buffer(vm, big::parse_int_len(text.len()))?;
    match big::parse_int(text, base, out.limbs()) {
        Ok(s) => new_bigint(vm, s.negative, out.limbs().get(..s.len).unwrap_or(&[])),
        Err(BigIntError::InvalidRadix) => {
            Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"))
        }
        Err(_) => {
            let mut b = StrBuilder::new();
            crate::objects::str::write_str_repr(vm, text, &mut b)?;
            let r = b.as_str().unwrap_or("");
            Err(vm.new_exception_fmt(
                &exception::VALUE_ERROR,
                format_args!("invalid literal for int() with base {}: {}", base, r),
            ))
        }
    }
}

fn int_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    only_keywords(vm, "int", kw, &[qstr::base])?;
    check_count(vm, "int", args, 0, 2)?;
    let base_v = arg_or_keyword(vm, args, kw, 1, qstr::base);
    let Some(&x) = args.first() else {
        return Ok(Value::small_int_unchecked(0));
    };
    if let Some(bv) = base_v {
        let base = ops::index_value(vm, bv)?;
        let text = if let Some(s) = str_of(vm, x) {
            s
        } else if let Some(d) = super::bytes_methods::bytes_data(x) {
            core::str::from_utf8(d).map_err(|_| vm.value_error("invalid literal for int()"))?
        } else {
            return Err(vm.type_error("int() can't convert non-string with explicit base"));
        };
        if !(base == 0 || (2..=36).contains(&base)) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return parse_int_text(vm, text, base as u32);
    }
    int_from_value(vm, x)
}

/// `int(x)` for one argument.
pub fn int_from_value(vm: &mut Vm, x: Value) -> PyResult<Value> {
    if x.is_bool() {
        return Ok(Value::small_int_unchecked(i64::from(x == Value::TRUE)));
    }
    if is_int(x) {
        let mut buf = [0u32; 2];
        return match int_ref(x, &mut buf) {
            Some(r) => new_bigint(vm, r.negative, r.mag),
            None => Ok(x),
        };
    }
    if x.is_float() {
        return super::float_methods::float_to_int(vm, x.as_f64());
    }
    if let Some(s) = str_of(vm, x) {
        return parse_int_text(vm, s, 10);
    }
    if let Some(d) = super::bytes_methods::bytes_data(x) {
        let s = core::str::from_utf8(d).map_err(|_| vm.value_error("invalid literal for int()"))?;
        return parse_int_text(vm, s, 10);
    }
    for name in [qstr::__int__, qstr::__index__, qstr::__trunc__] {
        if let Some(r) = crate::interp::attr::call_special_opt(vm, x, name, &[])? {
            if !is_int(r) {
                let tn = vm.type_name(r);
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("__int__ returned non-int (type {})", tn),
                ));
            }
            return Ok(r);
        }
    }
    if let Some(b) = crate::interp::typeobj::native_base_of(x) {
        return int_from_value(vm, b);
    }
    let tn = vm.type_name(x);
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            tn
        ),
    ))
}

/// Write `format(v, spec)` for an int.
pub fn format_int(vm: &mut Vm, v: Value, spec: &str, out: &mut StrBuilder) -> PyResult<()> {
    let parsed =
        FormatSpec::parse_for_int(spec).map_err(|e| spec_error(vm, e.into(), spec, "int"))?;
    let mut buf = [0u32; 2];
    let x = int_ref(v, &mut buf).ok_or_else(|| vm.type_error("expected an int"))?;
    let (digits_len, scratch_len) = crate::num::int_format::int_format_buffer_lens(x.mag.len());
    let digit_buf = super::bytes_methods::new_scratch_bytes(vm, digits_len)?;
    let scratch = new_limb_buffer(vm, scratch_len)?;
    crate::num::int_format::format_int(out, x, &parsed, digit_buf.get().data_mut(), scratch.limbs())
        .map_err(|e| spec_error(vm, e, spec, "int"))
}

/// Turn a formatting failure into the Python exception CPython raises.
pub fn spec_error(vm: &mut Vm, e: FormatError, spec: &str, type_name: &str) -> PyErr {
    match e {
        FormatError::Spec(se) => {
            let mut b = StrBuilder::new();
            if se.write_message(&mut b, spec, type_name).is_err() {
                return vm.memory_error();
            }
            vm.new_exception(
                &exception::VALUE_ERROR,
                b.as_str().unwrap_or("bad format spec"),
            )
        }
        FormatError::CharOutOfRange => {
            vm.new_exception(&exception::OVERFLOW_ERROR, "%c arg not in range(0x110000)")
        }
        FormatError::CLongOverflow => vm.new_exception(
            &exception::OVERFLOW_ERROR,
            "Python int too large to convert to C long",
        ),
        FormatError::IntTooLargeForFloat => vm.new_exception(
            &exception::OVERFLOW_ERROR,
            "int too large to convert to float",
        ),
        FormatError::BufferTooSmall | FormatError::Write => vm.memory_error(),
    }
}

/// `pow(a, b, m)`.
pub fn pow_mod(vm: &mut Vm, a: Value, b: Value, m: Value) -> PyResult<Value> {
    if !is_int(a) || !is_int(b) || !is_int(m) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let mut mb = [0u32; 2];
    let mr = int_ref(m, &mut mb).ok_or_else(|| vm.type_error("bad modulus"))?;
    if mr.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let mut bb = [0u32; 2];
    let br = int_ref(b, &mut bb).ok_or_else(|| vm.type_error("bad exponent"))?;
    if br.negative {
        // pow(a, -e, m) is pow(inverse of a mod m, e, m).
        let inv = mod_inverse(vm, a, m)?;
        let e = ops::unary_op(vm, crate::bytecode::opcodes::unary::NEGATIVE, b)?;
        return pow_mod(vm, inv, e, m);
    }
    // Square-and-multiply over Python values: each step reduces mod m.
    let mut result = Value::small_int_unchecked(1);
    let mut base = ops::binary_op(vm, binary::MODULO, a, m)?;
    let bits = big::bit_length(br.mag);
    // A step with a modulus of many thousand bits takes long enough to check for Ctrl+C
    // every time, else `pow(a, 2**30000, 3**20000)` runs for minutes unstoppably.
    let slow_steps = mr.mag.len() >= 32;
    for i in 0..bits {
        if slow_steps {
            vm.check_interrupt()?;
        } else {
            vm.poll_interrupt()?;
        }
        let limb = br.mag.get((i / 32) as usize).copied().unwrap_or(0);
        if (limb >> (i % 32)) & 1 == 1 {
            result = ops::binary_op(vm, binary::MULTIPLY, result, base)?;
            result = ops::binary_op(vm, binary::MODULO, result, m)?;
        }
        base = ops::binary_op(vm, binary::MULTIPLY, base, base)?;
        base = ops::binary_op(vm, binary::MODULO, base, m)?;
    }
    ops::binary_op(vm, binary::MODULO, result, m)
}

/// The inverse of `a` modulo |m| (extended Euclid over Python ints), or ValueError.
fn mod_inverse(vm: &mut Vm, a: Value, m: Value) -> PyResult<Value> {
    let zero = Value::small_int_unchecked(0);
    let m_abs = if ops::compare(vm, m, zero, CompareOp::Lt)? == Value::TRUE {
        ops::unary_op(vm, crate::bytecode::opcodes::unary::NEGATIVE, m)?
    } else {
        m
    };
    let (mut old_r, mut r) = (ops::binary_op(vm, binary::MODULO, a, m_abs)?, m_abs);
    let (mut old_s, mut s) = (Value::small_int_unchecked(1), zero);
    while !ops::values_equal(vm, r, zero)? {
        let q = ops::binary_op(vm, binary::FLOOR_DIVIDE, old_r, r)?;
        let qr = ops::binary_op(vm, binary::MULTIPLY, q, r)?;
        let next_r = ops::binary_op(vm, binary::SUBTRACT, old_r, qr)?;
        let qs = ops::binary_op(vm, binary::MULTIPLY, q, s)?;
        let next_s = ops::binary_op(vm, binary::SUBTRACT, old_s, qs)?;
        (old_r, r) = (r, next_r);
        (old_s, s) = (s, next_s);
    }
    if !ops::values_equal(vm, old_r, Value::small_int_unchecked(1))?
        && !ops::values_equal(vm, m_abs, Value::small_int_unchecked(1))?
    {
        return Err(vm.value_error("base is not invertible for the given modulus"));
    }
    ops::binary_op(vm, binary::MODULO, old_s, m_abs)
}

/// `round(int, ndigits)`.
pub fn round_int(vm: &mut Vm, v: Value, ndigits: Option<Value>) -> PyResult<Value> {
    let Some(nd) = ndigits else {
        return int_from_value(vm, v);
    };
    let n = ops::index_value(vm, nd)?;
    if n >= 0 {
        return int_from_value(vm, v);
    }
    // Round half to even at 10**(-n).
    let p = ops::binary_op(
        vm,
        binary::POWER,
        Value::small_int_unchecked(10),
        Value::small_int_unchecked(-n),
    )?;
    let q = ops::binary_op(vm, binary::FLOOR_DIVIDE, v, p)?;
    let r = ops::binary_op(vm, binary::MODULO, v, p)?;
    let twice = ops::binary_op(vm, binary::MULTIPLY, r, Value::small_int_unchecked(2))?;
    let c = ops::compare(vm, twice, p, CompareOp::Gt)?;
    let eq = ops::compare(vm, twice, p, CompareOp::Eq)?;
    let q_odd = ops::binary_op(vm, binary::AND, q, Value::small_int_unchecked(1))?;
    let up = c == Value::TRUE || (eq == Value::TRUE && q_odd != Value::small_int_unchecked(0));
    let q = if up {
        ops::binary_op(vm, binary::ADD, q, Value::small_int_unchecked(1))?
    } else {
        q
    };
    ops::binary_op(vm, binary::MULTIPLY, q, p)
}

fn self_int(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let v = args.first().copied().unwrap_or(Value::NONE);
    if is_int(v) {
        Ok(v)
    } else {
        Err(vm.type_error("descriptor requires an 'int' object"))
    }
}

fn m_bit_length(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = self_int(vm, args)?;
    let mut buf = [0u32; 2];
    let n = int_ref(v, &mut buf)
        .map(|x| big::bit_length(x.mag))
        .unwrap_or(0);
    Ok(Value::small_int_unchecked(n as i64))
}
builtin_fn!(INT_BIT_LENGTH, qstr::bit_length, m_bit_length);

fn m_bit_count(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = self_int(vm, args)?;
    let mut buf = [0u32; 2];
    let n = int_ref(v, &mut buf)
        .map(|x| big::bit_count(x.mag))
        .unwrap_or(0);
    Ok(Value::small_int_unchecked(n as i64))
}
builtin_fn!(INT_BIT_COUNT, qstr::bit_count, m_bit_count);

fn byteorder_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    match v.and_then(|v| str_of(vm, v)) {
        Some("big") | None => Ok(true),
        Some("little") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

fn m_to_bytes(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_keywords(
        vm,
        "to_bytes",
        kw,
        &[qstr::length, qstr::byteorder, qstr::signed],
    )?;
    let v = self_int(vm, args)?;
    let length = match arg_or_keyword(vm, args, kw, 1, qstr::length) {
        Some(l) => ops::index_value(vm, l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let big_endian = byteorder_arg(vm, arg_or_keyword(vm, args, kw, 2, qstr::byteorder))?;
    let signed = match keyword(vm, kw, qstr::signed) {
        Some(s) => ops::truthy(vm, s)?,
        None => false,
    };
    let out = super::bytes_methods::new_scratch_bytes(vm, length as usize)?;
    let mut buf = [0u32; 2];
    let x = int_ref(v, &mut buf).ok_or_else(|| vm.type_error("expected an int"))?;
    big::to_bytes(x, out.get().data_mut(), big_endian, signed).map_err(|e| match e {
        BigIntError::Negative => vm.new_exception(
            &exception::OVERFLOW_ERROR,
            "can't convert negative int to unsigned",
        ),
        _ => vm.new_exception(&exception::OVERFLOW_ERROR, "int too big to convert"),
    })?;
    crate::objects::bytes::new_bytes(vm, out.get().data())
}
builtin_fn!(INT_TO_BYTES, qstr::to_bytes, m_to_bytes);

fn m_from_bytes(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_keywords(
        vm,
        "from_bytes",
        kw,
        &[qstr::bytes, qstr::byteorder, qstr::signed],
    )?;
    let src = arg_or_keyword(vm, args, kw, 1, qstr::bytes)
        .ok_or_else(|| vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"))?;
    let data_v = if super::bytes_methods::bytes_data(src).is_some() {
        src
    } else {
        let f = crate::objects::bytes::BYTES_TYPE.as_value();
        crate::interp::call::call(vm, f, &[src], &[])?
    };
    let data = super::bytes_methods::bytes_data(data_v).unwrap_or(&[]);
    let big_endian = byteorder_arg(vm, arg_or_keyword(vm, args, kw, 2, qstr::byteorder))?;
    let signed = match keyword(vm, kw, qstr::signed) {
        Some(s) => ops::truthy(vm, s)?,
        None => false,
    };
    let out = new_limb_buffer(vm, big::from_bytes_len(data.len()))?;
    let r = big::from_bytes(data, big_endian, signed, out.limbs());
    let v = finish(vm, r, out.limbs())?;
    let cls = args.first().copied().unwrap_or(Value::NONE);
    if cls != crate::objects::int::INT_TYPE.as_value() {
        return crate::interp::call::call(vm, cls, &[v], &[]);
    }
    Ok(v)
}
builtin_fn!(INT_FROM_BYTES, qstr::from_bytes, m_from_bytes);

fn m_conjugate(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = self_int(vm, args)?;
    int_from_value(vm, v)
}
builtin_fn!(INT_CONJUGATE, qstr::conjugate, m_conjugate);

fn m_as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = self_int(vm, args)?;
    let n = int_from_value(vm, v)?;
    crate::objects::tuple::new_tuple(vm, &[n, Value::small_int_unchecked(1)])
}
builtin_fn!(
    INT_AS_INTEGER_RATIO,
    qstr::as_integer_ratio,
    m_as_integer_ratio
);

fn get_self(vm: &mut Vm, v: Value) -> PyResult<Value> {
    int_from_value(vm, v)
}

fn get_zero(_vm: &mut Vm, _v: Value) -> PyResult<Value> {
    Ok(Value::small_int_unchecked(0))
}

fn get_one(_vm: &mut Vm, _v: Value) -> PyResult<Value> {
    Ok(Value::small_int_unchecked(1))
}

fn m_index(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = self_int(vm, args)?;
    int_from_value(vm, v)
}
builtin_fn!(INT_INDEX, qstr::__index__, m_index);

pub static INT_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(int_make_new),
    repr: Some(int_repr),
    hash: Some(int_hash),
    compare: Some(int_compare),
    binary_op: Some(int_binary),
    unary_op: Some(int_unary),
    bool: Some(int_bool),
    ..TypeSlots::EMPTY
};

pub static INT_MEMBERS: &[(Qstr, Member)] = &[
    (
        qstr::__format__,
        Member::Method(&super::str_format::NUMBER_FORMAT_DUNDER),
    ),
    (qstr::bit_length, Member::Method(&INT_BIT_LENGTH)),
    (qstr::bit_count, Member::Method(&INT_BIT_COUNT)),
    (qstr::to_bytes, Member::Method(&INT_TO_BYTES)),
    (qstr::from_bytes, Member::ClassMethod(&INT_FROM_BYTES)),
    (qstr::conjugate, Member::Method(&INT_CONJUGATE)),
    (
        qstr::as_integer_ratio,
        Member::Method(&INT_AS_INTEGER_RATIO),
    ),
    (qstr::__index__, Member::Method(&INT_INDEX)),
    (qstr::real, Member::Getter(get_self)),
    (qstr::imag, Member::Getter(get_zero)),
    (qstr::numerator, Member::Getter(get_self)),
    (qstr::denominator, Member::Getter(get_one)),
];

//! `int` and `bool`'s arithmetic. Small ints (48-bit) are immediates with fast paths here;
//! larger values are `BigIntObj`s (sign + little-endian u32 limbs inline) handled through
//! `num::bigint`.

use super::type_object::{type_flags, CompareOp, TypeObject};
use super::{HeapObject, Layout, Obj, ObjHeader};
use crate::bytecode::opcodes::binary;
use crate::gc::heap::Heap;
use crate::interp::{PyResult, Vm};
use crate::objects::exception;
use crate::qstr;
use crate::value::Value;

#[repr(C)]
pub struct BigIntObj {
    pub header: ObjHeader,
    pub negative: bool,
    len: usize,
}

// SAFETY: repr(C), starts with ObjHeader; big ints are made only in this module.
unsafe impl HeapObject for BigIntObj {
    const LAYOUT: Layout = Layout::BigInt;
}

impl BigIntObj {
    /// Magnitude limbs, little-endian, normalised (no high zero limb).
    pub fn limbs<'a>(&self) -> &'a [u32] {
        // SAFETY: `len` limbs follow the struct, initialised at construction.
        unsafe {
            let p = (self as *const BigIntObj).add(1) as *const u32;
            core::slice::from_raw_parts(p, self.len)
        }
    }
}

fn trace_nothing(_: *mut u8, _: &mut Heap) {}

pub static INT_TYPE: TypeObject = TypeObject::builtin(
    qstr::int,
    Layout::BigInt,
    Some(&super::instance::OBJECT_TYPE),
    &crate::builtins::int_methods::INT_SLOTS,
    crate::builtins::int_methods::INT_MEMBERS,
    trace_nothing,
    type_flags::BASETYPE,
);

/// A big int from sign and magnitude (normalises; returns a small int when it fits).
pub fn new_bigint(vm: &mut Vm, negative: bool, limbs: &[u32]) -> PyResult<Value> {
    let mut n = limbs.len();
    while n > 0 && limbs.get(n - 1) == Some(&0) {
        n -= 1;
    }
    let limbs = limbs.get(..n).unwrap_or(&[]);
    if n <= 2 {
        let mag = limbs
            .iter()
            .rev()
            .fold(0u64, |acc, l| (acc << 32) | u64::from(*l));
        let v = if negative {
            -(mag as i128)
        } else {
            mag as i128
        };
        if let Ok(small) = i64::try_from(v) {
            if let Some(s) = Value::try_small_int(small) {
                return Ok(s);
            }
        }
    }
    let o = vm.alloc_with_extra(
        BigIntObj {
            header: ObjHeader::new(&INT_TYPE),
            negative: negative && n > 0,
            len: n,
        },
        n * 4,
    )?;
    // SAFETY: the object has room for n limbs after its struct.
    unsafe {
        let p = (o.as_ptr()).add(1) as *mut u32;
        core::ptr::copy_nonoverlapping(limbs.as_ptr(), p, n);
    }
    Ok(o.as_value())
}

/// An int value from an i128 (small int or big int).
pub fn int_from_i128(vm: &mut Vm, v: i128) -> PyResult<Value> {
    if let Ok(small) = i64::try_from(v) {
        if let Some(s) = Value::try_small_int(small) {
            return Ok(s);
        }
    }
    let mag = v.unsigned_abs();
    let limbs = [
        mag as u32,
        (mag >> 32) as u32,
        (mag >> 64) as u32,
        (mag >> 96) as u32,
    ];
    new_bigint(vm, v < 0, &limbs)
}

/// An int value from an i64.
pub fn int_from_i64(vm: &mut Vm, v: i64) -> PyResult<Value> {
    match Value::try_small_int(v) {
        Some(s) => Ok(s),
        None => int_from_i128(vm, i128::from(v)),
    }
}

/// The value of an int (small, big within range, or bool) as i128, if it fits.
pub fn int_as_i128(v: Value) -> Option<i128> {
    if let Some(i) = v.as_small_int() {
        return Some(i128::from(i));
    }
    if v.is_bool() {
        return Some(i128::from(v == Value::TRUE));
    }
    let b = Obj::<BigIntObj>::from_value(v)?;
    let limbs = b.limbs();
    if limbs.len() > 3 {
        return None;
    }
    let mag = limbs
        .iter()
        .rev()
        .fold(0u128, |acc, l| (acc << 32) | u128::from(*l));
    let v = i128::try_from(mag).ok()?;
    Some(if b.negative { -v } else { v })
}

/// True for int, bool and int subclasses' values.
pub fn is_int(v: Value) -> bool {
    v.is_small_int() || v.is_bool() || Obj::<BigIntObj>::from_value(v).is_some()
}

/// Python floor division and modulo on i64 (b != 0).
pub fn floor_divmod(a: i64, b: i64) -> (i64, i64) {
    let q = a.wrapping_div(b);
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        (q - 1, r + b)
    } else {
        (q, r)
    }
}

/// Arithmetic on two small ints; `None` when the result needs the general path (big int
/// result, float result, or an error to raise).
#[inline]
pub fn small_int_binary(op: u8, a: i64, b: i64) -> Option<Value> {
    let r = match op {
        binary::ADD | binary::INPLACE_ADD => a + b,
        binary::SUBTRACT | binary::INPLACE_SUBTRACT => a - b,
        binary::MULTIPLY | binary::INPLACE_MULTIPLY => a.checked_mul(b)?,
        binary::FLOOR_DIVIDE | binary::INPLACE_FLOOR_DIVIDE if b != 0 => floor_divmod(a, b).0,
        binary::MODULO | binary::INPLACE_MODULO if b != 0 => floor_divmod(a, b).1,
        binary::AND | binary::INPLACE_AND => a & b,
        binary::OR | binary::INPLACE_OR => a | b,
        binary::XOR | binary::INPLACE_XOR => a ^ b,
        binary::LSHIFT | binary::INPLACE_LSHIFT if (0..16).contains(&b) => {
            a.checked_shl(b as u32)?
        }
        binary::RSHIFT | binary::INPLACE_RSHIFT if b >= 0 => a >> b.min(63),
        binary::LESS => return Some(Value::from_bool(a < b)),
        binary::MORE => return Some(Value::from_bool(a > b)),
        binary::EQUAL => return Some(Value::from_bool(a == b)),
        binary::LESS_EQUAL => return Some(Value::from_bool(a <= b)),
        binary::MORE_EQUAL => return Some(Value::from_bool(a >= b)),
        binary::NOT_EQUAL => return Some(Value::from_bool(a != b)),
        _ => return None,
    };
    Value::try_small_int(r)
}

/// General int arithmetic on i128 operands (small ints, bools, moderate big ints).
pub fn int_binary_i128(vm: &mut Vm, op: u8, a: i128, b: i128) -> PyResult<Option<Value>> {
    let op = if (binary::INPLACE_OR..=binary::INPLACE_POWER).contains(&op) {
        op + binary::INPLACE_TO_NORMAL
    } else {
        op
    };
    let r = match op {
        binary::ADD => a.checked_add(b),
        binary::SUBTRACT => a.checked_sub(b),
        binary::MULTIPLY => a.checked_mul(b),
        binary::FLOOR_DIVIDE | binary::MODULO => {
            if b == 0 {
                let msg = if op == binary::MODULO {
                    "integer modulo by zero"
                } else {
                    "integer division or modulo by zero"
                };
                return Err(vm.new_exception(&exception::ZERO_DIVISION_ERROR, msg));
            }
            let q = a.checked_div(b);
            let r = a.checked_rem(b);
            match (q, r) {
                (Some(q), Some(r)) => {
                    let (q, r) = if r != 0 && ((r < 0) != (b < 0)) {
                        (q - 1, r + b)
                    } else {
                        (q, r)
                    };
                    Some(if op == binary::MODULO { r } else { q })
                }
                _ => None,
            }
        }
        binary::TRUE_DIVIDE => {
            if b == 0 {
                return Err(vm.new_exception(&exception::ZERO_DIVISION_ERROR, "division by zero"));
            }
            // Exact operands give a correctly rounded quotient; larger ones go to the
            // big-int division, which rounds once as CPython does.
            const EXACT: u128 = 1 << 53;
            if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
                return Ok(Some(Value::from_f64(a as f64 / b as f64)));
            }
            None
        }
        binary::AND => Some(a & b),
        binary::OR => Some(a | b),
        binary::XOR => Some(a ^ b),
        binary::LSHIFT => {
            if b < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            if b >= 127 {
                None
            } else {
                let r = a.checked_shl(b as u32);
                r.filter(|r| (r >> b) == a)
            }
        }
        binary::RSHIFT => {
            if b < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            Some(a >> b.min(127))
        }
        binary::POWER => {
            if b < 0 {
                if a == 0 {
                    return Err(vm.new_exception(
                        &exception::ZERO_DIVISION_ERROR,
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                return Ok(Some(Value::from_f64(libm_pow(a as f64, b as f64))));
            }
            let mut result: Option<i128> = Some(1);
            let mut base = Some(a);
            let mut e = b;
            while e > 0 {
                if e & 1 == 1 {
                    result = match (result, base) {
                        (Some(r), Some(bs)) => r.checked_mul(bs),
                        _ => None,
                    };
                }
                e >>= 1;
                if e > 0 {
                    base = base.and_then(|bs| bs.checked_mul(bs));
                }
                if result.is_none() {
                    break;
                }
            }
            result
        }
        binary::LESS..=binary::NOT_EQUAL => {
            let c = CompareOp::from_binary_op(op)
                .map(|c| c.test(a.cmp(&b)))
                .unwrap_or(false);
            return Ok(Some(Value::from_bool(c)));
        }
        _ => return Ok(None),
    };
    match r {
        Some(r) => Ok(Some(int_from_i128(vm, r)?)),
        None => crate::builtins::int_methods::bigint_binary(vm, op, a, b),
    }
}

/// `x ** y` for floats without std.
pub fn libm_pow(x: f64, y: f64) -> f64 {
    crate::num::ddmath::pow(x, y)
}

/// A zeroed GC buffer of `n` limbs for big-int results and scratch space.
pub fn new_limb_buffer(vm: &mut Vm, n: usize) -> PyResult<LimbBuffer> {
    let bytes = n.checked_mul(4).ok_or(vm.memory_error())?;
    let raw = super::bytes::new_raw_bytes_zeroed(vm, bytes)?;
    Ok(LimbBuffer { raw, len: n })
}

/// Limb storage on the GC heap (kept alive by the handle on the native stack).
#[derive(Clone, Copy)]
pub struct LimbBuffer {
    raw: Obj<super::bytes::RawBytes>,
    len: usize,
}

impl LimbBuffer {
    pub fn limbs<'a>(&self) -> &'a mut [u32] {
        let data = self.raw.get().data_mut();
        // SAFETY: RawBytes data starts 16 bytes into a 16-byte aligned block, so it is
        // aligned for u32, and holds exactly len * 4 bytes; the buffer is private to the
        // big-int routine that made it.
        unsafe { core::slice::from_raw_parts_mut(data.as_mut_ptr() as *mut u32, self.len) }
    }
}

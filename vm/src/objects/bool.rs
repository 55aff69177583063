//! `bool`: `True` and `False` are immediates; bool subclasses int, so arithmetic treats
//! them as 1 and 0, except `& | ^` between two bools, which stay bools.

use super::type_object::{Member, TypeObject, TypeSlots};
use super::Layout;
use crate::bytecode::opcodes::binary;
use crate::gc::heap::Heap;
use crate::interp::{ops, PyResult, Vm};
use crate::objects::str::StrBuilder;
use crate::qstr::{self, Qstr};
use crate::value::Value;

fn trace_nothing(_: *mut u8, _: &mut Heap) {}

fn as_int(v: Value) -> Value {
    if v.is_bool() {
        Value::small_int_unchecked(i64::from(v == Value::TRUE))
    } else {
        v
    }
}

fn bool_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    out.push_str(vm, if v == Value::TRUE { "True" } else { "False" })
}

fn bool_binary(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Value> {
    if a.is_bool() && b.is_bool() {
        let (x, y) = (a == Value::TRUE, b == Value::TRUE);
        let logical = match op {
            binary::AND | binary::INPLACE_AND => Some(x & y),
            binary::OR | binary::INPLACE_OR => Some(x | y),
            binary::XOR | binary::INPLACE_XOR => Some(x ^ y),
            o if o >= ops::REVERSE_BASE => match o - ops::REVERSE_BASE + binary::OR {
                binary::AND => Some(x & y),
                binary::OR => Some(x | y),
                binary::XOR => Some(x ^ y),
                _ => None,
            },
            _ => None,
        };
        if let Some(r) = logical {
            return Ok(Value::from_bool(r));
        }
    }
    match super::int::INT_TYPE.slots.binary_op {
        Some(f) => f(vm, op, as_int(a), as_int(b)),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn bool_compare(
    vm: &mut Vm,
    a: Value,
    b: Value,
    op: super::type_object::CompareOp,
) -> PyResult<Value> {
    match super::int::INT_TYPE.slots.compare {
        Some(f) => f(vm, as_int(a), as_int(b), op),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn bool_unary(vm: &mut Vm, op: u8, v: Value) -> PyResult<Value> {
    ops::unary_op(vm, op, as_int(v))
}

fn bool_hash(_vm: &mut Vm, v: Value) -> PyResult<i64> {
    Ok(i64::from(v == Value::TRUE))
}

fn bool_bool(_vm: &mut Vm, v: Value) -> PyResult<bool> {
    Ok(v == Value::TRUE)
}

fn bool_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    _: &[Value],
) -> PyResult<Value> {
    match args {
        [] => Ok(Value::FALSE),
        [v] => Ok(Value::from_bool(ops::truthy(vm, *v)?)),
        _ => Err(vm.type_error("bool expected at most 1 argument")),
    }
}

pub static BOOL_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(bool_make_new),
    repr: Some(bool_repr),
    hash: Some(bool_hash),
    compare: Some(bool_compare),
    binary_op: Some(bool_binary),
    unary_op: Some(bool_unary),
    bool: Some(bool_bool),
    ..TypeSlots::EMPTY
};

pub static BOOL_TYPE: TypeObject = TypeObject::builtin(
    qstr::bool,
    Layout::Native,
    Some(&super::int::INT_TYPE),
    &BOOL_SLOTS,
    &[] as &[(Qstr, Member)],
    trace_nothing,
    0,
);

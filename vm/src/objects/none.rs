//! `None`, `Ellipsis` and `NotImplemented`: singletons held as immediates, with their types.

use super::type_object::{Member, TypeObject, TypeSlots};
use super::Layout;
use crate::gc::heap::Heap;
use crate::interp::{PyResult, Vm};
use crate::objects::str::StrBuilder;
use crate::qstr::{self, Qstr};
use crate::value::Value;

fn no_trace(_: *mut u8, _: &mut Heap) {}

fn singleton_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let text = if v.is_none() {
        "None"
    } else if v == Value::ELLIPSIS {
        "Ellipsis"
    } else {
        "NotImplemented"
    };
    out.push_str(vm, text)
}

fn none_bool(_: &mut Vm, _: Value) -> PyResult<bool> {
    Ok(false)
}

fn none_hash(_: &mut Vm, v: Value) -> PyResult<i64> {
    Ok((v.bits() & 0xffff) as i64 + 0x5f3759)
}

fn none_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    _: &[Value],
) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(vm.type_error("NoneType takes no arguments"));
    }
    Ok(Value::NONE)
}

pub static NONE_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(none_make_new),
    repr: Some(singleton_repr),
    bool: Some(none_bool),
    hash: Some(none_hash),
    ..TypeSlots::EMPTY
};

pub static SINGLETON_SLOTS: TypeSlots = TypeSlots {
    repr: Some(singleton_repr),
    hash: Some(none_hash),
    ..TypeSlots::EMPTY
};

pub static NONE_TYPE: TypeObject = TypeObject::builtin(
    qstr::NoneType,
    Layout::Native,
    Some(&super::instance::OBJECT_TYPE),
    &NONE_SLOTS,
    &[] as &[(Qstr, Member)],
    no_trace,
    0,
);

pub static ELLIPSIS_TYPE: TypeObject = TypeObject::builtin(
    qstr::ellipsis,
    Layout::Native,
    Some(&super::instance::OBJECT_TYPE),
    &SINGLETON_SLOTS,
    &[] as &[(Qstr, Member)],
    no_trace,
    0,
);

pub static NOT_IMPLEMENTED_TYPE: TypeObject = TypeObject::builtin(
    qstr::NotImplementedType,
    Layout::Native,
    Some(&super::instance::OBJECT_TYPE),
    &SINGLETON_SLOTS,
    &[] as &[(Qstr, Member)],
    no_trace,
    0,
);

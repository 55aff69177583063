//! `member_descriptor`: the class attribute made for each name in `__slots__`. It reads
//! and writes the value in the instance's slot storage (kept apart from `__dict__`).

use super::descriptors::{new_descriptor, trace_descriptor, DescriptorObj};
use crate::interp::typeobj::{as_type, is_subtype, type_of};
use crate::interp::{PyResult, Vm};
use crate::objects::dict::{as_dict, dict_get_qstr, dict_set, new_dict};
use crate::objects::exception;
use crate::objects::instance::InstanceObj;
use crate::objects::str::StrBuilder;
use crate::objects::type_object::{Member, TypeObject, TypeSlots};
use crate::objects::{Layout, Obj};
use crate::qstr::{self, Qstr};
use crate::value::Value;

/// A descriptor for slot `name` of class `owner`.
pub fn new_slot_member(vm: &mut Vm, owner: &'static TypeObject, name: Qstr) -> PyResult<Value> {
    new_descriptor(
        vm,
        &MEMBER_DESCRIPTOR_TYPE,
        owner.as_value(),
        Value::from_qstr(name),
        Value::NONE,
        Value::NONE,
    )
}

fn parts(vm: &mut Vm, d: Value) -> PyResult<(&'static TypeObject, Qstr)> {
    let o = Obj::<DescriptorObj>::from_value(d).ok_or_else(|| vm.type_error("bad member"))?;
    match (as_type(o.a.get()), o.b.get().as_qstr()) {
        (Some(t), Some(q)) => Ok((t, q)),
        _ => Err(vm.type_error("bad member")),
    }
}

/// The dict holding `obj`'s slot values (created when `create`).
fn storage(vm: &mut Vm, obj: Value, create: bool) -> PyResult<Option<Value>> {
    if let Some(i) = Obj::<InstanceObj>::from_value(obj) {
        if i.slots.get().is_null() {
            if !create {
                return Ok(None);
            }
            let d = new_dict(vm, 2)?;
            i.slots.set(d);
        }
        return Ok(Some(i.slots.get()));
    }
    // Other layouts (exception subclasses) keep slots with their attributes.
    crate::interp::attr::instance_dict(vm, obj, create)
}

fn check_applies(vm: &mut Vm, owner: &'static TypeObject, name: Qstr, obj: Value) -> PyResult<()> {
    if is_subtype(type_of(obj), owner) {
        return Ok(());
    }
    let (n, o, t) = (
        vm.qstr_str(name),
        vm.qstr_str(owner.name.get()),
        vm.type_name(obj),
    );
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            n, o, t
        ),
    ))
}

fn missing(vm: &mut Vm, obj: Value, name: Qstr) -> crate::interp::PyErr {
    crate::interp::attr::attribute_error(vm, obj, name)
}

fn member_get(vm: &mut Vm, d: Value, obj: Value, _owner: Value) -> PyResult<Value> {
    if obj.is_none() || obj.is_null() {
        return Ok(d);
    }
    let (owner, name) = parts(vm, d)?;
    check_applies(vm, owner, name, obj)?;
    let found = match storage(vm, obj, false)? {
        Some(s) => dict_get_qstr(vm, s, name)?,
        None => None,
    };
    found.ok_or_else(|| missing(vm, obj, name))
}

fn member_set(vm: &mut Vm, d: Value, obj: Value, v: Value) -> PyResult<()> {
    let (owner, name) = parts(vm, d)?;
    check_applies(vm, owner, name, obj)?;
    let Some(s) = storage(vm, obj, !v.is_null())? else {
        return Err(missing(vm, obj, name));
    };
    if !v.is_null() {
        return dict_set(vm, s, Value::from_qstr(name), v);
    }
    let removed = match as_dict(s) {
        Some(dd) => dd.get().table.remove(vm, Value::from_qstr(name))?,
        None => None,
    };
    match removed {
        Some(_) => Ok(()),
        None => Err(missing(vm, obj, name)),
    }
}

fn member_repr(vm: &mut Vm, d: Value, out: &mut StrBuilder) -> PyResult<()> {
    let (owner, name) = parts(vm, d)?;
    let (n, o) = (vm.qstr_str(name), vm.qstr_str(owner.name.get()));
    out.push_fmt(vm, format_args!("<member '{}' of '{}' objects>", n, o))
}

fn get_name(vm: &mut Vm, d: Value) -> PyResult<Value> {
    Ok(Value::from_qstr(parts(vm, d)?.1))
}

fn get_objclass(vm: &mut Vm, d: Value) -> PyResult<Value> {
    Ok(parts(vm, d)?.0.as_value())
}

pub static MEMBER_DESCRIPTOR_SLOTS: TypeSlots = TypeSlots {
    repr: Some(member_repr),
    descr_get: Some(member_get),
    descr_set: Some(member_set),
    ..TypeSlots::EMPTY
};

pub static MEMBER_DESCRIPTOR_MEMBERS: &[(Qstr, Member)] = &[
    (qstr::__name__, Member::Getter(get_name)),
    (qstr::__objclass__, Member::Getter(get_objclass)),
];

pub static MEMBER_DESCRIPTOR_TYPE: TypeObject = TypeObject::builtin(
    qstr::member_descriptor,
    Layout::Property,
    Some(&crate::objects::instance::OBJECT_TYPE),
    &MEMBER_DESCRIPTOR_SLOTS,
    MEMBER_DESCRIPTOR_MEMBERS,
    trace_descriptor,
    0,
);

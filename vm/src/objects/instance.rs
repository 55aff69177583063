//! `object` and instances of classes defined in Python. An instance holds its attribute
//! dict and, for subclasses of built-in types other than `object`, the built-in value it
//! extends (`class MyList(list)`: the list lives in `native_base`).

use super::type_object::{type_flags, TypeObject, TypeSlots};
use super::{HeapObject, Layout, Obj, ObjHeader};
use crate::gc::heap::Heap;
use crate::interp::{PyResult, Vm};
use crate::qstr;
use crate::value::Value;
use core::cell::Cell;

#[repr(C)]
pub struct InstanceObj {
    pub header: ObjHeader,
    /// Attribute dict, or NULL until the first attribute is set.
    pub dict: Cell<Value>,
    /// The built-in object this instance extends, or NULL.
    pub native_base: Cell<Value>,
    /// Values of `__slots__` names (a dict, NULL until one is set); kept out of `dict`.
    pub slots: Cell<Value>,
}

// SAFETY: repr(C), starts with ObjHeader.
unsafe impl HeapObject for InstanceObj {
    const LAYOUT: Layout = Layout::Instance;
}

pub fn trace_instance(obj: *mut u8, heap: &mut Heap) {
    // SAFETY: called by the collector on an instance.
    let o = unsafe { &*(obj as *const InstanceObj) };
    heap.mark_value(o.dict.get());
    heap.mark_value(o.native_base.get());
    heap.mark_value(o.slots.get());
}

/// A new, empty instance of `ty`.
pub fn new_instance(vm: &mut Vm, ty: &'static TypeObject) -> PyResult<Obj<InstanceObj>> {
    vm.alloc(InstanceObj {
        header: ObjHeader::new(ty),
        dict: Cell::new(Value::NULL),
        native_base: Cell::new(Value::NULL),
        slots: Cell::new(Value::NULL),
    })
}

fn object_make_new(
    vm: &mut Vm,
    ty: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    if ty.as_value() == OBJECT_TYPE.as_value() && (!args.is_empty() || !kw.is_empty()) {
        return Err(vm.type_error("object() takes no arguments"));
    }
    Ok(new_instance(vm, ty)?.as_value())
}

pub static OBJECT_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(object_make_new),
    ..TypeSlots::EMPTY
};

pub static OBJECT_TYPE: TypeObject = TypeObject::builtin(
    qstr::object,
    Layout::Instance,
    None,
    &OBJECT_SLOTS,
    crate::interp::typeobj::OBJECT_MEMBERS,
    trace_instance,
    type_flags::BASETYPE,
);

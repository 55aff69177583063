//! `tuple`: an immutable sequence whose items are stored inline after the header; and
//! `ValueArray`, the GC-internal array of values used as storage by lists and dicts.

use super::type_object::{type_flags, Member, TypeObject, TypeSlots};
use super::{HeapObject, Layout, Obj, ObjHeader};
use crate::gc::heap::Heap;
use crate::interp::{PyResult, Vm};
use crate::qstr;
use crate::value::Value;
use core::cell::Cell;

#[repr(C)]
pub struct TupleObj {
    pub header: ObjHeader,
    len: usize,
}

// SAFETY: repr(C), starts with ObjHeader; tuple-layout objects are made only here.
unsafe impl HeapObject for TupleObj {
    const LAYOUT: Layout = Layout::Tuple;
}

impl TupleObj {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn items(&self) -> &[Value] {
        // SAFETY: a tuple is allocated with `len` values right after the struct, all
        // initialised before the tuple is handed out.
        unsafe {
            let p = (self as *const TupleObj).add(1) as *const Value;
            core::slice::from_raw_parts(p, self.len)
        }
    }

    pub fn get(&self, i: usize) -> Option<Value> {
        self.items().get(i).copied()
    }
}

pub fn trace_tuple(obj: *mut u8, heap: &mut Heap) {
    // SAFETY: called by the collector on a tuple-layout object.
    let t = unsafe { &*(obj as *const TupleObj) };
    for v in t.items() {
        heap.mark_value(*v);
    }
}

/// A new tuple holding copies of `items`. `items` must be reachable by the collector
/// (a frame's stack, the native stack, or another heap object).
pub fn new_tuple(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    if items.is_empty() {
        return Ok(Value::from_ptr(&EMPTY_TUPLE));
    }
    let t = alloc_tuple(vm, items.len())?;
    // SAFETY: the new tuple has room for items.len() values after its struct.
    unsafe {
        let p = (t.as_ptr()).add(1) as *mut Value;
        core::ptr::copy_nonoverlapping(items.as_ptr(), p, items.len());
    }
    Ok(t.as_value())
}

/// A new tuple of `len` items, all `None`, to be filled with `tuple_set_init` before it is
/// visible to Python code.
pub fn alloc_tuple(vm: &mut Vm, len: usize) -> PyResult<Obj<TupleObj>> {
    alloc_tuple_of_type(vm, &TUPLE_TYPE, len)
}

/// `alloc_tuple` for a static type with the tuple layout (a struct-sequence type such as
/// `os.uname_result`, whose base is `tuple`).
pub fn alloc_tuple_of_type(
    vm: &mut Vm,
    ty: &'static TypeObject,
    len: usize,
) -> PyResult<Obj<TupleObj>> {
    if ty.layout != Layout::Tuple {
        return Err(vm.type_error("not a tuple type"));
    }
    let bytes = len.checked_mul(8).ok_or(vm.memory_error())?;
    let t = vm.alloc_with_extra(
        TupleObj {
            header: ObjHeader::new(ty),
            len,
        },
        bytes,
    )?;
    // SAFETY: room for len values follows the struct.
    unsafe {
        let p = (t.as_ptr()).add(1) as *mut Value;
        for i in 0..len {
            p.add(i).write(Value::NONE);
        }
    }
    Ok(t)
}

/// Fill item `i` of a tuple under construction.
pub fn tuple_set_init(t: Obj<TupleObj>, i: usize, v: Value) {
    if i < t.len {
        // SAFETY: i < len, inside the inline item area.
        unsafe { ((t.as_ptr()).add(1) as *mut Value).add(i).write(v) }
    }
}

#[repr(C)]
pub struct StaticEmptyTuple {
    header: ObjHeader,
    len: usize,
}

// SAFETY: the VM is single-threaded; this static is immutable.
unsafe impl Sync for StaticEmptyTuple {}

pub static EMPTY_TUPLE: StaticEmptyTuple = StaticEmptyTuple {
    header: ObjHeader::new(&TUPLE_TYPE),
    len: 0,
};

pub static TUPLE_TYPE: TypeObject = TypeObject::builtin(
    qstr::tuple,
    Layout::Tuple,
    Some(&super::instance::OBJECT_TYPE),
    &crate::builtins::seq::TUPLE_SLOTS,
    crate::builtins::seq::TUPLE_MEMBERS,
    trace_tuple,
    type_flags::BASETYPE,
);

/// GC-internal growable storage: a capacity and that many values inline.
#[repr(C)]
pub struct ValueArray {
    pub header: ObjHeader,
    cap: usize,
}

// SAFETY: repr(C), starts with ObjHeader; made only by new_value_array.
unsafe impl HeapObject for ValueArray {
    const LAYOUT: Layout = Layout::ValueArray;
}

impl ValueArray {
    pub fn capacity(&self) -> usize {
        self.cap
    }

    pub fn slots(&self) -> &[Cell<Value>] {
        // SAFETY: `cap` initialised values follow the struct; Cell<Value> has the same
        // layout as Value.
        unsafe {
            let p = (self as *const ValueArray).add(1) as *const Cell<Value>;
            core::slice::from_raw_parts(p, self.cap)
        }
    }
}

pub fn trace_value_array(obj: *mut u8, heap: &mut Heap) {
    // SAFETY: called by the collector on a ValueArray.
    let a = unsafe { &*(obj as *const ValueArray) };
    for v in a.slots() {
        heap.mark_value(v.get());
    }
}

pub static VALUE_ARRAY_TYPE: TypeObject = TypeObject::builtin(
    qstr::NULL,
    Layout::ValueArray,
    None,
    &TypeSlots::EMPTY,
    &[] as &[(qstr::Qstr, Member)],
    trace_value_array,
    0,
);

/// New storage of `cap` values, all NULL.
pub fn new_value_array(vm: &mut Vm, cap: usize) -> PyResult<Obj<ValueArray>> {
    let bytes = cap.checked_mul(8).ok_or(vm.memory_error())?;
    let a = vm.alloc_with_extra(
        ValueArray {
            header: ObjHeader::new(&VALUE_ARRAY_TYPE),
            cap,
        },
        bytes,
    )?;
    for s in a.get().slots() {
        s.set(Value::NULL);
    }
    Ok(a)
}

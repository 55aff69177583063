//! `slice` objects and the index arithmetic every sequence uses for `s[a:b:c]`.

use super::type_object::TypeObject;
use super::{HeapObject, Layout, Obj, ObjHeader};
use crate::gc::heap::Heap;
use crate::interp::{PyResult, Vm};
use crate::qstr;
use crate::value::Value;

#[repr(C)]
pub struct SliceObj {
    pub header: ObjHeader,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

// SAFETY: repr(C), starts with ObjHeader.
unsafe impl HeapObject for SliceObj {
    const LAYOUT: Layout = Layout::Slice;
}

fn trace_slice(obj: *mut u8, heap: &mut Heap) {
    // SAFETY: called by the collector on a slice.
    let s = unsafe { &*(obj as *const SliceObj) };
    heap.mark_value(s.start);
    heap.mark_value(s.stop);
    heap.mark_value(s.step);
}

pub static SLICE_TYPE: TypeObject = TypeObject::builtin(
    qstr::slice,
    Layout::Slice,
    Some(&super::instance::OBJECT_TYPE),
    &crate::builtins::seq::SLICE_SLOTS,
    crate::builtins::seq::SLICE_MEMBERS,
    trace_slice,
    0,
);

pub fn new_slice(vm: &mut Vm, start: Value, stop: Value, step: Value) -> PyResult<Value> {
    let s = vm.alloc(SliceObj {
        header: ObjHeader::new(&SLICE_TYPE),
        start,
        stop,
        step,
    })?;
    Ok(s.as_value())
}

/// A slice resolved against a sequence length: `start`, `step` and item count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub count: usize,
}

impl SliceIndices {
    /// Index of the `k`-th selected item.
    pub fn index(&self, k: usize) -> usize {
        (self.start + self.step * k as i64) as usize
    }
}

/// Resolve slice bounds like CPython's `slice.indices(len)`.
pub fn resolve(vm: &mut Vm, slice: Obj<SliceObj>, len: usize) -> PyResult<SliceIndices> {
    let len = len as i64;
    let step = if slice.step.is_none() {
        1
    } else {
        crate::interp::ops::index_value(vm, slice.step)?
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let bound = |vm: &mut Vm, v: Value, default: i64| -> PyResult<i64> {
        if v.is_none() {
            return Ok(default);
        }
        let i = crate::interp::ops::index_value_clamped(vm, v)?;
        Ok(if i < 0 {
            (i + len).max(lower)
        } else {
            i.min(upper)
        })
    };
    let start = bound(vm, slice.start, if step < 0 { upper } else { lower })?;
    let stop = bound(vm, slice.stop, if step < 0 { lower } else { upper })?;
    let count = if step > 0 {
        if stop > start {
            (stop - start + step - 1) / step
        } else {
            0
        }
    } else if start > stop {
        (start - stop - step - 1) / -step
    } else {
        0
    };
    Ok(SliceIndices {
        start,
        stop,
        step,
        count: count as usize,
    })
}

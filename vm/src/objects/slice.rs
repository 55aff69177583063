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
    #[inline]
    pub fn index(&self, k: usize) -> usize {
        (self.start + self.step * k as i64) as usize
    }
}

/// A slice resolved against a length that may exceed a machine word (ranges).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WideIndices {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
    pub count: i128,
}

/// Far beyond any length, yet safe to add a length to: where huge bounds saturate.
const HUGE: i128 = i128::MAX / 4;

/// A slice bound or step as i128; ints beyond the range saturate (only their sign and
/// "beyond any length" matter).
fn bound_value(vm: &mut Vm, v: Value) -> PyResult<i128> {
    let int = if crate::objects::int::is_int(v) {
        v
    } else {
        match crate::interp::attr::call_special_opt(vm, v, qstr::__index__, &[])? {
            Some(r) if crate::objects::int::is_int(r) => r,
            _ => {
                return Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ))
            }
        }
    };
    Ok(match crate::objects::int::int_as_i128(int) {
        Some(i) => i.clamp(-HUGE, HUGE),
        None => {
            let negative =
                Obj::<crate::objects::int::BigIntObj>::from_value(int).is_some_and(|b| b.negative);
            if negative {
                -HUGE
            } else {
                HUGE
            }
        }
    })
}

/// Resolve slice bounds against `len` like CPython's `slice.indices(len)`.
pub fn resolve_wide(vm: &mut Vm, slice: Obj<SliceObj>, len: i128) -> PyResult<WideIndices> {
    let step = if slice.step.is_none() {
        1
    } else {
        bound_value(vm, slice.step)?
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let bound = |vm: &mut Vm, v: Value, default: i128| -> PyResult<i128> {
        if v.is_none() {
            return Ok(default);
        }
        let i = bound_value(vm, v)?;
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
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / -step + 1
    } else {
        0
    };
    Ok(WideIndices {
        start,
        stop,
        step,
        count,
    })
}

/// Resolve slice bounds against the length of an in-memory sequence.
pub fn resolve(vm: &mut Vm, slice: Obj<SliceObj>, len: usize) -> PyResult<SliceIndices> {
    let w = resolve_wide(vm, slice, len as i128)?;
    // Every bound now lies within -1..=len, and beyond the length only the step's sign
    // matters (and whether it is 1: the clamp keeps larger steps at 2 or more).
    let limit = len as i128 + 2;
    let step = w.step.clamp(-limit, limit);
    Ok(SliceIndices {
        start: w.start as i64,
        stop: w.stop as i64,
        step: step as i64,
        count: w.count as usize,
    })
}

#[cfg(test)]
mod tests {
    use super::HUGE;

    #[test]
    fn huge_leaves_room_for_lengths() {
        assert!(HUGE.checked_add(i128::from(u64::MAX)).is_some());
        assert!((-HUGE).checked_sub(i128::from(u64::MAX)).is_some());
    }
}

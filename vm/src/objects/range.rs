//! `range`: start, stop and step as 128-bit integers (CPython's ranges take any int; this
//! covers every range a program can iterate, and bounds beyond raise OverflowError when
//! the range is made). In: the three bounds. Out: length, items, and the machine-word
//! bounds the interpreter's `for` fast path uses.

use super::type_object::TypeObject;
use super::{HeapObject, Layout, Obj, ObjHeader};
use crate::gc::heap::Heap;
use crate::interp::{PyResult, Vm};
use crate::qstr;

#[repr(C)]
pub struct RangeObj {
    pub header: ObjHeader,
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

// SAFETY: repr(C), starts with ObjHeader.
unsafe impl HeapObject for RangeObj {
    const LAYOUT: Layout = Layout::Range;
}

impl RangeObj {
    /// Number of items (step is never 0); saturates at `i128::MAX`.
    pub fn len(&self) -> i128 {
        range_len(self.start, self.stop, self.step)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `start + i * step`, if it fits (the caller checks `i` against the length).
    pub fn item_unchecked(&self, i: i128) -> Option<i128> {
        self.start.checked_add(i.checked_mul(self.step)?)
    }

    /// Start, stop and step when all fit in a machine word.
    pub fn small_bounds(&self) -> Option<(i64, i64, i64)> {
        Some((
            i64::try_from(self.start).ok()?,
            i64::try_from(self.stop).ok()?,
            i64::try_from(self.step).ok()?,
        ))
    }
}

/// The length of `range(start, stop, step)`.
pub fn range_len(start: i128, stop: i128, step: i128) -> i128 {
    let (lo, hi, step) = if step > 0 {
        (start, stop, step.unsigned_abs())
    } else {
        (stop, start, step.unsigned_abs())
    };
    if lo >= hi || step == 0 {
        return 0;
    }
    // hi > lo, so the wrapped difference is the true (unsigned) distance.
    let distance = hi.wrapping_sub(lo) as u128;
    let n = (distance - 1) / step + 1;
    i128::try_from(n).unwrap_or(i128::MAX)
}

fn trace_nothing(_: *mut u8, _: &mut Heap) {}

pub static RANGE_TYPE: TypeObject = TypeObject::builtin(
    qstr::range,
    Layout::Range,
    Some(&super::instance::OBJECT_TYPE),
    &crate::builtins::seq::RANGE_SLOTS,
    crate::builtins::seq::RANGE_MEMBERS,
    trace_nothing,
    0,
);

pub fn new_range(vm: &mut Vm, start: i128, stop: i128, step: i128) -> PyResult<Obj<RangeObj>> {
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    vm.alloc(RangeObj {
        header: ObjHeader::new(&RANGE_TYPE),
        start,
        stop,
        step,
    })
}

#[cfg(test)]
mod tests {
    use super::range_len;

    #[test]
    fn lengths_match_python() {
        assert_eq!(range_len(0, 10, 3), 4);
        assert_eq!(range_len(10, 0, -2), 5);
        assert_eq!(range_len(5, 5, 1), 0);
        assert_eq!(range_len(0, -5, 1), 0);
        assert_eq!(range_len(i128::MIN, i128::MAX, 1), i128::MAX);
        assert_eq!(range_len(0, 10i128.pow(20), 7), 14_285_714_285_714_285_715);
    }
}

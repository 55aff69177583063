//! `range`: start, stop and step as machine integers (ranges beyond i64 raise
//! OverflowError, as in MicroPython).

use super::type_object::TypeObject;
use super::{HeapObject, Layout, Obj, ObjHeader};
use crate::gc::heap::Heap;
use crate::interp::{PyResult, Vm};
use crate::qstr;

#[repr(C)]
pub struct RangeObj {
    pub header: ObjHeader,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

// SAFETY: repr(C), starts with ObjHeader.
unsafe impl HeapObject for RangeObj {
    const LAYOUT: Layout = Layout::Range;
}

impl RangeObj {
    /// Number of items (step is never 0).
    pub fn len(&self) -> usize {
        let (start, stop, step) = (
            i128::from(self.start),
            i128::from(self.stop),
            i128::from(self.step),
        );
        let n = if step > 0 {
            (stop - start + step - 1) / step
        } else {
            (start - stop - step - 1) / -step
        };
        usize::try_from(n.max(0)).unwrap_or(usize::MAX)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Item `i` (caller checks the range).
    pub fn item(&self, i: usize) -> i64 {
        self.start
            .saturating_add((i as i64).saturating_mul(self.step))
    }
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

pub fn new_range(vm: &mut Vm, start: i64, stop: i64, step: i64) -> PyResult<Obj<RangeObj>> {
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

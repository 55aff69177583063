//! Closure cells: a box holding one variable shared between a function and the
//! functions nested in it (MPY.md §5.6).

use super::type_object::{Member, TypeObject, TypeSlots};
use super::{HeapObject, Layout, Obj, ObjHeader};
use crate::gc::heap::Heap;
use crate::interp::{PyResult, Vm};
use crate::qstr;
use crate::value::Value;
use core::cell::Cell;

#[repr(C)]
pub struct CellObj {
    pub header: ObjHeader,
    /// The variable's value; NULL when unbound.
    pub value: Cell<Value>,
}

// SAFETY: repr(C), starts with ObjHeader.
unsafe impl HeapObject for CellObj {
    const LAYOUT: Layout = Layout::Cell;
}

fn trace_cell(obj: *mut u8, heap: &mut Heap) {
    // SAFETY: called by the collector on a cell.
    let c = unsafe { &*(obj as *const CellObj) };
    heap.mark_value(c.value.get());
}

pub static CELL_TYPE: TypeObject = TypeObject::builtin(
    qstr::cell,
    Layout::Cell,
    Some(&super::instance::OBJECT_TYPE),
    &TypeSlots::EMPTY,
    &[(qstr::cell_contents, Member::Getter(cell_contents))],
    trace_cell,
    0,
);

/// `cell.cell_contents`; ValueError when the variable is unbound.
fn cell_contents(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match Obj::<CellObj>::from_value(v).map(|c| c.value.get()) {
        Some(x) if !x.is_null() => Ok(x),
        _ => Err(vm.value_error("Cell is empty")),
    }
}

pub fn new_cell(vm: &mut Vm, v: Value) -> PyResult<Obj<CellObj>> {
    vm.alloc(CellObj {
        header: ObjHeader::new(&CELL_TYPE),
        value: Cell::new(v),
    })
}

//! Modules: a name and a globals dict.

use super::type_object::{Member, TypeObject};
use super::{HeapObject, Layout, Obj, ObjHeader};
use crate::gc::heap::Heap;
use crate::interp::{PyResult, Vm};
use crate::qstr::{self, Qstr};
use crate::value::Value;

#[repr(C)]
pub struct ModuleObj {
    pub header: ObjHeader,
    pub name: Qstr,
    pub globals: Value,
}

// SAFETY: repr(C), starts with ObjHeader.
unsafe impl HeapObject for ModuleObj {
    const LAYOUT: Layout = Layout::Module;
}

fn trace_module(obj: *mut u8, heap: &mut Heap) {
    // SAFETY: called by the collector on a module.
    let m = unsafe { &*(obj as *const ModuleObj) };
    heap.mark_value(m.globals);
}

pub static MODULE_TYPE: TypeObject = TypeObject::builtin(
    qstr::module,
    Layout::Module,
    Some(&super::instance::OBJECT_TYPE),
    &crate::interp::attr::MODULE_SLOTS,
    &[] as &[(Qstr, Member)],
    trace_module,
    0,
);

/// A new module named `name` with a fresh globals dict holding `__name__`.
pub fn new_module(vm: &mut Vm, name: Qstr) -> PyResult<Obj<ModuleObj>> {
    let globals = super::dict::new_dict(vm, 8)?;
    super::dict::dict_set(
        vm,
        globals,
        Value::from_qstr(qstr::__name__),
        Value::from_qstr(name),
    )?;
    vm.alloc(ModuleObj {
        header: ObjHeader::new(&MODULE_TYPE),
        name,
        globals,
    })
}

/// A module wrapping an existing globals dict.
pub fn new_module_with_globals(
    vm: &mut Vm,
    name: Qstr,
    globals: Value,
) -> PyResult<Obj<ModuleObj>> {
    vm.alloc(ModuleObj {
        header: ObjHeader::new(&MODULE_TYPE),
        name,
        globals,
    })
}

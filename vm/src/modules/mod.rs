//! Built-in modules: `sys`, `gc`, `micropython`, `math`, `time`. A module is made on first
//! import from a static table of functions and constants; ports add their own (`vibe`,
//! `os`) with `Vm::register_module`.

pub mod gc;
pub mod math;
pub mod micropython;
pub mod sys;
pub mod time;

use crate::interp::{PyResult, Vm};
use crate::objects::dict::dict_set;
use crate::objects::function::BuiltinFunction;
use crate::objects::module::new_module;
use crate::qstr::Qstr;
use crate::value::Value;

/// An entry of a built-in module's table.
pub enum ModuleMember {
    Function(&'static BuiltinFunction),
    Int(i64),
    Float(f64),
    Str(Qstr),
}

/// Make a module object from a table.
pub fn make_module(vm: &mut Vm, name: Qstr, members: &[(Qstr, ModuleMember)]) -> PyResult<Value> {
    let m = new_module(vm, name)?;
    for (k, member) in members {
        let v = match member {
            ModuleMember::Function(f) => f.as_value(),
            ModuleMember::Int(i) => crate::objects::int::int_from_i64(vm, *i)?,
            ModuleMember::Float(f) => Value::from_f64(*f),
            ModuleMember::Str(q) => Value::from_qstr(*q),
        };
        dict_set(vm, m.globals, Value::from_qstr(*k), v)?;
    }
    Ok(m.as_value())
}

/// Register the engine's own modules and create `sys`.
pub fn register_all(vm: &mut Vm) -> PyResult<()> {
    vm.register_module(crate::qstr::gc, gc::init)?;
    vm.register_module(crate::qstr::micropython, micropython::init)?;
    vm.register_module(crate::qstr::math, math::init)?;
    vm.register_module(crate::qstr::time, time::init)?;
    vm.register_module(crate::qstr::builtins, builtins_module)?;
    sys::init(vm)
}

fn builtins_module(vm: &mut Vm) -> PyResult<Value> {
    let m =
        crate::objects::module::new_module_with_globals(vm, crate::qstr::builtins, vm.builtins)?;
    Ok(m.as_value())
}

//! Name resolution for `LOAD_NAME`/`LOAD_GLOBAL` (locals dict, globals, builtins) and
//! the errors for unbound names.

use super::{PyErr, PyResult, Vm};
use crate::objects::code::CodeObj;
use crate::objects::dict::dict_get_qstr;
use crate::objects::exception;
use crate::objects::Obj;
use crate::qstr::Qstr;
use crate::value::Value;

/// `LOAD_NAME`: the locals dict, then globals, then builtins.
pub fn load_name(vm: &mut Vm, locals: Value, globals: Value, name: Qstr) -> PyResult<Value> {
    if !locals.is_null() && locals != globals {
        if let Some(v) = dict_get_qstr(vm, locals, name)? {
            return Ok(v);
        }
    }
    load_global(vm, globals, name)
}

/// `LOAD_GLOBAL`: globals, then builtins.
pub fn load_global(vm: &mut Vm, globals: Value, name: Qstr) -> PyResult<Value> {
    if let Some(v) = dict_get_qstr(vm, globals, name)? {
        return Ok(v);
    }
    let builtins = vm.builtins;
    if let Some(v) = dict_get_qstr(vm, builtins, name)? {
        return Ok(v);
    }
    Err(name_error(vm, name))
}

pub fn name_error(vm: &mut Vm, name: Qstr) -> PyErr {
    let n = vm.qstr_str(name);
    vm.new_exception_fmt(
        &exception::NAME_ERROR,
        format_args!("name '{}' is not defined", n),
    )
}

/// Error for an empty cell: a free variable or a captured local not yet assigned.
pub fn free_var_error(vm: &mut Vm, code: Obj<CodeObj>, slot: usize) -> PyErr {
    let name = Obj::<crate::objects::tuple::TupleObj>::from_value(code.arg_names)
        .and_then(|t| t.get().get(slot))
        .and_then(|v| v.as_qstr())
        .filter(|q| *q != crate::qstr::STAR);
    match name {
        Some(q) => {
            let n = vm.qstr_str(q);
            vm.new_exception_fmt(
                &exception::NAME_ERROR,
                format_args!(
                    "free variable '{}' referenced before assignment in enclosing scope",
                    n
                ),
            )
        }
        None => vm.new_exception(
            &exception::NAME_ERROR,
            "free variable referenced before assignment in enclosing scope",
        ),
    }
}

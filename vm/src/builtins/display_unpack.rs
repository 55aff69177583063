//! The hidden methods through which `[*x]`, `(*x,)` and `{**m}` displays are built.
//!
//! MicroPython's ISA has no opcode for unpacking inside a display, so the compiler calls
//! a method on the display being built (MPY.md leaves such code to the compiler). These
//! methods are named `<unpack>` and `<merge>`: no attribute syntax can spell them and
//! they are in no type's dict, so `dir()` and user code never see them. They exist so
//! the errors are CPython's ("Value after * must be an iterable, not int", "'list'
//! object is not a mapping") and `{**pairs}` is refused rather than read as pairs.

use crate::builtin_fn;
use crate::interp::typeobj::type_of;
use crate::interp::{ops, PyResult, Vm};
use crate::objects::dict::DICT_TYPE;
use crate::objects::exception;
use crate::objects::list::LIST_TYPE;
use crate::objects::Obj;
use crate::qstr::{self, Qstr};
use crate::value::Value;

/// `display.<unpack>(iterable)`: extend the list of a `[*x]` or `(*x,)` display.
fn unpack_into_list(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (Some(list), Some(src)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("<unpack> takes one argument"));
    };
    let list = Obj::<crate::objects::list::ListObj>::from_value(*list)
        .ok_or_else(|| vm.type_error("<unpack> needs a list"))?;
    if !ops::is_iterable(vm, *src)? {
        let tn = vm.type_name(*src);
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("Value after * must be an iterable, not {}", tn),
        ));
    }
    ops::extend_list_from_iterable(vm, list, *src)?;
    Ok(Value::NONE)
}
builtin_fn!(UNPACK_INTO_LIST, qstr::UNPACK_DISPLAY, unpack_into_list);

/// `display.<merge>(mapping)`: add the items of `**mapping` to a dict display.
fn merge_into_dict(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (Some(d), Some(src)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("<merge> takes one argument"));
    };
    let d =
        crate::objects::dict::as_dict(*d).ok_or_else(|| vm.type_error("<merge> needs a dict"))?;
    super::dict_methods::merge_display(vm, d, *src)?;
    Ok(Value::NONE)
}
builtin_fn!(MERGE_INTO_DICT, qstr::MERGE_DISPLAY, merge_into_dict);

/// The display-building method `name` of `obj`, if it is one.
pub fn display_method(obj: Value, name: Qstr) -> Option<Value> {
    let ty = type_of(obj);
    match name {
        qstr::UNPACK_DISPLAY if core::ptr::eq(ty, &LIST_TYPE) => Some(UNPACK_INTO_LIST.as_value()),
        qstr::MERGE_DISPLAY if core::ptr::eq(ty, &DICT_TYPE) => Some(MERGE_INTO_DICT.as_value()),
        _ => None,
    }
}

//! Argument checking for native functions: counts, keyword lookup, and conversions with
//! CPython-style TypeError messages.

use crate::interp::{PyResult, Vm};
use crate::objects::exception;
use crate::qstr::Qstr;
use crate::value::Value;

/// Require `min..=max` positional arguments.
pub fn check_count(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(if min == max {
        if min == 0 {
            vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("{}() takes no arguments ({} given)", name, n),
            )
        } else if min == 1 {
            vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("{}() takes exactly one argument ({} given)", name, n),
            )
        } else {
            vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("{} expected {} arguments, got {}", name, min, n),
            )
        }
    } else if n < min {
        vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "{} expected at least {} argument{}, got {}",
                name,
                min,
                if min == 1 { "" } else { "s" },
                n
            ),
        )
    } else {
        vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "{} expected at most {} argument{}, got {}",
                name,
                max,
                if max == 1 { "" } else { "s" },
                n
            ),
        )
    })
}

/// Reject keyword arguments.
pub fn no_keywords(vm: &mut Vm, name: &str, kw: &[Value]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("{}() takes no keyword arguments", name),
        ))
    }
}

/// The value of keyword `name`, if given.
pub fn keyword(vm: &Vm, kw: &[Value], name: Qstr) -> Option<Value> {
    let wanted = vm.qstr_str(name);
    kw.chunks(2).find_map(|pair| {
        let k = *pair.first()?;
        let matches =
            k.as_qstr() == Some(name) || crate::objects::str::str_of(vm, k) == Some(wanted);
        if matches {
            pair.get(1).copied()
        } else {
            None
        }
    })
}

/// Reject keywords other than `allowed`.
pub fn only_keywords(vm: &mut Vm, fname: &str, kw: &[Value], allowed: &[Qstr]) -> PyResult<()> {
    for pair in kw.chunks(2) {
        let Some(&k) = pair.first() else { continue };
        let name = crate::objects::str::str_of(vm, k).unwrap_or("?");
        if !allowed.iter().any(|q| vm.qstr_str(*q) == name) {
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("'{}' is an invalid keyword argument for {}()", name, fname),
            ));
        }
    }
    Ok(())
}

/// Positional argument `i`, or keyword `name`, or `None`.
pub fn arg_or_keyword(
    vm: &Vm,
    args: &[Value],
    kw: &[Value],
    i: usize,
    name: Qstr,
) -> Option<Value> {
    args.get(i).copied().or_else(|| keyword(vm, kw, name))
}

/// An int argument as i64.
pub fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    crate::interp::ops::index_value(vm, v)
}

/// A str argument's text.
pub fn str_arg<'a>(vm: &mut Vm, v: Value, fname: &str) -> PyResult<&'a str> {
    match crate::objects::str::str_of(vm, v) {
        Some(s) => Ok(s),
        None => {
            let tn = vm.type_name(v);
            Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("{}() argument must be str, not {}", fname, tn),
            ))
        }
    }
}

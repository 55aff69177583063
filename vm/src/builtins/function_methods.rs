//! Behaviour of Python functions: repr, the `__name__`/`__defaults__`/... attributes,
//! function attributes in their dict, and binding as a descriptor.

use crate::interp::{PyResult, Vm};
use crate::objects::function::FunctionObj;
use crate::objects::str::StrBuilder;
use crate::objects::Obj;
use crate::qstr::{self, Qstr};
use crate::value::Value;

fn func(vm: &mut Vm, v: Value) -> PyResult<Obj<FunctionObj>> {
    Obj::<FunctionObj>::from_value(v).ok_or_else(|| vm.type_error("expected a function"))
}

pub fn function_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let f = func(vm, v)?;
    out.push_str(vm, "<function ")?;
    crate::objects::function::write_qualname(vm, f, out)?;
    out.push_fmt(vm, format_args!(" at {:#x}>", v.obj_addr()))
}

pub fn function_getattr(vm: &mut Vm, v: Value, name: Qstr) -> PyResult<Option<Value>> {
    let f = func(vm, v)?;
    Ok(Some(match name {
        qstr::__name__ => Value::from_qstr(f.name.get()),
        qstr::__qualname__ => {
            let mut b = StrBuilder::new();
            crate::objects::function::write_qualname(vm, f, &mut b)?;
            b.finish(vm)?
        }
        qstr::__module__ => {
            let g = f.globals;
            crate::objects::dict::dict_get_qstr(vm, g, qstr::__name__)?.unwrap_or(Value::NONE)
        }
        qstr::__doc__ => {
            if f.doc.get().is_null() {
                Value::NONE
            } else {
                f.doc.get()
            }
        }
        qstr::__annotations__ => {
            if f.annotations.get().is_null() {
                let d = crate::objects::dict::new_dict(vm, 0)?;
                f.annotations.set(d);
            }
            f.annotations.get()
        }
        qstr::__defaults__ => {
            if f.defaults.get().is_null() {
                Value::NONE
            } else {
                f.defaults.get()
            }
        }
        qstr::__kwdefaults__ => {
            if f.kwdefaults.get().is_null() {
                Value::NONE
            } else {
                f.kwdefaults.get()
            }
        }
        qstr::__globals__ => f.globals,
        qstr::__builtins__ => vm.builtins,
        qstr::__code__ => f.code,
        qstr::__closure__ => {
            if f.closure.is_null() {
                Value::NONE
            } else {
                f.closure
            }
        }
        qstr::__dict__ => {
            if f.dict.get().is_null() {
                let d = crate::objects::dict::new_dict(vm, 0)?;
                f.dict.set(d);
            }
            f.dict.get()
        }
        _ => return Ok(None),
    }))
}

pub fn function_setattr(vm: &mut Vm, v: Value, name: Qstr, value: Value) -> PyResult<bool> {
    let f = func(vm, v)?;
    match name {
        qstr::__name__ => {
            let q = crate::objects::str::intern_value(vm, value)?
                .ok_or_else(|| vm.type_error("__name__ must be set to a string object"))?;
            f.name.set(q);
            Ok(true)
        }
        qstr::__defaults__ => {
            let ok = value.is_null()
                || value.is_none()
                || crate::interp::typeobj::type_of(value).as_value()
                    == crate::objects::tuple::TUPLE_TYPE.as_value();
            if !ok {
                return Err(vm.type_error("__defaults__ must be set to a tuple object"));
            }
            let empty = Obj::<crate::objects::tuple::TupleObj>::from_value(value)
                .is_some_and(|t| t.get().items().is_empty());
            f.defaults.set(if value.is_none() || empty {
                Value::NULL
            } else {
                value
            });
            Ok(true)
        }
        qstr::__kwdefaults__ => {
            let ok = value.is_null()
                || value.is_none()
                || crate::interp::typeobj::type_of(value).as_value()
                    == crate::objects::dict::DICT_TYPE.as_value();
            if !ok {
                return Err(vm.type_error("__kwdefaults__ must be set to a dict object"));
            }
            f.kwdefaults
                .set(if value.is_none() { Value::NULL } else { value });
            Ok(true)
        }
        qstr::__qualname__ => {
            if !crate::objects::str::is_str(vm, value) {
                return Err(vm.type_error("__qualname__ must be set to a string object"));
            }
            f.qualname_override.set(value);
            Ok(true)
        }
        qstr::__doc__ => {
            f.doc.set(value);
            Ok(true)
        }
        qstr::__annotations__ => {
            if value.is_null() || value.is_none() {
                f.annotations.set(Value::NULL);
            } else if crate::objects::dict::as_dict(value).is_some() {
                f.annotations.set(value);
            } else {
                return Err(vm.type_error("__annotations__ must be set to a dict object"));
            }
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// Names `function_getattr` serves, for `dir()`.
pub const FUNCTION_ATTR_NAMES: &[Qstr] = &[
    qstr::__annotations__,
    qstr::__builtins__,
    qstr::__closure__,
    qstr::__code__,
    qstr::__defaults__,
    qstr::__dict__,
    qstr::__doc__,
    qstr::__globals__,
    qstr::__kwdefaults__,
    qstr::__module__,
    qstr::__name__,
    qstr::__qualname__,
];

/// Functions found on a class bind to the instance they are looked up on.
pub fn function_descr_get(vm: &mut Vm, f: Value, obj: Value, _owner: Value) -> PyResult<Value> {
    if obj.is_none() {
        return Ok(f);
    }
    crate::objects::bound_method::new_bound_method(vm, f, obj)
}

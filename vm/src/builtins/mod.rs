//! Built-in functions (`print`, `len`, `isinstance`...), the `builtins` namespace, and the
//! behaviour (slots and methods) of the built-in types whose layouts live in `objects/`.

pub mod args;
pub mod bytes_codec;
pub mod bytes_format;
pub mod bytes_methods;
pub mod bytes_text;
pub mod complex_methods;
pub mod descriptors;
pub mod dict_methods;
pub mod display_unpack;
pub mod exception_methods;
pub mod float_methods;
pub mod function_methods;
pub mod functions;
pub mod generator_methods;
pub mod int_methods;
pub mod iterators;
pub mod seq;
pub mod set_methods;
pub mod slot_member;
pub mod slot_wrappers;
pub mod str_format;
pub mod str_methods;
pub mod str_search;
pub mod str_unicode;
pub mod str_unicode_data;
pub mod typeinfo;

use crate::interp::{PyResult, Vm};
use crate::objects::dict::{dict_set, new_dict};
use crate::objects::function::BuiltinFunction;
use crate::objects::type_object::TypeObject;
use crate::qstr;
use crate::value::Value;

pub use crate::interp::classes::BUILD_CLASS_FN as BUILD_CLASS;

/// The built-in types visible by name.
fn builtin_types() -> [&'static TypeObject; 20] {
    [
        &crate::objects::instance::OBJECT_TYPE,
        &crate::objects::type_object_type::TYPE_TYPE,
        &crate::objects::int::INT_TYPE,
        &crate::objects::bool::BOOL_TYPE,
        &crate::objects::float::FLOAT_TYPE,
        &complex_methods::COMPLEX_TYPE,
        &crate::objects::str::STR_TYPE,
        &crate::objects::bytes::BYTES_TYPE,
        &bytes_methods::BYTEARRAY_TYPE,
        &crate::objects::tuple::TUPLE_TYPE,
        &crate::objects::list::LIST_TYPE,
        &crate::objects::dict::DICT_TYPE,
        &set_methods::SET_TYPE,
        &set_methods::FROZENSET_TYPE,
        &crate::objects::range::RANGE_TYPE,
        &crate::objects::slice::SLICE_TYPE,
        &descriptors::PROPERTY_TYPE,
        &descriptors::STATICMETHOD_TYPE,
        &descriptors::CLASSMETHOD_TYPE,
        &descriptors::SUPER_TYPE,
    ]
}

/// Create the `builtins` namespace.
pub fn init(vm: &mut Vm) -> PyResult<()> {
    let d = new_dict(vm, 128)?;
    vm.builtins = d;
    for t in builtin_types() {
        dict_set(vm, d, Value::from_qstr(t.name.get()), t.as_value())?;
    }
    for t in iterators::NAMED_ITERATOR_TYPES {
        dict_set(vm, d, Value::from_qstr(t.name.get()), t.as_value())?;
    }
    for t in crate::objects::exception::ALL_EXCEPTION_TYPES {
        dict_set(vm, d, Value::from_qstr(t.name.get()), t.as_value())?;
    }
    dict_set(
        vm,
        d,
        Value::from_qstr(qstr::EnvironmentError),
        crate::objects::exception::OS_ERROR.as_value(),
    )?;
    dict_set(
        vm,
        d,
        Value::from_qstr(qstr::IOError),
        crate::objects::exception::OS_ERROR.as_value(),
    )?;
    for f in functions::ALL {
        add_function(vm, d, f)?;
    }
    add_function(vm, d, &BUILD_CLASS)?;
    dict_set(
        vm,
        d,
        Value::from_qstr(qstr::NotImplemented),
        Value::NOT_IMPLEMENTED,
    )?;
    dict_set(vm, d, Value::from_qstr(qstr::Ellipsis), Value::ELLIPSIS)?;
    dict_set(vm, d, Value::from_qstr(qstr::__debug__), Value::TRUE)?;
    dict_set(
        vm,
        d,
        Value::from_qstr(qstr::__name__),
        Value::from_qstr(qstr::builtins),
    )?;
    Ok(())
}

fn add_function(vm: &mut Vm, d: Value, f: &'static BuiltinFunction) -> PyResult<()> {
    dict_set(vm, d, Value::from_qstr(f.name), f.as_value())
}

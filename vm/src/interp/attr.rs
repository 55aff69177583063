//! Attribute access: lookup along the MRO with descriptors (functions bind, properties
//! compute, static/class methods unwrap), instance dicts, `__getattr__`, stores and
//! deletes, method loading without a bound-method object, and special-method calls.

use super::call;
use super::typeobj::{as_type, lookup_in_type, native_base_of, type_of, TypeAttr};
use super::{PyErr, PyResult, Vm};
use crate::objects::dict::{dict_get_qstr, new_dict};
use crate::objects::exception::{self, ExceptionObj};
use crate::objects::function::FunctionObj;
use crate::objects::instance::InstanceObj;
use crate::objects::module::ModuleObj;
use crate::objects::str::StrBuilder;
use crate::objects::type_object::{type_flags, Member, TypeObject, TypeSlots};
use crate::objects::{Layout, Obj};
use crate::qstr::{self, Qstr};
use crate::value::Value;

/// The attribute dict of an object, if its layout has one (created on demand when
/// `create` is set and the object may have one).
pub fn instance_dict(vm: &mut Vm, obj: Value, create: bool) -> PyResult<Option<Value>> {
    if !obj.is_obj() {
        return Ok(None);
    }
    let ty = type_of(obj);
    let slot = match ty.layout {
        Layout::Instance => Obj::<InstanceObj>::from_value(obj).map(|i| &i.get().dict),
        Layout::Exception => Obj::<ExceptionObj>::from_value(obj).map(|e| &e.get().dict),
        Layout::Function => Obj::<FunctionObj>::from_value(obj).map(|f| &f.get().dict),
        Layout::Module => return Ok(Obj::<ModuleObj>::from_value(obj).map(|m| m.globals)),
        _ => None,
    };
    let Some(slot) = slot else { return Ok(None) };
    if slot.get().is_null() {
        // `object` itself and classes whose __slots__ leave out __dict__ have none.
        if !create || (ty.layout == Layout::Instance && !ty.has_flag(type_flags::HAS_DICT)) {
            return Ok(None);
        }
        let d = new_dict(vm, 0)?;
        slot.set(d);
    }
    Ok(Some(slot.get()))
}

/// True if `v`, found on a class, is a data descriptor (property, or an object whose
/// class defines `__set__`/`__delete__`).
fn is_data_descriptor(vm: &mut Vm, v: Value) -> PyResult<bool> {
    let ty = type_of(v);
    if ty.slots.descr_set.is_some() {
        return Ok(true);
    }
    if ty.is_heap() {
        return Ok(lookup_in_type(vm, ty, qstr::__set__)?.is_some()
            || lookup_in_type(vm, ty, qstr::__delete__)?.is_some());
    }
    Ok(false)
}

/// Apply the descriptor protocol to an attribute found on `owner` for `obj`
/// (`obj` NULL: accessed on the class itself).
fn bind_class_value(
    vm: &mut Vm,
    attr: Value,
    obj: Value,
    owner: &'static TypeObject,
) -> PyResult<Value> {
    if Obj::<FunctionObj>::from_value(attr).is_some() {
        if obj.is_null() {
            return Ok(attr);
        }
        return crate::objects::bound_method::new_bound_method(vm, attr, obj);
    }
    let ty = type_of(attr);
    if let Some(get) = ty.slots.descr_get {
        let o = if obj.is_null() { Value::NONE } else { obj };
        return get(vm, attr, o, owner.as_value());
    }
    if ty.is_heap() {
        if let Some(TypeAttr::Value(get)) = lookup_in_type(vm, ty, qstr::__get__)? {
            let o = if obj.is_null() { Value::NONE } else { obj };
            return call::call_with_self(vm, get, attr, &[o, owner.as_value()], &[]);
        }
    }
    Ok(attr)
}

/// Bind a built-in member to an instance (or to the class when `obj` is NULL).
fn bind_member(vm: &mut Vm, m: Member, obj: Value, owner: &'static TypeObject) -> PyResult<Value> {
    match m {
        Member::Method(f) => {
            if obj.is_null() {
                Ok(f.as_value())
            } else {
                let target = native_base_of(obj).unwrap_or(obj);
                crate::objects::bound_method::new_bound_method(vm, f.as_value(), target)
            }
        }
        Member::ClassMethod(f) => {
            crate::objects::bound_method::new_bound_method(vm, f.as_value(), owner.as_value())
        }
        Member::StaticMethod(f) => Ok(f.as_value()),
        Member::Getter(g) => {
            if obj.is_null() {
                Err(vm.new_exception(&exception::ATTRIBUTE_ERROR, "attribute of type, not class"))
            } else {
                g(vm, native_base_of(obj).unwrap_or(obj))
            }
        }
        Member::Const(v) => Ok(v),
    }
}

/// `obj.name`, or `None` if there is no such attribute.
pub fn lookup_attr(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<Option<Value>> {
    if let Some(t) = as_type(obj) {
        return type_lookup(vm, t, name);
    }
    let ty = type_of(obj);
    if ty.has_flag(type_flags::HAS_GETATTR) && name != qstr::__getattr__ {
        // __getattr__ runs when normal lookup (or a Python __getattribute__) finds
        // nothing or raises AttributeError (a property that raises it included).
        let normal = if ty.has_flag(type_flags::HAS_GETATTRIBUTE) && name != qstr::__getattribute__
        {
            match lookup_in_type(vm, ty, qstr::__getattribute__)? {
                Some(TypeAttr::Value(f)) => {
                    call::call_with_self(vm, f, obj, &[Value::from_qstr(name)], &[]).map(Some)
                }
                _ => lookup_attr_normal(vm, obj, ty, name),
            }
        } else {
            lookup_attr_normal(vm, obj, ty, name)
        };
        match normal {
            Ok(Some(v)) => return Ok(Some(v)),
            Ok(None) => {}
            Err(e) if vm.exception_matches(e, &exception::ATTRIBUTE_ERROR) => {}
            Err(e) => return Err(e),
        }
        if let Some(TypeAttr::Value(ga)) = lookup_in_type(vm, ty, qstr::__getattr__)? {
            return call::call_with_self(vm, ga, obj, &[Value::from_qstr(name)], &[]).map(Some);
        }
        return normal;
    }
    lookup_attr_normal(vm, obj, ty, name)
}

/// `object.__getattribute__(obj, name)`: the standard lookup, no Python hooks.
pub fn generic_getattr(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<Value> {
    let found = match as_type(obj) {
        Some(t) => type_lookup(vm, t, name)?,
        None => lookup_attr_normal(vm, obj, type_of(obj), name)?,
    };
    found.ok_or_else(|| attribute_error(vm, obj, name))
}

/// Attribute lookup without the `__getattr__` fallback.
fn lookup_attr_normal(
    vm: &mut Vm,
    obj: Value,
    ty: &'static TypeObject,
    name: Qstr,
) -> PyResult<Option<Value>> {
    if ty.has_flag(type_flags::GETATTR_FIRST) {
        if let Some(f) = ty.slots.getattr {
            if let Some(v) = f(vm, obj, name)? {
                return Ok(Some(v));
            }
        }
    }
    let cls_attr = lookup_in_type(vm, ty, name)?;
    if let Some(TypeAttr::Value(a)) = cls_attr {
        if is_data_descriptor(vm, a)? {
            return bind_class_value(vm, a, obj, ty).map(Some);
        }
    }
    if let Some(d) = instance_dict(vm, obj, false)? {
        if let Some(v) = dict_get_qstr(vm, d, name)? {
            return Ok(Some(v));
        }
    }
    if let Some(f) = ty.slots.getattr {
        if let Some(v) = f(vm, obj, name)? {
            return Ok(Some(v));
        }
    }
    match cls_attr {
        Some(TypeAttr::Member(m)) => return bind_member(vm, m, obj, ty).map(Some),
        Some(TypeAttr::Value(a)) => return bind_class_value(vm, a, obj, ty).map(Some),
        None => {}
    }
    if let Some(base) = native_base_of(obj) {
        if let Some(f) = type_of(base).slots.getattr {
            if let Some(v) = f(vm, base, name)? {
                return Ok(Some(v));
            }
        }
    }
    Ok(None)
}

/// Attribute lookup on a class object.
fn type_lookup(vm: &mut Vm, t: &'static TypeObject, name: Qstr) -> PyResult<Option<Value>> {
    if name == qstr::__qualname__ {
        // Never inherited from a base's namespace.
        return super::classes::type_special_attr(vm, t.as_value(), name);
    }
    match lookup_in_type(vm, t, name)? {
        Some(TypeAttr::Value(a)) => return bind_class_value(vm, a, Value::NULL, t).map(Some),
        Some(TypeAttr::Member(m)) if !matches!(m, Member::Getter(_)) => {
            return bind_member(vm, m, Value::NULL, t).map(Some);
        }
        _ => {}
    }
    // Attributes of the class as an object: those of `type`, or of its metaclass.
    let meta = &crate::objects::type_object_type::TYPE_TYPE;
    if let Some(f) = meta.slots.getattr {
        if let Some(v) = f(vm, t.as_value(), name)? {
            return Ok(Some(v));
        }
    }
    let meta = type_of(t.as_value());
    match lookup_in_type(vm, meta, name)? {
        Some(TypeAttr::Member(m)) => bind_member(vm, m, t.as_value(), meta).map(Some),
        Some(TypeAttr::Value(a)) => bind_class_value(vm, a, t.as_value(), meta).map(Some),
        None => Ok(None),
    }
}

/// `obj.name`, raising AttributeError when missing.
pub fn load_attr(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<Value> {
    match lookup_attr(vm, obj, name)? {
        Some(v) => Ok(v),
        None => Err(attribute_error(vm, obj, name)),
    }
}

pub fn attribute_error(vm: &mut Vm, obj: Value, name: Qstr) -> PyErr {
    let n = vm.qstr_str(name);
    if let Some(t) = as_type(obj) {
        let tn = vm.qstr_str(t.name.get());
        return vm.new_exception_fmt(
            &exception::ATTRIBUTE_ERROR,
            format_args!("type object '{}' has no attribute '{}'", tn, n),
        );
    }
    if let Some(m) = Obj::<ModuleObj>::from_value(obj) {
        let mn = vm.qstr_str(m.name);
        return vm.new_exception_fmt(
            &exception::ATTRIBUTE_ERROR,
            format_args!("module '{}' has no attribute '{}'", mn, n),
        );
    }
    let tn = vm.type_name(obj);
    vm.new_exception_fmt(
        &exception::ATTRIBUTE_ERROR,
        format_args!("'{}' object has no attribute '{}'", tn, n),
    )
}

/// `LOAD_METHOD`: (callable, self) when `obj.name` is a method defined on the class,
/// else (attribute value, NULL). Avoids making a bound-method object for calls.
pub fn load_method(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<(Value, Value)> {
    if as_type(obj).is_none()
        && !type_of(obj).has_flag(type_flags::GETATTR_FIRST | type_flags::HAS_GETATTRIBUTE)
    {
        let ty = type_of(obj);
        match lookup_in_type(vm, ty, name)? {
            Some(TypeAttr::Member(Member::Method(f))) => {
                let in_dict = match instance_dict(vm, obj, false)? {
                    Some(d) => dict_get_qstr(vm, d, name)?,
                    None => None,
                };
                if let Some(v) = in_dict {
                    return Ok((v, Value::NULL));
                }
                return Ok((f.as_value(), native_base_of(obj).unwrap_or(obj)));
            }
            Some(TypeAttr::Value(a)) if Obj::<FunctionObj>::from_value(a).is_some() => {
                let in_dict = match instance_dict(vm, obj, false)? {
                    Some(d) => dict_get_qstr(vm, d, name)?,
                    None => None,
                };
                if let Some(v) = in_dict {
                    return Ok((v, Value::NULL));
                }
                return Ok((a, obj));
            }
            _ => {
                if let Some(f) = crate::builtins::display_unpack::display_method(obj, name) {
                    return Ok((f, obj));
                }
            }
        }
    }
    Ok((load_attr(vm, obj, name)?, Value::NULL))
}

/// `LOAD_SUPER_METHOD`: `super(cls, self).name` as a (callable, self) pair.
pub fn load_super_method(
    vm: &mut Vm,
    cls: Value,
    self_: Value,
    name: Qstr,
) -> PyResult<(Value, Value)> {
    let v = super::classes::super_lookup(vm, cls, self_, name)?;
    match v {
        super::classes::SuperFound::Method(f, s) => Ok((f, s)),
        super::classes::SuperFound::Value(v) => Ok((v, Value::NULL)),
    }
}

/// `obj.name = v` (`v` NULL: `del obj.name`).
pub fn store_attr(vm: &mut Vm, obj: Value, name: Qstr, v: Value) -> PyResult<()> {
    if let Some(t) = as_type(obj) {
        return type_store(vm, t, name, v);
    }
    let ty = type_of(obj);
    if ty.has_flag(type_flags::HAS_SETATTR) {
        let method = if v.is_null() {
            qstr::__delattr__
        } else {
            qstr::__setattr__
        };
        if let Some(TypeAttr::Value(f)) = lookup_in_type(vm, ty, method)? {
            let n = Value::from_qstr(name);
            if v.is_null() {
                call::call_with_self(vm, f, obj, &[n], &[])?;
            } else {
                call::call_with_self(vm, f, obj, &[n, v], &[])?;
            }
            return Ok(());
        }
    }
    generic_store_attr(vm, obj, name, v)
}

/// `object.__setattr__`: descriptors, then the instance dict, then native hooks.
pub fn generic_store_attr(vm: &mut Vm, obj: Value, name: Qstr, v: Value) -> PyResult<()> {
    let ty = type_of(obj);
    if let Some(TypeAttr::Value(a)) = lookup_in_type(vm, ty, name)? {
        let aty = type_of(a);
        if let Some(set) = aty.slots.descr_set {
            return set(vm, a, obj, v);
        }
        if aty.is_heap() {
            let method = if v.is_null() {
                qstr::__delete__
            } else {
                qstr::__set__
            };
            if let Some(TypeAttr::Value(f)) = lookup_in_type(vm, aty, method)? {
                if v.is_null() {
                    call::call_with_self(vm, f, a, &[obj], &[])?;
                } else {
                    call::call_with_self(vm, f, a, &[obj, v], &[])?;
                }
                return Ok(());
            }
        }
    }
    if let Some(f) = ty.slots.setattr {
        if f(vm, obj, name, v)? {
            return Ok(());
        }
    }
    if let Some(d) = instance_dict(vm, obj, true)? {
        if v.is_null() {
            let removed = crate::objects::dict::as_dict(d)
                .map(|dd| dd.get().table.remove(vm, Value::from_qstr(name)))
                .transpose()?
                .flatten();
            if removed.is_none() {
                return Err(attribute_error(vm, obj, name));
            }
        } else {
            crate::objects::dict::dict_set(vm, d, Value::from_qstr(name), v)?;
        }
        return Ok(());
    }
    if let Some(TypeAttr::Member(m)) = lookup_in_type(vm, ty, name)? {
        return Err(read_only_error(vm, ty, m, name));
    }
    // Attributes a built-in type computes in its getattr slot (range.start...).
    if let (false, Some(get)) = (ty.is_heap(), ty.slots.getattr) {
        if get(vm, obj, name)?.is_some() {
            return Err(read_only_error(vm, ty, Member::Getter(|_, v| Ok(v)), name));
        }
    }
    Err(attribute_error(vm, obj, name))
}

/// Setting or deleting a built-in type's own attribute, worded as CPython words it for
/// that kind of descriptor: a method, a plain member, or a computed attribute.
fn read_only_error(vm: &mut Vm, ty: &'static TypeObject, m: Member, name: Qstr) -> PyErr {
    let (n, tn) = (vm.qstr_str(name), vm.qstr_str(ty.name.get()));
    let member_struct = [
        &crate::objects::range::RANGE_TYPE,
        &crate::objects::slice::SLICE_TYPE,
        &crate::builtins::complex_methods::COMPLEX_TYPE,
    ]
    .iter()
    .any(|t| core::ptr::eq(*t, ty));
    match m {
        Member::Getter(_) if member_struct => {
            vm.new_exception(&exception::ATTRIBUTE_ERROR, "readonly attribute")
        }
        Member::Getter(_) => vm.new_exception_fmt(
            &exception::ATTRIBUTE_ERROR,
            format_args!("attribute '{}' of '{}' objects is not writable", n, tn),
        ),
        _ => vm.new_exception_fmt(
            &exception::ATTRIBUTE_ERROR,
            format_args!("'{}' object attribute '{}' is read-only", tn, n),
        ),
    }
}

fn type_store(vm: &mut Vm, t: &'static TypeObject, name: Qstr, v: Value) -> PyResult<()> {
    vm.attr_cache.invalidate();
    if !t.is_heap() || t.dict.get().is_null() {
        let tn = vm.qstr_str(t.name.get());
        let n = vm.qstr_str(name);
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("cannot set '{}' attribute of immutable type '{}'", n, tn),
        ));
    }
    let d = t.dict.get();
    if v.is_null() {
        let removed = crate::objects::dict::as_dict(d)
            .map(|dd| dd.get().table.remove(vm, Value::from_qstr(name)))
            .transpose()?
            .flatten();
        if removed.is_none() {
            return Err(attribute_error(vm, t.as_value(), name));
        }
    } else {
        crate::objects::dict::dict_set(vm, d, Value::from_qstr(name), v)?;
    }
    super::classes::update_type_flags(vm, t, name)
}

/// Load a special method from the type only (not the instance), as a (callable,
/// self-or-NULL) pair; AttributeError if missing.
pub fn load_special_method(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<(Value, Value)> {
    let ty = type_of(obj);
    match lookup_in_type(vm, ty, name)? {
        Some(TypeAttr::Value(a)) => {
            if Obj::<FunctionObj>::from_value(a).is_some() {
                Ok((a, obj))
            } else {
                Ok((bind_class_value(vm, a, obj, ty)?, Value::NULL))
            }
        }
        Some(TypeAttr::Member(m)) => Ok((bind_member(vm, m, obj, ty)?, Value::NULL)),
        None => Err(attribute_error(vm, obj, name)),
    }
}

/// Call `obj.name(*args)` (normal attribute lookup).
pub fn call_method(vm: &mut Vm, obj: Value, name: Qstr, args: &[Value]) -> PyResult<Value> {
    let (m, s) = load_method(vm, obj, name)?;
    call::call_method_pair(vm, m, s, args)
}

/// Call special method `name` of `obj`'s class if it defines one.
pub fn call_special_opt(
    vm: &mut Vm,
    obj: Value,
    name: Qstr,
    args: &[Value],
) -> PyResult<Option<Value>> {
    let ty = type_of(obj);
    match lookup_in_type(vm, ty, name)? {
        Some(TypeAttr::Value(a)) => {
            if Obj::<FunctionObj>::from_value(a).is_some() {
                call::call_with_self(vm, a, obj, args, &[]).map(Some)
            } else {
                let bound = bind_class_value(vm, a, obj, ty)?;
                call::call(vm, bound, args, &[]).map(Some)
            }
        }
        Some(TypeAttr::Member(m)) => {
            let bound = bind_member(vm, m, obj, ty)?;
            call::call(vm, bound, args, &[]).map(Some)
        }
        None => Ok(None),
    }
}

/// Call a class-level special method such as `__class_getitem__` if defined.
pub fn call_special_on_type_opt(
    vm: &mut Vm,
    t: &'static TypeObject,
    _cls: Value,
    name: Qstr,
    args: &[Value],
) -> PyResult<Option<Value>> {
    match type_lookup(vm, t, name)? {
        Some(f) => call::call(vm, f, args, &[]).map(Some),
        None => Ok(None),
    }
}

/// The `__name__` of a callable, for messages.
pub fn callable_name(_vm: &Vm, f: Value) -> Qstr {
    if let Some(func) = Obj::<FunctionObj>::from_value(f) {
        return func.name.get();
    }
    if let Some(b) = Obj::<crate::objects::function::BuiltinFunction>::from_value(f) {
        return b.name;
    }
    if let Some(m) = Obj::<crate::objects::bound_method::BoundMethodObj>::from_value(f) {
        return callable_name(_vm, m.func);
    }
    if let Some(t) = as_type(f) {
        return t.name.get();
    }
    qstr::object
}

/// How CPython names a callable in call errors: `module.qualname()` for Python functions
/// and classes outside builtins, else `name()`.
pub fn write_function_str(vm: &mut Vm, f: Value, out: &mut StrBuilder) -> PyResult<()> {
    if let Some(m) = Obj::<crate::objects::bound_method::BoundMethodObj>::from_value(f) {
        return write_function_str(vm, m.func, out);
    }
    if let Some(func) = Obj::<FunctionObj>::from_value(f) {
        if let Some(module) = dict_get_qstr(vm, func.globals, qstr::__name__)? {
            if let Some(s) = crate::objects::str::str_of(vm, module) {
                if s != "builtins" {
                    out.push_str(vm, s)?;
                    out.push_str(vm, ".")?;
                }
            }
        }
        crate::objects::function::write_qualname(vm, func, out)?;
        return out.push_str(vm, "()");
    }
    let name = callable_name(vm, f);
    let s = vm.qstr_str(name);
    out.push_str(vm, s)?;
    out.push_str(vm, "()")
}

pub fn type_getattr(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<Option<Value>> {
    super::classes::type_special_attr(vm, obj, name)
}

pub fn type_setattr(_vm: &mut Vm, _obj: Value, _name: Qstr, _v: Value) -> PyResult<bool> {
    Ok(false)
}

fn module_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let name = Obj::<ModuleObj>::from_value(v)
        .map(|m| m.name)
        .unwrap_or(qstr::module);
    out.push_fmt(vm, format_args!("<module '{}'>", vm.qstr_str(name)))
}

fn module_getattr(_vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<Option<Value>> {
    if name == qstr::__dict__ {
        return Ok(Obj::<ModuleObj>::from_value(obj).map(|m| m.globals));
    }
    Ok(None)
}

pub static MODULE_SLOTS: TypeSlots = TypeSlots {
    repr: Some(module_repr),
    getattr: Some(module_getattr),
    ..TypeSlots::EMPTY
};

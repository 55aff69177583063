//! Functions: `BuiltinFunction` (a native function, usually a `static`) and
//! `FunctionObj` (a Python function: code + globals + defaults + closure cells).

use super::type_object::{type_flags, Member, NativeFn, TypeObject, TypeSlots};
use super::{HeapObject, Layout, Obj, ObjHeader};
use crate::gc::heap::Heap;
use crate::interp::{PyResult, Vm};
use crate::objects::str::StrBuilder;
use crate::qstr::{self, Qstr};
use crate::value::Value;
use core::cell::Cell;

#[repr(C)]
pub struct BuiltinFunction {
    pub header: ObjHeader,
    pub name: Qstr,
    pub func: NativeFn,
}

// SAFETY: repr(C), starts with ObjHeader.
unsafe impl HeapObject for BuiltinFunction {
    const LAYOUT: Layout = Layout::BuiltinFunction;
}

// SAFETY: built-in function statics are immutable and the VM is single-threaded.
unsafe impl Sync for BuiltinFunction {}

impl BuiltinFunction {
    pub const fn new(name: Qstr, func: NativeFn) -> BuiltinFunction {
        BuiltinFunction {
            header: ObjHeader::new(&BUILTIN_FUNCTION_TYPE),
            name,
            func,
        }
    }

    pub fn as_value(&'static self) -> Value {
        Value::from_ptr(self as *const BuiltinFunction)
    }
}

/// Define a `static` built-in function: `builtin_fn!(NAME_STATIC, qstr::name, rust_fn);`
#[macro_export]
macro_rules! builtin_fn {
    ($static_name:ident, $name:expr, $func:expr) => {
        pub static $static_name: $crate::objects::function::BuiltinFunction =
            $crate::objects::function::BuiltinFunction::new($name, $func);
    };
}

fn builtin_call(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    // args[0] is the builtin itself (call slots receive the callee first).
    let f = args
        .first()
        .and_then(|v| Obj::<BuiltinFunction>::from_value(*v))
        .ok_or_else(|| vm.type_error("bad builtin call"))?;
    (f.func)(vm, args.get(1..).unwrap_or(&[]), kw)
}

fn builtin_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let name = Obj::<BuiltinFunction>::from_value(v)
        .map(|f| f.name)
        .unwrap_or(qstr::NULL);
    out.push_fmt(
        vm,
        format_args!("<built-in function {}>", vm.qstr_str(name)),
    )
}

fn no_trace(_: *mut u8, _: &mut Heap) {}

fn builtin_getattr(_vm: &mut Vm, v: Value, name: Qstr) -> PyResult<Option<Value>> {
    let Some(f) = Obj::<BuiltinFunction>::from_value(v) else {
        return Ok(None);
    };
    Ok(match name {
        qstr::__name__ | qstr::__qualname__ => Some(Value::from_qstr(f.name)),
        qstr::__module__ => Some(Value::from_qstr(qstr::builtins)),
        qstr::__self__ => Some(Value::NONE),
        qstr::__doc__ => Some(Value::NONE),
        _ => None,
    })
}

pub static BUILTIN_FUNCTION_SLOTS: TypeSlots = TypeSlots {
    getattr: Some(builtin_getattr),
    call: Some(builtin_call),
    repr: Some(builtin_repr),
    ..TypeSlots::EMPTY
};

pub static BUILTIN_FUNCTION_TYPE: TypeObject = TypeObject::builtin(
    qstr::builtin_function_or_method,
    Layout::BuiltinFunction,
    Some(&super::instance::OBJECT_TYPE),
    &BUILTIN_FUNCTION_SLOTS,
    &[] as &[(Qstr, Member)],
    no_trace,
    0,
);

/// A Python function.
#[repr(C)]
pub struct FunctionObj {
    pub header: ObjHeader,
    pub code: Value,
    pub globals: Value,
    /// Tuple of positional defaults, or NULL (assignable through `__defaults__`).
    pub defaults: Cell<Value>,
    /// Dict of keyword-only defaults, or NULL (assignable through `__kwdefaults__`).
    pub kwdefaults: Cell<Value>,
    /// Tuple of cells passed as hidden leading arguments, or NULL.
    pub closure: Value,
    /// Function attributes (`f.x = 1`), NULL until first set.
    pub dict: Cell<Value>,
    pub name: Cell<Qstr>,
    /// The function (or class-body function) this one was defined in; NULL at module
    /// level. Together with `parent_is_class` it gives `__qualname__`.
    pub parent: Cell<Value>,
    pub parent_is_class: Cell<bool>,
    /// Set by assigning `__qualname__`; NULL otherwise.
    pub qualname_override: Cell<Value>,
    /// `__doc__` (the compiler stores a docstring right after creating the function);
    /// NULL reads as None. Not in `dict`, so `__dict__` does not show it (as CPython).
    pub doc: Cell<Value>,
    /// `__annotations__` dict (stored after creation like `doc`); NULL until set or
    /// first read, which creates an empty one.
    pub annotations: Cell<Value>,
}

impl FunctionObj {
    pub fn set_parent(&self, parent: Value, is_class: bool) {
        self.parent.set(parent);
        self.parent_is_class.set(is_class);
    }
}

/// Write `f.__qualname__`: `outer.<locals>.inner`, `Class.method`, or the bare name.
pub fn write_qualname(vm: &mut Vm, f: Obj<FunctionObj>, out: &mut StrBuilder) -> PyResult<()> {
    write_qualname_depth(vm, f, out, 0)
}

fn write_qualname_depth(
    vm: &mut Vm,
    f: Obj<FunctionObj>,
    out: &mut StrBuilder,
    depth: usize,
) -> PyResult<()> {
    if let Some(s) = crate::objects::str::str_of(vm, f.qualname_override.get()) {
        return out.push_str(vm, s);
    }
    if let Some(p) = Obj::<FunctionObj>::from_value(f.parent.get()).filter(|_| depth < 64) {
        write_qualname_depth(vm, p, out, depth + 1)?;
        out.push_str(
            vm,
            if f.parent_is_class.get() {
                "."
            } else {
                ".<locals>."
            },
        )?;
    }
    out.push_str(vm, vm.qstr_str(f.name.get()))
}

// SAFETY: repr(C), starts with ObjHeader.
unsafe impl HeapObject for FunctionObj {
    const LAYOUT: Layout = Layout::Function;
}

pub fn trace_function(obj: *mut u8, heap: &mut Heap) {
    // SAFETY: called by the collector on a function object.
    let f = unsafe { &*(obj as *const FunctionObj) };
    for v in [
        f.code,
        f.globals,
        f.defaults.get(),
        f.kwdefaults.get(),
        f.closure,
        f.dict.get(),
        f.parent.get(),
        f.qualname_override.get(),
        f.doc.get(),
        f.annotations.get(),
    ] {
        heap.mark_value(v);
    }
}

pub fn new_function(
    vm: &mut Vm,
    code: Value,
    globals: Value,
    defaults: Value,
    kwdefaults: Value,
    closure: Value,
) -> PyResult<Value> {
    let name = Obj::<super::code::CodeObj>::from_value(code)
        .map(|c| c.name)
        .unwrap_or(qstr::NULL);
    let f = vm.alloc(FunctionObj {
        header: ObjHeader::new(&FUNCTION_TYPE),
        code,
        globals,
        defaults: Cell::new(defaults),
        kwdefaults: Cell::new(kwdefaults),
        closure,
        dict: Cell::new(Value::NULL),
        name: Cell::new(name),
        parent: Cell::new(Value::NULL),
        parent_is_class: Cell::new(false),
        qualname_override: Cell::new(Value::NULL),
        doc: Cell::new(Value::NULL),
        annotations: Cell::new(Value::NULL),
    })?;
    Ok(f.as_value())
}

pub static FUNCTION_TYPE: TypeObject = TypeObject::builtin(
    qstr::function,
    Layout::Function,
    Some(&super::instance::OBJECT_TYPE),
    &crate::interp::call::FUNCTION_SLOTS,
    &[] as &[(Qstr, Member)],
    trace_function,
    type_flags::HAS_DICT,
);

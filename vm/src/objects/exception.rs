//! Exceptions: the standard hierarchy as static types, and `ExceptionObj`, the instance
//! layout shared by every exception class (built-in or defined in Python).

use super::type_object::{type_flags, Member, TypeObject, TypeSlots};
use super::{HeapObject, Layout, Obj, ObjHeader};
use crate::gc::heap::Heap;
use crate::interp::{PyResult, Vm};
use crate::objects::str::StrBuilder;
use crate::qstr::{self, Qstr};
use crate::value::Value;
use core::cell::Cell;

#[repr(C)]
pub struct ExceptionObj {
    pub header: ObjHeader,
    pub args: Cell<Value>,
    /// List of (file qstr, line, block qstr) triples, innermost last; NULL if none.
    pub traceback: Cell<Value>,
    pub cause: Cell<Value>,
    pub context: Cell<Value>,
    pub suppress_context: Cell<bool>,
    pub dict: Cell<Value>,
}

// SAFETY: repr(C), starts with ObjHeader; exception-layout objects are made only here.
unsafe impl HeapObject for ExceptionObj {
    const LAYOUT: Layout = Layout::Exception;
}

pub fn trace_exception(obj: *mut u8, heap: &mut Heap) {
    // SAFETY: called by the collector on an exception.
    let e = unsafe { &*(obj as *const ExceptionObj) };
    for v in [
        e.args.get(),
        e.traceback.get(),
        e.cause.get(),
        e.context.get(),
        e.dict.get(),
    ] {
        heap.mark_value(v);
    }
}

/// Byte offset of the dict field (instances of exception subclasses keep attributes there).
pub const EXCEPTION_DICT_OFFSET: usize = core::mem::offset_of!(ExceptionObj, dict);

macro_rules! exception_types {
    ($($static_name:ident = $name:ident : $base:ident;)*) => {
        $(
            pub static $static_name: TypeObject = TypeObject::builtin(
                qstr::$name,
                Layout::Exception,
                Some(&$base),
                &EXCEPTION_SLOTS,
                EXCEPTION_MEMBERS,
                trace_exception,
                type_flags::BASETYPE | type_flags::EXCEPTION | type_flags::HAS_DICT,
            );
        )*
        /// Every built-in exception type, for the builtins module.
        pub static ALL_EXCEPTION_TYPES: &[&TypeObject] = &[&BASE_EXCEPTION, $(&$static_name),*];
    };
}

pub static BASE_EXCEPTION: TypeObject = TypeObject::builtin(
    qstr::BaseException,
    Layout::Exception,
    Some(&super::instance::OBJECT_TYPE),
    &EXCEPTION_SLOTS,
    EXCEPTION_MEMBERS,
    trace_exception,
    type_flags::BASETYPE | type_flags::EXCEPTION | type_flags::HAS_DICT,
);

exception_types! {
    SYSTEM_EXIT = SystemExit: BASE_EXCEPTION;
    KEYBOARD_INTERRUPT = KeyboardInterrupt: BASE_EXCEPTION;
    GENERATOR_EXIT = GeneratorExit: BASE_EXCEPTION;
    EXCEPTION = Exception: BASE_EXCEPTION;
    STOP_ITERATION = StopIteration: EXCEPTION;
    STOP_ASYNC_ITERATION = StopAsyncIteration: EXCEPTION;
    ARITHMETIC_ERROR = ArithmeticError: EXCEPTION;
    FLOATING_POINT_ERROR = FloatingPointError: ARITHMETIC_ERROR;
    OVERFLOW_ERROR = OverflowError: ARITHMETIC_ERROR;
    ZERO_DIVISION_ERROR = ZeroDivisionError: ARITHMETIC_ERROR;
    ASSERTION_ERROR = AssertionError: EXCEPTION;
    ATTRIBUTE_ERROR = AttributeError: EXCEPTION;
    BUFFER_ERROR = BufferError: EXCEPTION;
    EOF_ERROR = EOFError: EXCEPTION;
    IMPORT_ERROR = ImportError: EXCEPTION;
    MODULE_NOT_FOUND_ERROR = ModuleNotFoundError: IMPORT_ERROR;
    LOOKUP_ERROR = LookupError: EXCEPTION;
    INDEX_ERROR = IndexError: LOOKUP_ERROR;
    KEY_ERROR = KeyError: LOOKUP_ERROR;
    MEMORY_ERROR = MemoryError: EXCEPTION;
    NAME_ERROR = NameError: EXCEPTION;
    UNBOUND_LOCAL_ERROR = UnboundLocalError: NAME_ERROR;
    OS_ERROR = OSError: EXCEPTION;
    BLOCKING_IO_ERROR = BlockingIOError: OS_ERROR;
    CONNECTION_ERROR = ConnectionError: OS_ERROR;
    FILE_EXISTS_ERROR = FileExistsError: OS_ERROR;
    FILE_NOT_FOUND_ERROR = FileNotFoundError: OS_ERROR;
    INTERRUPTED_ERROR = InterruptedError: OS_ERROR;
    IS_A_DIRECTORY_ERROR = IsADirectoryError: OS_ERROR;
    NOT_A_DIRECTORY_ERROR = NotADirectoryError: OS_ERROR;
    PERMISSION_ERROR = PermissionError: OS_ERROR;
    TIMEOUT_ERROR = TimeoutError: OS_ERROR;
    REFERENCE_ERROR = ReferenceError: EXCEPTION;
    RUNTIME_ERROR = RuntimeError: EXCEPTION;
    NOT_IMPLEMENTED_ERROR = NotImplementedError: RUNTIME_ERROR;
    RECURSION_ERROR = RecursionError: RUNTIME_ERROR;
    SYNTAX_ERROR = SyntaxError: EXCEPTION;
    INDENTATION_ERROR = IndentationError: SYNTAX_ERROR;
    TAB_ERROR = TabError: INDENTATION_ERROR;
    SYSTEM_ERROR = SystemError: EXCEPTION;
    TYPE_ERROR = TypeError: EXCEPTION;
    VALUE_ERROR = ValueError: EXCEPTION;
    UNICODE_ERROR = UnicodeError: VALUE_ERROR;
    UNICODE_DECODE_ERROR = UnicodeDecodeError: UNICODE_ERROR;
    UNICODE_ENCODE_ERROR = UnicodeEncodeError: UNICODE_ERROR;
    WARNING = Warning: EXCEPTION;
    USER_WARNING = UserWarning: WARNING;
    DEPRECATION_WARNING = DeprecationWarning: WARNING;
    RUNTIME_WARNING = RuntimeWarning: WARNING;
}

pub static EXCEPTION_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(exception_make_new),
    repr: Some(crate::builtins::exception_methods::exception_repr),
    str: Some(crate::builtins::exception_methods::exception_str),
    getattr: Some(crate::builtins::exception_methods::exception_getattr),
    setattr: Some(crate::builtins::exception_methods::exception_setattr),
    ..TypeSlots::EMPTY
};

pub static EXCEPTION_MEMBERS: &[(Qstr, Member)] = crate::builtins::exception_methods::MEMBERS;

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: plain OSError picks
/// the subclass for the errno (Linux numbering), and the file names live outside `args`.
fn os_error_new(
    vm: &mut Vm,
    ty: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    if !kw.is_empty() && !ty.is_heap() {
        let tn = vm.qstr_str(ty.name.get());
        return Err(vm.new_exception_fmt(
            &TYPE_ERROR,
            format_args!("{}() takes no keyword arguments", tn),
        ));
    }
    let mut ty = ty;
    if core::ptr::eq(ty, &OS_ERROR) {
        ty = match args.first().and_then(|e| e.as_small_int()) {
            Some(1 | 13) => &PERMISSION_ERROR,
            Some(2) => &FILE_NOT_FOUND_ERROR,
            Some(4) => &INTERRUPTED_ERROR,
            Some(11 | 114 | 115) => &BLOCKING_IO_ERROR,
            Some(17) => &FILE_EXISTS_ERROR,
            Some(20) => &NOT_A_DIRECTORY_ERROR,
            Some(21) => &IS_A_DIRECTORY_ERROR,
            Some(110) => &TIMEOUT_ERROR,
            _ => &OS_ERROR,
        };
    }
    let kept = if args.len() >= 3 { 2 } else { args.len() };
    let t = super::tuple::new_tuple(vm, args.get(..kept).unwrap_or(&[]))?;
    let e = new_with_args(vm, ty, t)?;
    for (i, name) in [(2, qstr::filename), (4, qstr::filename2)] {
        if let Some(&f) = args.get(i) {
            crate::builtins::exception_methods::exception_setattr(vm, e, name, f)?;
        }
    }
    Ok(e)
}

fn exception_make_new(
    vm: &mut Vm,
    ty: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    if crate::interp::typeobj::is_subtype(ty, &OS_ERROR) && (2..=5).contains(&args.len()) {
        return os_error_new(vm, ty, args, kw);
    }
    let t = super::tuple::new_tuple(vm, args)?;
    let e = new_with_args(vm, ty, t)?;
    if kw.is_empty() {
        return Ok(e);
    }
    // ImportError(msg, name=..., path=...); other built-in exceptions take no keywords
    // (a subclass with its own __init__ sees them there instead).
    let is_import_error = crate::interp::typeobj::is_subtype(ty, &IMPORT_ERROR);
    for pair in kw.chunks(2) {
        let key = pair.first().copied().unwrap_or(Value::NONE);
        let q = match key.as_qstr() {
            Some(q) => Some(q),
            None => super::str::str_of(vm, key).and_then(|k| vm.qstrs.find(k)),
        };
        match q {
            Some(q @ (qstr::name | qstr::path)) if is_import_error => {
                let v = pair.get(1).copied().unwrap_or(Value::NONE);
                crate::builtins::exception_methods::exception_setattr(vm, e, q, v)?;
            }
            _ if is_import_error => {
                let k = super::str::str_of(vm, key).unwrap_or("?");
                let tn = vm.qstr_str(ty.name.get());
                return Err(vm.new_exception_fmt(
                    &TYPE_ERROR,
                    format_args!("'{}' is an invalid keyword argument for {}()", k, tn),
                ));
            }
            _ if !ty.is_heap() => {
                let tn = vm.qstr_str(ty.name.get());
                return Err(vm.new_exception_fmt(
                    &TYPE_ERROR,
                    format_args!("{}() takes no keyword arguments", tn),
                ));
            }
            _ => {}
        }
    }
    Ok(e)
}

/// A new exception instance of `ty` with the given args tuple.
pub fn new_with_args(vm: &mut Vm, ty: &'static TypeObject, args: Value) -> PyResult<Value> {
    let e = vm.alloc(ExceptionObj {
        header: ObjHeader::new(ty),
        args: Cell::new(args),
        traceback: Cell::new(Value::NULL),
        cause: Cell::new(Value::NONE),
        context: Cell::new(Value::NONE),
        suppress_context: Cell::new(false),
        dict: Cell::new(Value::NULL),
    })?;
    Ok(e.as_value())
}

/// A new exception instance with no arguments.
pub fn new_bare(vm: &mut Vm, ty: &'static TypeObject) -> PyResult<Value> {
    let empty = Value::from_ptr(&super::tuple::EMPTY_TUPLE);
    new_with_args(vm, ty, empty)
}

/// A new exception instance with one str argument (no arguments if `msg` is empty).
pub fn new_with_message(vm: &mut Vm, ty: &'static TypeObject, msg: &str) -> PyResult<Value> {
    if msg.is_empty() {
        return new_bare(vm, ty);
    }
    let s = super::str::new_str(vm, msg)?;
    let t = super::tuple::new_tuple(vm, &[s])?;
    new_with_args(vm, ty, t)
}

/// Append a traceback entry to an exception.
pub fn add_traceback(vm: &mut Vm, exc: Value, file: Qstr, line: u32, block: Qstr) -> PyResult<()> {
    let Some(e) = Obj::<ExceptionObj>::from_value(exc) else {
        return Ok(());
    };
    if e.traceback.get().is_null() {
        let l = super::list::new_list(vm, &[])?;
        e.traceback.set(l);
    }
    let Some(list) = Obj::<super::list::ListObj>::from_value(e.traceback.get()) else {
        return Ok(());
    };
    list.push(vm, Value::from_qstr(file))?;
    list.push(vm, Value::small_int_unchecked(i64::from(line)))?;
    list.push(vm, Value::from_qstr(block))
}

/// Write the args of an exception the way `str(exc)` shows them.
pub fn write_message(vm: &mut Vm, exc: Value, out: &mut StrBuilder) -> PyResult<()> {
    crate::builtins::exception_methods::write_exception_str(vm, exc, out)
}

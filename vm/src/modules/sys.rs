//! The `sys` module: argv, path, modules, exit, version information, the standard
//! streams, `exc_info`, recursion limits; and traceback printing in CPython's format.

use super::{make_module, ModuleMember};
use crate::builtin_fn;
use crate::builtins::args::check_count;
use crate::gc::heap::Heap;
use crate::interp::{ops, PyErr, PyResult, Vm};
use crate::objects::dict::{dict_get_qstr, dict_set};
use crate::objects::exception::{self, ExceptionObj};
use crate::objects::instance::{new_instance, InstanceObj};
use crate::objects::list::{new_list, ListObj};
use crate::objects::module::ModuleObj;
use crate::objects::str::{new_str, str_of, StrBuilder};
use crate::objects::tuple::new_tuple;
use crate::objects::type_object::{type_flags, Member, TypeObject, TypeSlots};
use crate::objects::{HeapObject, Layout, Obj, ObjHeader};
use crate::qstr::{self, Qstr};
use crate::value::Value;

/// The version VibePy reports (the language level it follows).
pub const VERSION_INFO: (i64, i64, i64) = (3, 11, 0);
pub const VERSION: &str = "3.11.0 (VibePy 0.1.0)";
/// `sys.implementation._mpy`: .mpy v6.3, bytecode only (MPY.md §1).
pub const MPY_VERSION: i64 = 6 | (3 << 8);

// ---- standard streams -------------------------------------------------------------------

#[repr(C)]
pub struct StreamObj {
    pub header: ObjHeader,
    pub fd: i64,
}

// SAFETY: repr(C), starts with ObjHeader; made only here.
unsafe impl HeapObject for StreamObj {
    const LAYOUT: Layout = Layout::Stream;
}

fn trace_nothing(_: *mut u8, _: &mut Heap) {}

fn stream_write(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "write", args, 2, 2)?;
    let s = args
        .first()
        .and_then(|v| Obj::<StreamObj>::from_value(*v))
        .ok_or_else(|| vm.type_error("expected a stream"))?;
    let data = args.get(1).copied().unwrap_or(Value::NONE);
    let text = match str_of(vm, data) {
        Some(t) => t.as_bytes(),
        None => crate::builtins::bytes_methods::bytes_data(data).ok_or_else(|| {
            let tn = vm.type_name(data);
            vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("write() argument must be str, not {}", tn),
            )
        })?,
    };
    if s.fd == 2 {
        vm.hal.write_stderr(text);
    } else {
        vm.hal.write_stdout(text);
    }
    let n = str_of(vm, data)
        .map(|t| t.chars().count())
        .unwrap_or(text.len());
    Ok(Value::small_int_unchecked(n as i64))
}
builtin_fn!(STREAM_WRITE, qstr::write, stream_write);

fn stream_flush(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::NONE)
}
builtin_fn!(STREAM_FLUSH, qstr::flush, stream_flush);

fn stream_readline(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let _ = args;
    match vm.hal.read_line("") {
        Some(mut line) => {
            line.try_reserve(1).map_err(|_| vm.memory_error())?;
            line.push(b'\n');
            crate::objects::str::new_str_from_utf8(vm, &line)
        }
        None => Ok(Value::from_qstr(qstr::EMPTY)),
    }
}
builtin_fn!(STREAM_READLINE, qstr::readline, stream_readline);

fn stream_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let fd = Obj::<StreamObj>::from_value(v).map(|s| s.fd).unwrap_or(1);
    let name = match fd {
        0 => "<stdin>",
        1 => "<stdout>",
        _ => "<stderr>",
    };
    out.push_fmt(vm, format_args!("<io.TextIOWrapper name='{}'>", name))
}

pub static STREAM_SLOTS: TypeSlots = TypeSlots {
    repr: Some(stream_repr),
    ..TypeSlots::EMPTY
};

fn stream_read(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    // Read all remaining input lines (or up to n characters, line by line).
    let limit = match args.get(1) {
        Some(n) if !n.is_none() => Some(ops::index_value(vm, *n)?),
        _ => None,
    };
    let mut b = StrBuilder::new();
    loop {
        if limit.is_some_and(|n| n >= 0 && b.len() >= n as usize) {
            break;
        }
        match vm.hal.read_line("") {
            Some(line) => {
                let text = core::str::from_utf8(&line).unwrap_or("");
                b.push_str(vm, text)?;
                b.push_str(vm, "\n")?;
            }
            None => break,
        }
    }
    b.finish(vm)
}
builtin_fn!(STREAM_READ, qstr::read, stream_read);

pub static STREAM_MEMBERS: &[(Qstr, Member)] = &[
    (qstr::write, Member::Method(&STREAM_WRITE)),
    (qstr::flush, Member::Method(&STREAM_FLUSH)),
    (qstr::readline, Member::Method(&STREAM_READLINE)),
    (qstr::read, Member::Method(&STREAM_READ)),
];

pub static STREAM_TYPE: TypeObject = TypeObject::builtin(
    qstr::TextIOWrapper,
    Layout::Stream,
    Some(&crate::objects::instance::OBJECT_TYPE),
    &STREAM_SLOTS,
    STREAM_MEMBERS,
    trace_nothing,
    0,
);

fn new_stream(vm: &mut Vm, fd: i64) -> PyResult<Value> {
    Ok(vm
        .alloc(StreamObj {
            header: ObjHeader::new(&STREAM_TYPE),
            fd,
        })?
        .as_value())
}

/// True if `v` is the VM's own stream for `fd`.
pub fn is_std_stream(_vm: &Vm, v: Value, fd: i64) -> bool {
    Obj::<StreamObj>::from_value(v).is_some_and(|s| s.fd == fd)
}

/// `sys.stdout` when Python code replaced it with another object.
pub fn stdout_override(vm: &mut Vm) -> Option<Value> {
    let m = Obj::<ModuleObj>::from_value(vm.sys_module)?;
    let v = dict_get_qstr(vm, m.globals, qstr::stdout).ok().flatten()?;
    if is_std_stream(vm, v, 1) {
        None
    } else {
        Some(v)
    }
}

// ---- namespace objects (sys.implementation) ------------------------------------------

fn namespace_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    out.push_str(vm, "namespace(")?;
    if let Some(d) =
        Obj::<InstanceObj>::from_value(v).and_then(|i| crate::objects::dict::as_dict(i.dict.get()))
    {
        let t = &d.get().table;
        let mut first = true;
        for i in 0..t.positions() {
            if let Some((k, val)) = t.entry_at(i) {
                if !first {
                    out.push_str(vm, ", ")?;
                }
                first = false;
                ops::str_into(vm, k, out)?;
                out.push_str(vm, "=")?;
                ops::repr_into(vm, val, out)?;
            }
        }
    }
    out.push_str(vm, ")")
}

pub static NAMESPACE_SLOTS: TypeSlots = TypeSlots {
    repr: Some(namespace_repr),
    ..TypeSlots::EMPTY
};

pub static NAMESPACE_TYPE: TypeObject = TypeObject::builtin(
    qstr::SimpleNamespace,
    Layout::Instance,
    Some(&crate::objects::instance::OBJECT_TYPE),
    &NAMESPACE_SLOTS,
    &[] as &[(Qstr, Member)],
    crate::objects::instance::trace_instance,
    type_flags::HAS_DICT,
);

fn new_namespace(vm: &mut Vm, items: &[(Qstr, Value)]) -> PyResult<Value> {
    let ns = new_instance(vm, &NAMESPACE_TYPE)?;
    let d = crate::objects::dict::new_dict(vm, items.len())?;
    ns.dict.set(d);
    for (k, v) in items {
        dict_set(vm, d, Value::from_qstr(*k), *v)?;
    }
    Ok(ns.as_value())
}

// ---- functions ------------------------------------------------------------------------

fn sys_exit(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "exit", args, 0, 1)?;
    let e = match args.first() {
        Some(code) => {
            let t = new_tuple(vm, &[*code])?;
            exception::new_with_args(vm, &exception::SYSTEM_EXIT, t)?
        }
        None => exception::new_bare(vm, &exception::SYSTEM_EXIT)?,
    };
    Err(PyErr(e))
}
builtin_fn!(SYS_EXIT, qstr::exit, sys_exit);
/// The `exit()` and `quit()` builtins CPython's site module adds: `SystemExit(code)`,
/// with `code` None when not given (unlike `sys.exit()`, args is then `(None,)`).
fn builtin_exit(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "exit", args, 0, 1)?;
    let t = new_tuple(vm, &[args.first().copied().unwrap_or(Value::NONE)])?;
    Err(PyErr(exception::new_with_args(
        vm,
        &exception::SYSTEM_EXIT,
        t,
    )?))
}
builtin_fn!(BUILTIN_EXIT, qstr::exit, builtin_exit);
builtin_fn!(BUILTIN_QUIT, qstr::quit, builtin_exit);

fn sys_exc_info(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let e = vm.handling;
    if e.is_null() {
        return new_tuple(vm, &[Value::NONE, Value::NONE, Value::NONE]);
    }
    let t = vm.type_of(e).as_value();
    let tb = Obj::<ExceptionObj>::from_value(e)
        .map(|o| o.traceback.get())
        .filter(|v| !v.is_null())
        .unwrap_or(Value::NONE);
    new_tuple(vm, &[t, e, tb])
}
builtin_fn!(SYS_EXC_INFO, qstr::exc_info, sys_exc_info);

fn sys_print_exception(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "print_exception", args, 1, 2)?;
    let e = args.first().copied().unwrap_or(Value::NONE);
    let mut b = StrBuilder::new();
    write_traceback(vm, e, &mut b)?;
    let text = b.as_str().unwrap_or("");
    match args.get(1) {
        Some(f) => crate::builtins::functions::write_out(vm, *f, text)?,
        None => crate::builtins::functions::write_out(vm, Value::NULL, text)?,
    }
    Ok(Value::NONE)
}
builtin_fn!(
    SYS_PRINT_EXCEPTION,
    qstr::print_exception,
    sys_print_exception
);

fn sys_getrecursionlimit(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::objects::int::int_from_i64(vm, vm.recursion_limit as i64)
}
builtin_fn!(
    SYS_GETRECURSIONLIMIT,
    qstr::getrecursionlimit,
    sys_getrecursionlimit
);

fn sys_setrecursionlimit(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "setrecursionlimit", args, 1, 1)?;
    let n = ops::index_value(vm, args.first().copied().unwrap_or(Value::NONE))?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::NONE)
}
builtin_fn!(
    SYS_SETRECURSIONLIMIT,
    qstr::setrecursionlimit,
    sys_setrecursionlimit
);

fn sys_intern(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "intern", args, 1, 1)?;
    let v = args.first().copied().unwrap_or(Value::NONE);
    match crate::objects::str::intern_value(vm, v)? {
        Some(q) => Ok(Value::from_qstr(q)),
        None => Err(vm.type_error("intern() argument must be str")),
    }
}
builtin_fn!(SYS_INTERN, qstr::intern, sys_intern);

/// Create `sys`, register it in `sys.modules`.
pub fn init(vm: &mut Vm) -> PyResult<()> {
    let m = make_module(
        vm,
        qstr::sys,
        &[
            (qstr::exit, ModuleMember::Function(&SYS_EXIT)),
            (qstr::exc_info, ModuleMember::Function(&SYS_EXC_INFO)),
            (
                qstr::print_exception,
                ModuleMember::Function(&SYS_PRINT_EXCEPTION),
            ),
            (
                qstr::getrecursionlimit,
                ModuleMember::Function(&SYS_GETRECURSIONLIMIT),
            ),
            (
                qstr::setrecursionlimit,
                ModuleMember::Function(&SYS_SETRECURSIONLIMIT),
            ),
            (qstr::intern, ModuleMember::Function(&SYS_INTERN)),
            (qstr::byteorder, ModuleMember::Str(qstr::little)),
            (qstr::platform, ModuleMember::Str(qstr::linux)),
        ],
    )?;
    vm.sys_module = m;
    let g = Obj::<ModuleObj>::from_value(m)
        .map(|m| m.globals)
        .ok_or_else(|| vm.memory_error())?;
    let set = |vm: &mut Vm, k: Qstr, v: Value| dict_set(vm, g, Value::from_qstr(k), v);
    let modules = vm.modules;
    set(vm, qstr::modules, modules)?;
    let argv = new_list(vm, &[])?;
    set(vm, qstr::argv, argv)?;
    let empty = Value::from_qstr(qstr::EMPTY);
    let lib = new_str(vm, "/lib")?;
    let path = new_list(vm, &[empty, lib])?;
    set(vm, qstr::path, path)?;
    let version = new_str(vm, VERSION)?;
    set(vm, qstr::version, version)?;
    let (a, b, c) = VERSION_INFO;
    let vi = new_tuple(
        vm,
        &[
            Value::small_int_unchecked(a),
            Value::small_int_unchecked(b),
            Value::small_int_unchecked(c),
        ],
    )?;
    set(vm, qstr::version_info, vi)?;
    let impl_version = new_tuple(
        vm,
        &[
            Value::small_int_unchecked(0),
            Value::small_int_unchecked(1),
            Value::small_int_unchecked(0),
        ],
    )?;
    let implementation = new_namespace(
        vm,
        &[
            (qstr::name, Value::from_qstr(qstr::vibepy)),
            (qstr::version, impl_version),
            (qstr::_mpy, Value::small_int_unchecked(MPY_VERSION)),
        ],
    )?;
    set(vm, qstr::implementation, implementation)?;
    let maxsize = crate::objects::int::int_from_i64(vm, i64::MAX)?;
    set(vm, qstr::maxsize, maxsize)?;
    for (name, fd) in [(qstr::stdin, 0), (qstr::stdout, 1), (qstr::stderr, 2)] {
        let s = new_stream(vm, fd)?;
        set(vm, name, s)?;
    }
    let key = Value::from_qstr(qstr::sys);
    dict_set(vm, modules, key, m)?;
    Ok(())
}

/// `sys.path` (for imports).
pub fn path_list(vm: &mut Vm) -> PyResult<Value> {
    let g = Obj::<ModuleObj>::from_value(vm.sys_module)
        .map(|m| m.globals)
        .ok_or_else(|| vm.memory_error())?;
    Ok(dict_get_qstr(vm, g, qstr::path)?.unwrap_or(Value::NONE))
}

/// Set `sys.argv` and `sys.platform` (called by the port).
pub fn set_argv(vm: &mut Vm, args: &[&str]) -> PyResult<()> {
    let g = Obj::<ModuleObj>::from_value(vm.sys_module)
        .map(|m| m.globals)
        .ok_or_else(|| vm.memory_error())?;
    let argv = dict_get_qstr(vm, g, qstr::argv)?.unwrap_or(Value::NONE);
    let l = Obj::<ListObj>::from_value(argv).ok_or_else(|| vm.memory_error())?;
    l.truncate(0);
    for a in args {
        let s = new_str(vm, a)?;
        l.push(vm, s)?;
    }
    Ok(())
}

/// Write a traceback like CPython's (chained exceptions first), to `out`.
pub fn write_traceback(vm: &mut Vm, e: Value, out: &mut StrBuilder) -> PyResult<()> {
    write_chain(vm, e, out, 0)
}

/// An attribute of an exception for its report; None if missing or failing.
fn report_attr(vm: &mut Vm, e: Value, name: Qstr) -> Value {
    crate::interp::attr::lookup_attr(vm, e, name)
        .ok()
        .flatten()
        .unwrap_or(Value::NONE)
}

/// A SyntaxError's own lines, as CPython prints them after the frames: the file and line,
/// the source line without its indentation, a caret under the offending column, then
/// `SyntaxError: msg` (the message alone: the place is shown above).
fn write_syntax_error(vm: &mut Vm, e: Value, name: &str, out: &mut StrBuilder) -> PyResult<()> {
    let filename = report_attr(vm, e, qstr::filename);
    let lineno = crate::objects::int::int_as_i128(report_attr(vm, e, qstr::lineno));
    let offset = crate::objects::int::int_as_i128(report_attr(vm, e, qstr::offset));
    let text = report_attr(vm, e, qstr::text);
    let filename = str_of(vm, filename);
    let mut filename_suffix = None;
    match (lineno, filename) {
        (Some(line), _) => out.push_fmt(
            vm,
            format_args!(
                "  File \"{}\", line {}\n",
                filename.unwrap_or("<string>"),
                line
            ),
        )?,
        (None, Some(f)) => filename_suffix = Some(f),
        (None, None) => {}
    }
    // Without a line number there is no place to show the text at.
    if let Some(text) = str_of(vm, text).filter(|_| lineno.is_some()) {
        let line = text.trim_end_matches('\n');
        let shown = line.trim_start_matches([' ', '\t', '\x0c']);
        out.push_fmt(vm, format_args!("    {}\n", shown))?;
        let stripped = line.chars().count() - shown.chars().count();
        // A caret past the end of the line stands just after it.
        let column = offset
            .and_then(|o| usize::try_from(o).ok())
            .and_then(|o| o.checked_sub(1 + stripped))
            .map(|c| c.min(shown.chars().count()));
        if let Some(column) = column {
            out.push_str(vm, "    ")?;
            for _ in 0..column {
                out.push_str(vm, " ")?;
            }
            out.push_str(vm, "^\n")?;
        }
    }
    let mut msg = StrBuilder::new();
    let msg_value = report_attr(vm, e, qstr::msg);
    if !msg_value.is_none() {
        ops::str_into(vm, msg_value, &mut msg)?;
    }
    let m = match msg.as_str() {
        Some(m) if !m.is_empty() => m,
        _ => "<no detail available>",
    };
    out.push_fmt(vm, format_args!("{}: {}", name, m))?;
    if let Some(f) = filename_suffix {
        out.push_fmt(vm, format_args!(" ({})", f))?;
    }
    out.push_str(vm, "\n")
}

fn write_chain(vm: &mut Vm, e: Value, out: &mut StrBuilder, depth: usize) -> PyResult<()> {
    if let Some(o) = Obj::<ExceptionObj>::from_value(e) {
        if depth < 16 {
            let cause = o.cause.get();
            let context = o.context.get();
            if !cause.is_none() && !cause.is_null() {
                write_chain(vm, cause, out, depth + 1)?;
                out.push_str(
                    vm,
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                )?;
            } else if !o.suppress_context.get() && !context.is_none() && !context.is_null() {
                write_chain(vm, context, out, depth + 1)?;
                out.push_str(
                    vm,
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                )?;
            }
        }
        if let Some(tb) = Obj::<ListObj>::from_value(o.traceback.get()) {
            out.push_str(vm, "Traceback (most recent call last):\n")?;
            // Entries were appended innermost first; print outermost first.
            let n = tb.len() / 3;
            for k in (0..n).rev() {
                let file = tb
                    .get()
                    .get(3 * k)
                    .and_then(|v| v.as_qstr())
                    .map(|q| vm.qstr_str(q))
                    .unwrap_or("?");
                let line = tb
                    .get()
                    .get(3 * k + 1)
                    .and_then(|v| v.as_small_int())
                    .unwrap_or(0);
                let block = tb
                    .get()
                    .get(3 * k + 2)
                    .and_then(|v| v.as_qstr())
                    .map(|q| vm.qstr_str(q))
                    .unwrap_or("?");
                out.push_fmt(
                    vm,
                    format_args!("  File \"{}\", line {}, in {}\n", file, line, block),
                )?;
            }
        }
    }
    let name = vm.type_name(e);
    if crate::interp::typeobj::is_subtype(vm.type_of(e), &exception::SYNTAX_ERROR) {
        return write_syntax_error(vm, e, name, out);
    }
    let mut msg = StrBuilder::new();
    ops::str_into(vm, e, &mut msg)?;
    let m = msg.as_str().unwrap_or("");
    if m.is_empty() {
        out.push_fmt(vm, format_args!("{}\n", name))
    } else {
        out.push_fmt(vm, format_args!("{}: {}\n", name, m))
    }
}

//! The `os` module, following MicroPython's: `listdir`, `ilistdir`, `stat` (a 10-tuple),
//! `mkdir`, `rmdir`, `remove`/`unlink`, `rename`, `getcwd`, `chdir`, `uname`, `sync`,
//! `getenv`, `sep`, over the port's file layer (files.rs).
//!
//! Errors are CPython's OSError subclasses with `errno`/`strerror`/`filename`, except for
//! `ilistdir`, which raises plain OSError as MicroPython does. kapi keeps no times, so the
//! time fields of `stat` are the current time. `stat` modes are MicroPython's: 0x4000 for a
//! directory, 0x8000 for a file, no permission bits (VibeOS has none).

use crate::files::{join, Errno};
use crate::pyfile::flush_path;
use crate::pyfs::{files, os_error, os_error_of_type, os_path_arg};
use alloc::vec::Vec;
use vm::builtin_fn;
use vm::builtins::args::{check_count, no_keywords};
use vm::builtins::bytes_methods::bytes_data;
use vm::gc::heap::Heap;
use vm::interp::{ops, PyResult, Vm};
use vm::modules::{make_module, ModuleMember};
use vm::objects::bytes::new_bytes;
use vm::objects::exception;
use vm::objects::list::new_list_with_capacity;
use vm::objects::str::{new_str, StrBuilder};
use vm::objects::tuple::{alloc_tuple_of_type, new_tuple, tuple_set_init, TupleObj, TUPLE_TYPE};
use vm::objects::type_object::{Member, TypeObject, TypeSlots};
use vm::objects::{Layout, Obj};
use vm::qstr::{self, Qstr};
use vm::value::Value;

/// `st_mode` / `ilistdir` type of a directory and of a regular file.
pub const MODE_DIR: i64 = 0x4000;
pub const MODE_FILE: i64 = 0x8000;

/// Build the module on first import.
pub fn init(vm: &mut Vm) -> PyResult<Value> {
    make_module(vm, qstr::os, MEMBERS)
}

static MEMBERS: &[(Qstr, ModuleMember)] = &[
    (qstr::sep, ModuleMember::Str(qstr::SLASH)),
    (qstr::listdir, ModuleMember::Function(&OS_LISTDIR)),
    (qstr::ilistdir, ModuleMember::Function(&OS_ILISTDIR)),
    (qstr::stat, ModuleMember::Function(&OS_STAT)),
    (qstr::mkdir, ModuleMember::Function(&OS_MKDIR)),
    (qstr::rmdir, ModuleMember::Function(&OS_RMDIR)),
    (qstr::remove, ModuleMember::Function(&OS_REMOVE)),
    (qstr::unlink, ModuleMember::Function(&OS_UNLINK)),
    (qstr::rename, ModuleMember::Function(&OS_RENAME)),
    (qstr::getcwd, ModuleMember::Function(&OS_GETCWD)),
    (qstr::chdir, ModuleMember::Function(&OS_CHDIR)),
    (qstr::uname, ModuleMember::Function(&OS_UNAME)),
    (qstr::sync, ModuleMember::Function(&OS_SYNC)),
    (qstr::getenv, ModuleMember::Function(&OS_GETENV)),
];

/// The one path argument of `name(path)`.
fn single_path(vm: &mut Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, name, kw)?;
    check_count(vm, name, args, 1, 1)?;
    Ok(args.first().copied().unwrap_or(Value::NONE))
}

/// A file name as Python sees it: str, or bytes when the caller passed a bytes path.
fn name_value(vm: &mut Vm, name: &[u8], as_bytes: bool) -> PyResult<Value> {
    if as_bytes {
        return new_bytes(vm, name);
    }
    match core::str::from_utf8(name) {
        Ok(text) => new_str(vm, text),
        Err(_) => {
            let mut text = StrBuilder::new();
            for chunk in name.utf8_chunks() {
                text.push_str(vm, chunk.valid())?;
                if !chunk.invalid().is_empty() {
                    text.push_char(vm, '\u{FFFD}')?;
                }
            }
            text.finish(vm)
        }
    }
}

/// The entries of a directory: (name, is_dir), in the order kapi lists them.
fn entries(vm: &mut Vm, path: &[u8]) -> Result<Vec<(Vec<u8>, bool)>, Errno> {
    let fs = files(vm).map_err(|_| Errno::EIO)?;
    let mut found: Vec<(Vec<u8>, bool)> = Vec::new();
    fs.listdir(path, |name, is_dir| {
        let mut owned = Vec::new();
        owned.try_reserve(name.len()).map_err(|_| Errno::ENOMEM)?;
        owned.extend_from_slice(name);
        found.try_reserve(1).map_err(|_| Errno::ENOMEM)?;
        found.push((owned, is_dir));
        Ok(())
    })?;
    Ok(found)
}

/// The directory argument of `listdir`/`ilistdir` (default '.'), and whether it is bytes.
fn dir_arg(vm: &mut Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<(Value, bool)> {
    no_keywords(vm, name, kw)?;
    check_count(vm, name, args, 0, 1)?;
    let path = match args.first() {
        Some(&p) if !p.is_none() => p,
        _ => new_str(vm, ".")?,
    };
    Ok((path, bytes_data(path).is_some()))
}

fn os_listdir(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (path_value, as_bytes) = dir_arg(vm, "listdir", args, kw)?;
    let path = os_path_arg(vm, "listdir", path_value)?;
    let found = entries(vm, path).map_err(|e| os_error(vm, e, path_value))?;
    let list = new_list_with_capacity(vm, found.len())?;
    for (name, _) in &found {
        let v = name_value(vm, name, as_bytes)?;
        list.push(vm, v)?;
    }
    Ok(list.as_value())
}
builtin_fn!(OS_LISTDIR, qstr::listdir, os_listdir);

/// `ilistdir([dir])`: an iterator of `(name, type, inode, size)` tuples, type 0x4000 for
/// directories and 0x8000 for files, inode 0, size 0 for directories.
fn os_ilistdir(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (path_value, as_bytes) = dir_arg(vm, "ilistdir", args, kw)?;
    let path = os_path_arg(vm, "ilistdir", path_value)?;
    flush_path(vm, path, true);
    let plain_error = |vm: &mut Vm, e: Errno| {
        os_error_of_type(vm, &exception::OS_ERROR, e, path_value, Value::NULL)
    };
    let found = entries(vm, path).map_err(|e| plain_error(vm, e))?;
    let fs = files(vm)?;
    let dir = fs.absolute(path).map_err(|e| plain_error(vm, e))?;
    let list = new_list_with_capacity(vm, found.len())?;
    for (name, is_dir) in &found {
        let size = if *is_dir {
            0
        } else {
            join(dir.as_bytes(), name)
                .and_then(|p| fs.stat(p.as_bytes()))
                .map_or(0, |st| st.size)
        };
        let kind = if *is_dir { MODE_DIR } else { MODE_FILE };
        let name_v = name_value(vm, name, as_bytes)?;
        let size_v = vm::objects::int::int_from_i64(vm, size as i64)?;
        let entry = new_tuple(
            vm,
            &[
                name_v,
                Value::small_int_unchecked(kind),
                Value::small_int_unchecked(0),
                size_v,
            ],
        )?;
        list.push(vm, entry)?;
    }
    ops::get_iter(vm, list.as_value())
}
builtin_fn!(OS_ILISTDIR, qstr::ilistdir, os_ilistdir);

/// `stat(path)`: `(st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size, st_atime,
/// st_mtime, st_ctime)`.
fn os_stat(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let path_value = single_path(vm, "stat", args, kw)?;
    let path = os_path_arg(vm, "stat", path_value)?;
    flush_path(vm, path, false);
    let st = files(vm)?
        .stat(path)
        .map_err(|e| os_error(vm, e, path_value))?;
    let mode = if st.is_dir { MODE_DIR } else { MODE_FILE };
    let size = vm::objects::int::int_from_i64(vm, st.size as i64)?;
    let seconds = vm.hal.time_s() as i64;
    let now = vm::objects::int::int_from_i64(vm, seconds)?;
    let zero = Value::small_int_unchecked(0);
    new_tuple(
        vm,
        &[
            Value::small_int_unchecked(mode),
            zero,
            zero,
            zero,
            zero,
            zero,
            size,
            now,
            now,
            now,
        ],
    )
}
builtin_fn!(OS_STAT, qstr::stat, os_stat);

/// `mkdir(path, mode=0o777)`: VibeOS has no permissions, so `mode` is ignored.
fn os_mkdir(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "mkdir", kw)?;
    check_count(vm, "mkdir", args, 1, 2)?;
    let path_value = args.first().copied().unwrap_or(Value::NONE);
    let path = os_path_arg(vm, "mkdir", path_value)?;
    if let Some(&mode) = args.get(1) {
        ops::index_value(vm, mode)?;
    }
    files(vm)?
        .mkdir(path)
        .map_err(|e| os_error(vm, e, path_value))?;
    Ok(Value::NONE)
}
builtin_fn!(OS_MKDIR, qstr::mkdir, os_mkdir);

fn os_rmdir(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let path_value = single_path(vm, "rmdir", args, kw)?;
    let path = os_path_arg(vm, "rmdir", path_value)?;
    files(vm)?
        .rmdir(path)
        .map_err(|e| os_error(vm, e, path_value))?;
    Ok(Value::NONE)
}
builtin_fn!(OS_RMDIR, qstr::rmdir, os_rmdir);

fn remove_file(vm: &mut Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let path_value = single_path(vm, name, args, kw)?;
    let path = os_path_arg(vm, name, path_value)?;
    flush_path(vm, path, false);
    files(vm)?
        .remove(path)
        .map_err(|e| os_error(vm, e, path_value))?;
    Ok(Value::NONE)
}

fn os_remove(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    remove_file(vm, "remove", args, kw)
}
builtin_fn!(OS_REMOVE, qstr::remove, os_remove);

fn os_unlink(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    remove_file(vm, "unlink", args, kw)
}
builtin_fn!(OS_UNLINK, qstr::unlink, os_unlink);

/// `rename(src, dst)`: POSIX semantics; a move to another directory copies (files.rs).
fn os_rename(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "rename", kw)?;
    check_count(vm, "rename", args, 2, 2)?;
    let old_value = args.first().copied().unwrap_or(Value::NONE);
    let new_value = args.get(1).copied().unwrap_or(Value::NONE);
    let old = os_path_arg(vm, "rename", old_value)?;
    let new = os_path_arg(vm, "rename", new_value)?;
    flush_path(vm, old, true);
    files(vm)?
        .rename(old, new)
        .map_err(|e| os_error_of_type(vm, crate::pyfs::error_type(e), e, old_value, new_value))?;
    Ok(Value::NONE)
}
builtin_fn!(OS_RENAME, qstr::rename, os_rename);

fn os_getcwd(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "getcwd", kw)?;
    check_count(vm, "getcwd", args, 0, 0)?;
    let cwd = files(vm)?
        .getcwd()
        .map_err(|e| os_error(vm, e, Value::NULL))?;
    name_value(vm, cwd.as_bytes(), false)
}
builtin_fn!(OS_GETCWD, qstr::getcwd, os_getcwd);

fn os_chdir(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let path_value = single_path(vm, "chdir", args, kw)?;
    let path = os_path_arg(vm, "chdir", path_value)?;
    files(vm)?
        .chdir(path)
        .map_err(|e| os_error(vm, e, path_value))?;
    Ok(Value::NONE)
}
builtin_fn!(OS_CHDIR, qstr::chdir, os_chdir);

/// `sync()`: write out every file open for writing.
fn os_sync(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "sync", kw)?;
    check_count(vm, "sync", args, 0, 0)?;
    crate::pyfile::flush_all(vm)?;
    Ok(Value::NONE)
}
builtin_fn!(OS_SYNC, qstr::sync, os_sync);

/// `getenv(key, default=None)`: VibeOS has no environment, so always `default`.
fn os_getenv(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "getenv", kw)?;
    check_count(vm, "getenv", args, 1, 2)?;
    let key = args.first().copied().unwrap_or(Value::NONE);
    if !vm::objects::str::is_str(vm, key) {
        let type_name = vm.type_name(key);
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("str expected, not {}", type_name),
        ));
    }
    Ok(args.get(1).copied().unwrap_or(Value::NONE))
}
builtin_fn!(OS_GETENV, qstr::getenv, os_getenv);

// ---- uname ------------------------------------------------------------------------------

/// The field names of `uname_result`, in tuple order.
const UNAME_FIELDS: [Qstr; 5] = [
    qstr::sysname,
    qstr::nodename,
    qstr::release,
    qstr::version,
    qstr::machine,
];

fn uname_getattr(_vm: &mut Vm, v: Value, name: Qstr) -> PyResult<Option<Value>> {
    let Some(index) = UNAME_FIELDS.iter().position(|&q| q == name) else {
        return Ok(None);
    };
    Ok(Obj::<TupleObj>::from_value(v).and_then(|t| t.get().get(index)))
}

/// MicroPython's form: `(sysname='VibeOS', nodename=..., ...)`.
fn uname_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let Some(t) = Obj::<TupleObj>::from_value(v) else {
        return Ok(());
    };
    out.push_str(vm, "(")?;
    for (i, (field, value)) in UNAME_FIELDS.iter().zip(t.get().items()).enumerate() {
        if i > 0 {
            out.push_str(vm, ", ")?;
        }
        out.push_str(vm, vm.qstr_str(*field))?;
        out.push_str(vm, "=")?;
        ops::repr_into(vm, *value, out)?;
    }
    out.push_str(vm, ")")
}

static UNAME_SLOTS: TypeSlots = TypeSlots {
    make_new: None,
    repr: Some(uname_repr),
    getattr: Some(uname_getattr),
    ..vm::builtins::seq::TUPLE_SLOTS
};

fn trace_uname(obj: *mut u8, heap: &mut Heap) {
    vm::objects::tuple::trace_tuple(obj, heap)
}

/// `os.uname()`'s result: a tuple whose items are also attributes.
pub static UNAME_TYPE: TypeObject = TypeObject::builtin(
    qstr::uname_result,
    Layout::Tuple,
    Some(&TUPLE_TYPE),
    &UNAME_SLOTS,
    &[] as &[(Qstr, Member)],
    trace_uname,
    0,
);

/// `uname()`: sysname 'VibeOS' (also on the Linux host, which provides VibeOS's kapi),
/// nodename 'vibeos', release the VibePy version, version VibePy and the kapi version,
/// machine the CPU kapi names (or 'unknown').
fn os_uname(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "uname", kw)?;
    check_count(vm, "uname", args, 0, 0)?;
    let kapi = files(vm)?.kapi();
    let release = env!("CARGO_PKG_VERSION");
    let mut version = StrBuilder::new();
    version.push_fmt(
        vm,
        format_args!("VibePy {} (kapi v{})", release, kapi.version()),
    )?;
    let machine = kapi
        .cpu_name()
        .ok()
        .and_then(|name| core::str::from_utf8(name).ok())
        .filter(|name| !name.is_empty())
        .unwrap_or("unknown");
    let values = [
        new_str(vm, "VibeOS")?,
        new_str(vm, "vibeos")?,
        new_str(vm, release)?,
        version.finish(vm)?,
        new_str(vm, machine)?,
    ];
    let t = alloc_tuple_of_type(vm, &UNAME_TYPE, values.len())?;
    for (i, v) in values.iter().enumerate() {
        tuple_set_init(t, i, *v);
    }
    Ok(t.as_value())
}
builtin_fn!(OS_UNAME, qstr::uname, os_uname);

//! Python's file layer on kapi files, the pieces `open()` (pyfile.rs) and the `os` module
//! (os_module.rs) share: reaching the port's `Files` from native functions (the port puts
//! it in `Vm::port_data`), path arguments, and turning an `Errno` into the OSError subclass
//! CPython raises, with `errno`, `strerror` and `filename` set.
//!
//! In: the VM and its port data. Out: `py_open` (the VM's `open_hook`), `register` (the `os`
//! module) and `flush_open_files` (called when a program ends or the REPL resets).

use crate::engine::SharedHal;
use crate::files::{Errno, Files};
use alloc::vec::Vec;
use core::cell::RefCell;
use kernel_api::Window;
use vm::builtins::bytes_methods::bytes_data;
use vm::interp::{PyErr, PyResult, Vm};
use vm::objects::exception::{self, new_with_args};
use vm::objects::str::str_of;
use vm::objects::tuple::new_tuple;
use vm::objects::type_object::TypeObject;
use vm::qstr;
use vm::value::Value;

pub use crate::pyfile::{flush_open_files, py_open};

/// Register the `os` and `vibe` modules.
pub fn register(vm: &mut Vm) -> PyResult<()> {
    vm.register_module(qstr::os, crate::os_module::init)?;
    vm.register_module(qstr::vibe, crate::vibe::init)
}

/// What the port keeps in `Vm::port_data`: the file layer, the HAL (for the `vibe`
/// module's keyboard and sleeping) and the desktop windows Python opened, destroyed when
/// the VM goes (VibeOS cleans none up itself).
pub struct PortData {
    pub files: Files<'static>,
    pub hal: SharedHal,
    pub windows: RefCell<Vec<Window<'static>>>,
}

/// The port's data, as `new_vm` stored it in the VM.
pub fn port_data(vm: &Vm) -> Option<&PortData> {
    vm.port_data.as_ref()?.downcast_ref::<PortData>()
}

/// The port's file layer.
pub fn files(vm: &mut Vm) -> PyResult<Files<'static>> {
    match port_data(vm) {
        Some(data) => Ok(data.files),
        None => Err(vm.new_exception(&exception::OS_ERROR, "no filesystem")),
    }
}

/// The bytes of a path argument (str or bytes), or `None` for other types.
pub fn path_bytes<'a>(vm: &Vm, path: Value) -> Option<&'a [u8]> {
    match str_of(vm, path) {
        Some(text) => Some(text.as_bytes()),
        None => bytes_data(path),
    }
}

/// A path argument of the `os` function `fname`, with CPython's TypeError for other types.
/// Functions that take a file descriptor in CPython (`stat`, `listdir`, `chdir`) refuse
/// an int with EBADF: kapi files have no descriptors.
pub fn os_path_arg<'a>(vm: &mut Vm, fname: &str, path: Value) -> PyResult<&'a [u8]> {
    if let Some(bytes) = path_bytes(vm, path) {
        return Ok(bytes);
    }
    let allowed = match fname {
        "stat" | "chdir" => "string, bytes, os.PathLike or integer",
        "listdir" | "ilistdir" => "string, bytes, os.PathLike, integer or None",
        _ => "string, bytes or os.PathLike",
    };
    if path.as_small_int().is_some() && allowed.contains("integer") {
        return Err(os_error(vm, Errno::EBADF, path));
    }
    let type_name = vm.type_name(path);
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("{}: path should be {}, not {}", fname, allowed, type_name),
    ))
}

/// The OSError subclass CPython raises for `errno`.
pub fn error_type(errno: Errno) -> &'static TypeObject {
    match errno {
        Errno::ENOENT => &exception::FILE_NOT_FOUND_ERROR,
        Errno::EEXIST => &exception::FILE_EXISTS_ERROR,
        Errno::EISDIR => &exception::IS_A_DIRECTORY_ERROR,
        Errno::ENOTDIR => &exception::NOT_A_DIRECTORY_ERROR,
        _ => &exception::OS_ERROR,
    }
}

/// `OSError(errno, strerror)` of type `ty` with `filename` (and `filename2`) unless NULL:
/// `args` is the pair, as in CPython, and the file names are attributes.
pub fn os_error_of_type(
    vm: &mut Vm,
    ty: &'static TypeObject,
    errno: Errno,
    filename: Value,
    filename2: Value,
) -> PyErr {
    match build_os_error(vm, ty, errno, filename, filename2) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

fn build_os_error(
    vm: &mut Vm,
    ty: &'static TypeObject,
    errno: Errno,
    filename: Value,
    filename2: Value,
) -> PyResult<Value> {
    if errno == Errno::ENOMEM {
        return Err(vm.memory_error());
    }
    let message = vm::objects::str::new_str(vm, errno.message())?;
    let args = new_tuple(
        vm,
        &[Value::small_int_unchecked(i64::from(errno.code())), message],
    )?;
    let e = new_with_args(vm, ty, args)?;
    for (name, value) in [(qstr::filename, filename), (qstr::filename2, filename2)] {
        if !value.is_null() {
            vm::interp::attr::store_attr(vm, e, name, value)?;
        }
    }
    Ok(e)
}

/// The OSError CPython raises for `errno` on `filename` (NULL: none).
pub fn os_error(vm: &mut Vm, errno: Errno, filename: Value) -> PyErr {
    os_error_of_type(vm, error_type(errno), errno, filename, Value::NULL)
}

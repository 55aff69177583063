//! Imports: `IMPORT_NAME`/`IMPORT_FROM`/`IMPORT_STAR` and `__import__`. Modules are found
//! in `sys.modules`, among the built-in modules, then as `name.py`, `name.mpy` or
//! `name/__init__.py` along `sys.path` (or the parent package's `__path__`).

use super::{PyResult, Vm};
use crate::compiler::CompileMode;
use crate::objects::dict::{dict_get, dict_get_qstr, dict_set};
use crate::objects::exception;
use crate::objects::module::{new_module, ModuleObj};
use crate::objects::str::{new_str, str_of, StrBuilder};
use crate::objects::tuple::TupleObj;
use crate::objects::Obj;
use crate::qstr::{self, Qstr};
use crate::value::Value;

/// Resolve a relative import against the importing module's package.
fn absolute_name(vm: &mut Vm, name: &str, level: usize, globals: Value) -> PyResult<Value> {
    if level == 0 {
        return new_str(vm, name);
    }
    let package = match dict_get_qstr(vm, globals, qstr::__package__)?.filter(|p| !p.is_none()) {
        Some(p) => p,
        None => {
            let n = dict_get_qstr(vm, globals, qstr::__name__)?.unwrap_or(Value::NONE);
            let is_pkg = dict_get_qstr(vm, globals, qstr::__path__)?.is_some();
            let n = str_of(vm, n).unwrap_or("");
            let pkg = if is_pkg {
                n
            } else {
                n.rsplit_once('.').map(|(a, _)| a).unwrap_or("")
            };
            new_str(vm, pkg)?
        }
    };
    let mut base = str_of(vm, package).unwrap_or("");
    if base.is_empty() {
        return Err(vm.new_exception(
            &exception::IMPORT_ERROR,
            "attempted relative import with no known parent package",
        ));
    }
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((a, _)) => base = a,
            None => {
                return Err(vm.new_exception(
                    &exception::IMPORT_ERROR,
                    "attempted relative import beyond top-level package",
                ))
            }
        }
    }
    let mut b = StrBuilder::new();
    b.push_str(vm, base)?;
    if !name.is_empty() {
        b.push_str(vm, ".")?;
        b.push_str(vm, name)?;
    }
    b.finish(vm)
}

/// `IMPORT_NAME`.
pub fn import_name(
    vm: &mut Vm,
    name: Qstr,
    fromlist: Value,
    level: Value,
    globals: Value,
) -> PyResult<Value> {
    let level = level.as_small_int().unwrap_or(0).max(0) as usize;
    let n = vm.qstr_str(name);
    let abs = absolute_name(vm, n, level, globals)?;
    let abs_s = str_of(vm, abs).unwrap_or("");
    let leaf = import_module(vm, abs_s)?;
    let has_fromlist =
        !fromlist.is_none() && Obj::<TupleObj>::from_value(fromlist).is_some_and(|t| !t.is_empty());
    if has_fromlist || level > 0 && n.is_empty() {
        return Ok(leaf);
    }
    // `import a.b.c` binds the top-level package `a`.
    let top = abs_s.split('.').next().unwrap_or(abs_s);
    if level > 0 {
        // `from . import x` is handled above; relative `import .a` is not valid syntax.
        return Ok(leaf);
    }
    let top_v = new_str(vm, top)?;
    let modules = vm.modules;
    Ok(dict_get(vm, modules, top_v)?.unwrap_or(leaf))
}

/// Import `name` (absolute, dotted), importing parent packages first.
pub fn import_module(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let mut parent = Value::NONE;
    let mut end = 0;
    let mut module;
    loop {
        let next_dot = name.get(end..).and_then(|r| r.find('.')).map(|i| end + i);
        let prefix_end = next_dot.unwrap_or(name.len());
        let prefix = name.get(..prefix_end).unwrap_or(name);
        let key = new_str(vm, prefix)?;
        let modules = vm.modules;
        module = match dict_get(vm, modules, key)? {
            Some(m) => m,
            None => load_module(vm, prefix, parent)?,
        };
        match next_dot {
            Some(d) => {
                parent = module;
                end = d + 1;
            }
            None => break,
        }
    }
    Ok(module)
}

fn module_not_found(vm: &mut Vm, name: &str) -> super::PyErr {
    let err = vm.new_exception_fmt(
        &exception::MODULE_NOT_FOUND_ERROR,
        format_args!("No module named '{}'", name),
    );
    with_name(vm, err, name)
}

/// Sets ImportError.name, as CPython does for the errors the import system raises.
pub fn with_name(vm: &mut Vm, err: super::PyErr, name: &str) -> super::PyErr {
    let set = new_str(vm, name).and_then(|n| {
        crate::builtins::exception_methods::exception_setattr(vm, err.0, qstr::name, n)
    });
    match set {
        Ok(_) => err,
        Err(e) => e,
    }
}

/// Find and execute module `name` whose parent package is `parent` (None for top level).
fn load_module(vm: &mut Vm, name: &str, parent: Value) -> PyResult<Value> {
    let short = name.rsplit_once('.').map(|(_, s)| s).unwrap_or(name);
    if parent.is_none() {
        let q = vm.intern(name)?;
        let native = vm
            .native_modules
            .iter()
            .find(|(n, _)| *n == q)
            .map(|(_, f)| *f);
        if let Some(init) = native {
            let m = init(vm)?;
            let key = new_str(vm, name)?;
            let modules = vm.modules;
            dict_set(vm, modules, key, m)?;
            return Ok(m);
        }
    }
    // Directories to search: sys.path, or the parent's __path__.
    let dirs = if parent.is_none() {
        crate::modules::sys::path_list(vm)?
    } else {
        match super::attr::lookup_attr(vm, parent, qstr::__path__)? {
            Some(p) => p,
            None => {
                let parent_name = name.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
                let err = vm.new_exception_fmt(
                    &exception::MODULE_NOT_FOUND_ERROR,
                    format_args!(
                        "No module named '{}'; '{}' is not a package",
                        name, parent_name
                    ),
                );
                return Err(with_name(vm, err, name));
            }
        }
    };
    let dirs_list = crate::objects::list::new_list_with_capacity(vm, 4)?;
    super::ops::extend_list_from_iterable(vm, dirs_list, dirs)?;
    for i in 0..dirs_list.len() {
        let d = dirs_list.get().get(i).unwrap_or(Value::NONE);
        let Some(dir) = str_of(vm, d) else { continue };
        let mut base = StrBuilder::new();
        if !dir.is_empty() {
            base.push_str(vm, dir)?;
            if !dir.ends_with('/') {
                base.push_str(vm, "/")?;
            }
        }
        base.push_str(vm, short)?;
        let base_s = base.as_str().unwrap_or("");
        let pkg_dir = new_str(vm, base_s)?;
        let pkg_dir_s = str_of(vm, pkg_dir).unwrap_or("");
        // A package directory with __init__.py (or without: a namespace package).
        if vm.hal.is_dir(pkg_dir_s) {
            let mut init = StrBuilder::new();
            init.push_str(vm, pkg_dir_s)?;
            init.push_str(vm, "/__init__.py")?;
            let init_path = init.as_str().unwrap_or("");
            let src = vm.hal.read_file(init_path);
            return exec_module(
                vm,
                name,
                init_path,
                src.as_deref().unwrap_or(b""),
                Some(pkg_dir),
                false,
            );
        }
        for (ext, is_mpy) in [(".py", false), (".mpy", true)] {
            let mut p = StrBuilder::new();
            p.push_str(vm, pkg_dir_s)?;
            p.push_str(vm, ext)?;
            let path = p.as_str().unwrap_or("");
            if let Some(src) = vm.hal.read_file(path) {
                return exec_module(vm, name, path, &src, None, is_mpy);
            }
        }
    }
    Err(module_not_found(vm, name))
}

/// Create module `name`, register it, and run its code (source or .mpy).
fn exec_module(
    vm: &mut Vm,
    name: &str,
    path: &str,
    src: &[u8],
    pkg_dir: Option<Value>,
    is_mpy: bool,
) -> PyResult<Value> {
    let q = vm.intern(name)?;
    let m = new_module(vm, q)?;
    let g = m.globals;
    // CPython always defines `__doc__`; a docstring replaces it when the code runs.
    dict_set(vm, g, Value::from_qstr(qstr::__doc__), Value::NONE)?;
    let file = new_str(vm, path)?;
    dict_set(vm, g, Value::from_qstr(qstr::__file__), file)?;
    let builtins = vm.builtins;
    dict_set(vm, g, Value::from_qstr(qstr::__builtins__), builtins)?;
    match pkg_dir {
        Some(d) => {
            let path_list = crate::objects::list::new_list(vm, &[d])?;
            dict_set(vm, g, Value::from_qstr(qstr::__path__), path_list)?;
            let pkg = new_str(vm, name)?;
            dict_set(vm, g, Value::from_qstr(qstr::__package__), pkg)?;
        }
        None => {
            let pkg = new_str(vm, name.rsplit_once('.').map(|(a, _)| a).unwrap_or(""))?;
            dict_set(vm, g, Value::from_qstr(qstr::__package__), pkg)?;
        }
    }
    let key = new_str(vm, name)?;
    let modules = vm.modules;
    dict_set(vm, modules, key, m.as_value())?;
    let result = (|| {
        let code = if is_mpy {
            super::load::load_mpy_bytes(vm, src)?
        } else {
            let text = core::str::from_utf8(src).map_err(|_| {
                vm.new_exception(&exception::SYNTAX_ERROR, "source is not valid UTF-8")
            })?;
            super::load::compile_source(vm, text, path, CompileMode::Exec)?
        };
        super::eval::run_code(vm, code, g, g)
    })();
    if let Err(e) = result {
        if let Some(d) = crate::objects::dict::as_dict(modules) {
            d.get().table.remove(vm, key)?;
        }
        return Err(e);
    }
    // A package's submodule becomes an attribute of the package.
    if let Some((parent_name, short)) = name.rsplit_once('.') {
        let pk = new_str(vm, parent_name)?;
        if let Some(parent) = dict_get(vm, modules, pk)? {
            if let Some(pm) = Obj::<ModuleObj>::from_value(parent) {
                let sq = vm.intern(short)?;
                dict_set(vm, pm.globals, Value::from_qstr(sq), m.as_value())?;
            }
        }
    }
    // The module object in sys.modules may have been replaced while it ran.
    Ok(dict_get(vm, modules, key)?.unwrap_or(m.as_value()))
}

/// `IMPORT_FROM`.
pub fn import_from(vm: &mut Vm, module: Value, name: Qstr) -> PyResult<Value> {
    if let Some(v) = super::attr::lookup_attr(vm, module, name)? {
        return Ok(v);
    }
    // A submodule not imported yet.
    if let Some(m) = Obj::<ModuleObj>::from_value(module) {
        let mn = vm.qstr_str(m.name);
        let n = vm.qstr_str(name);
        let mut b = StrBuilder::new();
        b.push_fmt(vm, format_args!("{}.{}", mn, n))?;
        let full = b.as_str().unwrap_or("");
        if dict_get_qstr(vm, m.globals, qstr::__path__)?.is_some() {
            if let Ok(sub) = import_module(vm, full) {
                return Ok(sub);
            }
        }
        let err = vm.new_exception_fmt(
            &exception::IMPORT_ERROR,
            format_args!("cannot import name '{}' from '{}'", n, mn),
        );
        return Err(with_name(vm, err, mn));
    }
    let n = vm.qstr_str(name);
    Err(vm.new_exception_fmt(
        &exception::IMPORT_ERROR,
        format_args!("cannot import name '{}'", n),
    ))
}

/// `from m import *` into `locals`.
pub fn import_star(vm: &mut Vm, module: Value, locals: Value) -> PyResult<()> {
    let Some(m) = Obj::<ModuleObj>::from_value(module) else {
        return Err(vm.type_error("import * only allowed from modules"));
    };
    if let Some(all) = dict_get_qstr(vm, m.globals, qstr::__all__)? {
        let names = crate::objects::list::new_list_with_capacity(vm, 0)?;
        super::ops::extend_list_from_iterable(vm, names, all)?;
        for i in 0..names.len() {
            let n = names.get().get(i).unwrap_or(Value::NONE);
            let q = crate::objects::str::intern_value(vm, n)?
                .ok_or_else(|| vm.type_error("__all__ must contain str"))?;
            let v = import_from(vm, module, q)?;
            dict_set(vm, locals, Value::from_qstr(q), v)?;
        }
        return Ok(());
    }
    let Some(d) = crate::objects::dict::as_dict(m.globals) else {
        return Ok(());
    };
    let t = &d.get().table;
    for i in 0..t.positions() {
        if let Some((k, v)) = t.entry_at(i) {
            if str_of(vm, k).is_some_and(|s| !s.starts_with('_')) {
                dict_set(vm, locals, k, v)?;
            }
        }
    }
    Ok(())
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn import_builtin(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    use crate::builtins::args::arg_or_keyword;
    let name_v = arg_or_keyword(vm, args, kw, 0, qstr::name)
        .ok_or_else(|| vm.type_error("__import__() missing required argument 'name' (pos 1)"))?;
    let globals = arg_or_keyword(vm, args, kw, 1, qstr::globals)
        .filter(|g| !g.is_none())
        .unwrap_or(vm.current_globals);
    let fromlist = arg_or_keyword(vm, args, kw, 3, qstr::fromlist).unwrap_or(Value::NONE);
    let level =
        arg_or_keyword(vm, args, kw, 4, qstr::level).unwrap_or(Value::small_int_unchecked(0));
    let q = crate::objects::str::intern_value(vm, name_v)?
        .ok_or_else(|| vm.type_error("__import__() argument 1 must be str"))?;
    if vm.qstr_str(q).is_empty() && level.as_small_int() == Some(0) {
        return Err(vm.value_error("Empty module name"));
    }
    let fl = if fromlist.is_none() || Obj::<TupleObj>::from_value(fromlist).is_some() {
        fromlist
    } else {
        let l = crate::objects::list::new_list_with_capacity(vm, 0)?;
        super::ops::extend_list_from_iterable(vm, l, fromlist)?;
        crate::builtins::seq::list_to_tuple(vm, l.as_value())?
    };
    import_name(vm, q, fl, level, globals)
}

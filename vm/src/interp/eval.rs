//! `exec`, `eval` and `compile`, and running a module's code object.

use super::{call, PyResult, Vm};
use crate::builtins::args::{arg_or_keyword, check_count};
use crate::compiler::CompileMode;
use crate::objects::code::CodeObj;
use crate::objects::exception;
use crate::objects::str::str_of;
use crate::objects::Obj;
use crate::qstr;
use crate::value::Value;

/// Run a module-level code object with the given globals and locals dicts.
pub fn run_code(vm: &mut Vm, code: Value, globals: Value, locals: Value) -> PyResult<Value> {
    let c =
        Obj::<CodeObj>::from_value(code).ok_or_else(|| vm.type_error("expected a code object"))?;
    call::run_code_with_locals(vm, c, globals, locals, &[], Value::NULL)
}

fn source_text<'a>(vm: &mut Vm, v: Value, fname: &str) -> PyResult<Option<&'a str>> {
    if let Some(s) = str_of(vm, v) {
        return Ok(Some(s));
    }
    if let Some(d) = crate::builtins::bytes_methods::bytes_data(v) {
        return core::str::from_utf8(d)
            .map(Some)
            .map_err(|_| vm.value_error("source is not valid UTF-8"));
    }
    if Obj::<CodeObj>::from_value(v).is_some() {
        return Ok(None);
    }
    let what = if fname == "compile" { "AST" } else { "code" };
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!(
            "{}() arg 1 must be a string, bytes or {} object",
            fname, what
        ),
    ))
}

/// `exec(source, globals=None, locals=None)` and `eval(...)`.
pub fn exec_or_eval(vm: &mut Vm, args: &[Value], kw: &[Value], is_eval: bool) -> PyResult<Value> {
    let fname = if is_eval { "eval" } else { "exec" };
    check_count(vm, fname, args, 1, 3)?;
    let src = args.first().copied().unwrap_or(Value::NONE);
    let globals = arg_or_keyword(vm, args, kw, 1, qstr::globals).filter(|g| !g.is_none());
    let locals = arg_or_keyword(vm, args, kw, 2, qstr::locals).filter(|l| !l.is_none());
    let globals = match globals {
        Some(g) => {
            if crate::objects::dict::as_dict(g).is_none() {
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!(
                        "{}() globals must be a dict, not {}",
                        fname,
                        vm.type_name(g)
                    ),
                ));
            }
            g
        }
        None => vm.current_globals,
    };
    let locals = match (locals, args.get(1)) {
        (Some(l), _) => l,
        (None, Some(_)) => globals,
        (None, None) => super::exec::frame_locals(vm)?.unwrap_or(globals),
    };
    if crate::objects::dict::dict_get_qstr(vm, globals, qstr::__builtins__)?.is_none() {
        let b = vm.builtins;
        crate::objects::dict::dict_set(vm, globals, Value::from_qstr(qstr::__builtins__), b)?;
    }
    let code = match source_text(vm, src, fname)? {
        Some(text) => {
            let text = if is_eval {
                text.trim_start_matches([' ', '\t'])
            } else {
                text
            };
            let mode = if is_eval {
                CompileMode::Eval
            } else {
                CompileMode::Exec
            };
            super::load::compile_source(vm, text, "<string>", mode)?
        }
        None => src,
    };
    let r = run_code(vm, code, globals, locals)?;
    Ok(if is_eval { r } else { Value::NONE })
}

/// `compile(source, filename, mode)`.
pub fn compile_builtin(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_count(vm, "compile", args, 0, 6)?;
    let src = arg_or_keyword(vm, args, kw, 0, qstr::source)
        .ok_or_else(|| vm.type_error("compile() missing required argument 'source' (pos 1)"))?;
    let filename_v = arg_or_keyword(vm, args, kw, 1, qstr::filename)
        .ok_or_else(|| vm.type_error("compile() missing required argument 'filename' (pos 2)"))?;
    let mode_v = arg_or_keyword(vm, args, kw, 2, qstr::mode)
        .ok_or_else(|| vm.type_error("compile() missing required argument 'mode' (pos 3)"))?;
    let filename = str_of(vm, filename_v).unwrap_or("<string>");
    let mode = match str_of(vm, mode_v) {
        Some("exec") => CompileMode::Exec,
        Some("eval") => CompileMode::Eval,
        Some("single") => CompileMode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    match source_text(vm, src, "compile")? {
        Some(text) => super::load::compile_source(vm, text, filename, mode),
        None => Ok(src),
    }
}

/// Run `source` as the `__main__` module.
pub fn run_main(vm: &mut Vm, source: &str, filename: &str) -> PyResult<()> {
    let globals = main_globals(vm, filename)?;
    let code = super::load::compile_source(vm, source, filename, CompileMode::Exec)?;
    run_code(vm, code, globals, globals).map(|_| ())
}

/// Run compiled `.mpy` bytes as the `__main__` module.
pub fn run_main_mpy(vm: &mut Vm, data: &[u8], filename: &str) -> PyResult<()> {
    let globals = main_globals(vm, filename)?;
    let code = super::load::load_mpy_bytes(vm, data)?;
    run_code(vm, code, globals, globals).map(|_| ())
}

/// The globals of `__main__` (created and registered on first use).
pub fn main_globals(vm: &mut Vm, filename: &str) -> PyResult<Value> {
    let modules = vm.modules;
    let key = Value::from_qstr(qstr::__main__);
    if let Some(m) = crate::objects::dict::dict_get(vm, modules, key)? {
        if let Some(m) = Obj::<crate::objects::module::ModuleObj>::from_value(m) {
            return Ok(m.globals);
        }
    }
    let m = crate::objects::module::new_module(vm, qstr::__main__)?;
    let g = m.globals;
    // CPython always defines `__doc__`; a docstring replaces it when the code runs.
    crate::objects::dict::dict_set(vm, g, Value::from_qstr(qstr::__doc__), Value::NONE)?;
    let f = crate::objects::str::new_str(vm, filename)?;
    crate::objects::dict::dict_set(vm, g, Value::from_qstr(qstr::__file__), f)?;
    let b = vm.builtins;
    crate::objects::dict::dict_set(vm, g, Value::from_qstr(qstr::__builtins__), b)?;
    crate::objects::dict::dict_set(vm, modules, key, m.as_value())?;
    Ok(g)
}

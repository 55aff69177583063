//! Loading compiled code: an `MpyModule` (from our compiler or an `.mpy` file) becomes a
//! tree of code objects sharing one module context (qstr map + constant table,
//! MPY.md §7), ready to run with a globals dict. Also the source-compiling front door.

use super::{PyResult, Vm};
use crate::bytecode::module::{MpyConst, MpyModule, RawCode, RawCodeKind};
use crate::compiler::{compile_within, CompileError, CompileMode, CompileOptions};
use crate::objects::bytes::{new_raw_bytes, new_raw_bytes_zeroed};
use crate::objects::code::new_code;
use crate::objects::exception;
use crate::objects::tuple::{alloc_tuple, tuple_set_init};
use crate::value::Value;

/// Bound on raw-code nesting (functions in functions...), so loading cannot recurse deep.
const MAX_CODE_DEPTH: usize = 64;

/// Build the code object of a module's root raw code.
pub fn load_module(vm: &mut Vm, m: &MpyModule) -> PyResult<Value> {
    let qmap = new_raw_bytes_zeroed(vm, m.qstrs.len() * 4)?;
    for (i, s) in m.qstrs.iter().enumerate() {
        let q = vm.intern(s)?;
        if let Some(dst) = qmap.get().data_mut().get_mut(i * 4..i * 4 + 4) {
            dst.copy_from_slice(&q.0.to_le_bytes());
        }
    }
    let consts = alloc_tuple(vm, m.consts.len())?;
    for (i, c) in m.consts.iter().enumerate() {
        let v = load_const(vm, c, 0)?;
        tuple_set_init(consts, i, v);
    }
    load_raw_code(vm, &m.root, qmap.as_value(), consts.as_value(), 0)
}

fn load_raw_code(
    vm: &mut Vm,
    rc: &RawCode,
    qmap: Value,
    consts: Value,
    depth: usize,
) -> PyResult<Value> {
    if rc.kind != RawCodeKind::Bytecode {
        return Err(vm.value_error("native code in .mpy unsupported"));
    }
    if depth > MAX_CODE_DEPTH {
        return Err(vm.value_error("code nested too deeply"));
    }
    let children = alloc_tuple(vm, rc.children.len())?;
    for (i, child) in rc.children.iter().enumerate() {
        let c = load_raw_code(vm, child, qmap, consts, depth + 1)?;
        tuple_set_init(children, i, c);
    }
    let local_names = if rc.local_names.is_empty() {
        Value::NULL
    } else {
        let names = alloc_tuple(vm, rc.local_names.len())?;
        for (i, name) in rc.local_names.iter().enumerate() {
            let q = vm.intern(name)?;
            tuple_set_init(names, i, Value::from_qstr(q));
        }
        names.as_value()
    };
    let data = new_raw_bytes(vm, &rc.fun_data)?;
    let bytes = data.get().data();
    new_code(
        vm,
        data.as_value(),
        bytes,
        qmap,
        consts,
        children.as_value(),
        local_names,
    )
}

fn load_const(vm: &mut Vm, c: &MpyConst, depth: usize) -> PyResult<Value> {
    Ok(match c {
        MpyConst::FunTable | MpyConst::None => Value::NONE,
        MpyConst::False => Value::FALSE,
        MpyConst::True => Value::TRUE,
        MpyConst::Ellipsis => Value::ELLIPSIS,
        MpyConst::Str(s) => crate::objects::str::new_str(vm, s)?,
        MpyConst::Bytes(b) => crate::objects::bytes::new_bytes(vm, b)?,
        MpyConst::Int(text) => crate::builtins::int_methods::parse_int_text(vm, text, 10)?,
        MpyConst::Float(text) => match crate::num::float_parse::parse_float(text) {
            Some(f) => Value::from_f64(f),
            None => return Err(vm.value_error("bad float constant")),
        },
        MpyConst::Complex(text) => {
            let im = text
                .strip_suffix(['j', 'J'])
                .and_then(crate::num::float_parse::parse_float);
            match im {
                Some(f) => crate::builtins::complex_methods::new_complex(vm, 0.0, f)?,
                None => return Err(vm.value_error("bad complex constant")),
            }
        }
        MpyConst::Tuple(items) => {
            if depth > MAX_CODE_DEPTH {
                return Err(vm.value_error("constant nested too deeply"));
            }
            let t = alloc_tuple(vm, items.len())?;
            for (i, item) in items.iter().enumerate() {
                let v = load_const(vm, item, depth + 1)?;
                tuple_set_init(t, i, v);
            }
            t.as_value()
        }
    })
}

/// The compile budget: what the compiler may allocate, derived from the heap size so that
/// a source too big for the heap fails with MemoryError.
pub fn compile_budget(vm: &Vm) -> usize {
    vm.heap.total_bytes().saturating_mul(2)
}

/// Compile source text to a module code object, raising SyntaxError/MemoryError.
pub fn compile_source(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    mode: CompileMode,
) -> PyResult<Value> {
    let opts = CompileOptions {
        budget_bytes: compile_budget(vm),
        optimize: 0,
    };
    match compile_within(source, filename, mode, &opts, vm.stack_room()) {
        Ok(m) => {
            if vm.config.verbose >= 3 {
                let mut b = crate::objects::str::StrBuilder::new();
                let _ = crate::bytecode::disasm::disassemble(&m, &mut b);
                if let Some(s) = b.as_str() {
                    vm.hal.write_stdout(s.as_bytes());
                }
            }
            load_module(vm, &m)
        }
        Err(CompileError::MemoryError) => Err(vm.memory_error()),
        Err(CompileError::Recursion) => Err(vm.new_exception(
            &exception::RECURSION_ERROR,
            "maximum recursion depth exceeded during compilation",
        )),
        Err(CompileError::Syntax {
            msg,
            line,
            col,
            indentation,
        }) => Err(syntax_error(
            vm,
            &msg,
            filename,
            line,
            col,
            source,
            indentation,
        )),
    }
}

/// A SyntaxError(msg, (filename, lineno, offset, text)) like CPython's.
pub fn syntax_error(
    vm: &mut Vm,
    msg: &str,
    filename: &str,
    line: u32,
    col: u32,
    source: &str,
    indentation: bool,
) -> super::PyErr {
    let make = |vm: &mut Vm| -> PyResult<Value> {
        let m = crate::objects::str::new_str(vm, msg)?;
        let f = crate::objects::str::new_str(vm, filename)?;
        let text_line = source
            .lines()
            .nth(line.saturating_sub(1) as usize)
            .unwrap_or("");
        let t = crate::objects::str::new_str(vm, text_line)?;
        let details = crate::objects::tuple::new_tuple(
            vm,
            &[
                f,
                Value::small_int_unchecked(i64::from(line)),
                Value::small_int_unchecked(i64::from(col)),
                t,
            ],
        )?;
        let args = crate::objects::tuple::new_tuple(vm, &[m, details])?;
        let ty = if indentation {
            &exception::INDENTATION_ERROR
        } else {
            &exception::SYNTAX_ERROR
        };
        exception::new_with_args(vm, ty, args)
    };
    match make(vm) {
        Ok(e) => super::PyErr(e),
        Err(e) => e,
    }
}

/// Read an `.mpy` image into a module code object.
pub fn load_mpy_bytes(vm: &mut Vm, data: &[u8]) -> PyResult<Value> {
    match crate::bytecode::mpy::read_mpy(data) {
        Ok(m) => {
            if crate::bytecode::validate::validate_module(&m).is_err() {
                return Err(vm.value_error("invalid .mpy file: bytecode failed validation"));
            }
            load_module(vm, &m)
        }
        Err(e) => {
            let mut b = crate::objects::str::StrBuilder::new();
            let _ = core::fmt::write(&mut b, format_args!("{}", e));
            Err(vm.new_exception(
                &exception::VALUE_ERROR,
                b.as_str().unwrap_or("incompatible .mpy file"),
            ))
        }
    }
}

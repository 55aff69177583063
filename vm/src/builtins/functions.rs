//! The built-in functions of the `builtins` module.

use super::args::{check_count, keyword, no_keywords, only_keywords};
use crate::builtin_fn;
use crate::interp::typeobj::{as_type, is_subtype, type_of};
use crate::interp::{attr, call, ops, PyResult, Vm};
use crate::objects::exception;
use crate::objects::function::BuiltinFunction;
use crate::objects::list::{new_list_with_capacity, ListObj};
use crate::objects::str::{new_str, str_of, StrBuilder};
use crate::objects::tuple::TupleObj;
use crate::objects::type_object::CompareOp;
use crate::objects::Obj;
use crate::qstr::{self, Qstr};
use crate::value::Value;

/// Every function this module defines, for the builtins namespace.
pub static ALL: &[&BuiltinFunction] = &[
    &PRINT,
    &LEN,
    &REPR,
    &ABS,
    &ISINSTANCE,
    &ISSUBCLASS,
    &HASATTR,
    &GETATTR,
    &SETATTR,
    &DELATTR,
    &ID,
    &HASH,
    &ITER,
    &NEXT,
    &CALLABLE,
    &CHR,
    &ORD,
    &MIN,
    &MAX,
    &SUM,
    &ANY,
    &ALL_FN,
    &SORTED,
    &DIVMOD,
    &POW,
    &ROUND,
    &HEX,
    &OCT,
    &BIN,
    &FORMAT,
    &GLOBALS,
    &LOCALS,
    &DIR,
    &VARS,
    &INPUT,
    &REPL_PRINT,
    &ASCII,
    &EXEC,
    &EVAL,
    &COMPILE,
    &IMPORT,
    &OPEN,
    &crate::modules::sys::BUILTIN_EXIT,
    &crate::modules::sys::BUILTIN_QUIT,
];

/// Write to `sys.stdout` (or the `file=` object).
pub fn write_out(vm: &mut Vm, file: Value, text: &str) -> PyResult<()> {
    if file.is_null() || file.is_none() {
        match crate::modules::sys::stdout_override(vm) {
            Some(f) => {
                let s = new_str(vm, text)?;
                attr::call_method(vm, f, qstr::write, &[s])?;
            }
            None => vm.hal.write_stdout(text.as_bytes()),
        }
        return Ok(());
    }
    if crate::modules::sys::is_std_stream(vm, file, 1) {
        vm.hal.write_stdout(text.as_bytes());
        return Ok(());
    }
    if crate::modules::sys::is_std_stream(vm, file, 2) {
        vm.hal.write_stderr(text.as_bytes());
        return Ok(());
    }
    let s = new_str(vm, text)?;
    attr::call_method(vm, file, qstr::write, &[s])?;
    Ok(())
}

fn print(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_keywords(
        vm,
        "print",
        kw,
        &[qstr::sep, qstr::end, qstr::file, qstr::flush],
    )?;
    let sep = keyword(vm, kw, qstr::sep).filter(|v| !v.is_none());
    let end = keyword(vm, kw, qstr::end).filter(|v| !v.is_none());
    let file = keyword(vm, kw, qstr::file).unwrap_or(Value::NULL);
    let sep_s = match sep {
        Some(s) => match str_of(vm, s) {
            Some(t) => t,
            None => {
                let tn = vm.type_name(s);
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("sep must be None or a string, not {}", tn),
                ));
            }
        },
        None => " ",
    };
    let end_s = match end {
        Some(s) => match str_of(vm, s) {
            Some(t) => t,
            None => {
                let tn = vm.type_name(s);
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("end must be None or a string, not {}", tn),
                ));
            }
        },
        None => "\n",
    };
    let target = if file.is_null() || file.is_none() {
        crate::modules::sys::stdout_override(vm).unwrap_or(Value::NULL)
    } else {
        file
    };
    let own_stream = target.is_null()
        || crate::modules::sys::is_std_stream(vm, target, 1)
        || crate::modules::sys::is_std_stream(vm, target, 2);
    if !own_stream {
        // A Python file-like object gets one write() per piece, as in CPython.
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                write_out(vm, target, sep_s)?;
            }
            let s = ops::str_value(vm, *a)?;
            let text = str_of(vm, s).unwrap_or("");
            write_out(vm, target, text)?;
        }
        write_out(vm, target, end_s)?;
        return Ok(Value::NONE);
    }
    let mut b = StrBuilder::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            b.push_str(vm, sep_s)?;
        }
        ops::str_into(vm, *a, &mut b)?;
    }
    b.push_str(vm, end_s)?;
    let text = b.as_str().ok_or_else(|| vm.memory_error())?;
    write_out(vm, target, text)?;
    Ok(Value::NONE)
}
builtin_fn!(PRINT, qstr::print, print);

/// `__repl_print__(x)`: what the REPL shows for an expression statement.
fn repl_print(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = args.first().copied().unwrap_or(Value::NONE);
    if !v.is_none() {
        let mut b = StrBuilder::new();
        ops::repr_into(vm, v, &mut b)?;
        b.push_str(vm, "\n")?;
        let text = b.as_str().ok_or_else(|| vm.memory_error())?;
        write_out(vm, Value::NULL, text)?;
        let builtins = vm.builtins;
        crate::objects::dict::dict_set(vm, builtins, Value::from_qstr(qstr::UNDERSCORE), v)?;
    }
    Ok(Value::NONE)
}
builtin_fn!(REPL_PRINT, qstr::__repl_print__, repl_print);

fn one_arg(vm: &mut Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, name, kw)?;
    check_count(vm, name, args, 1, 1)?;
    Ok(args.first().copied().unwrap_or(Value::NONE))
}

fn len(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg(vm, "len", args, kw)?;
    let n = ops::len(vm, v)?;
    crate::objects::int::int_from_i64(vm, n as i64)
}
builtin_fn!(LEN, qstr::len, len);

fn repr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg(vm, "repr", args, kw)?;
    ops::repr(vm, v)
}
builtin_fn!(REPR, qstr::repr, repr);

fn ascii(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg(vm, "ascii", args, kw)?;
    let r = ops::repr(vm, v)?;
    let s = str_of(vm, r).unwrap_or("");
    let mut b = StrBuilder::new();
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            b.push_char(vm, c)?;
        } else if u < 0x100 {
            b.push_fmt(vm, format_args!("\\x{:02x}", u))?;
        } else if u < 0x10000 {
            b.push_fmt(vm, format_args!("\\u{:04x}", u))?;
        } else {
            b.push_fmt(vm, format_args!("\\U{:08x}", u))?;
        }
    }
    b.finish(vm)
}
builtin_fn!(ASCII, qstr::ascii, ascii);

pub(crate) fn abs(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg(vm, "abs", args, kw)?;
    if let Some(i) = v.as_small_int() {
        return crate::objects::int::int_from_i64(vm, i.abs());
    }
    if v.is_float() {
        return Ok(Value::from_f64(v.as_f64().abs()));
    }
    if v.is_bool() {
        return Ok(Value::small_int_unchecked(i64::from(v == Value::TRUE)));
    }
    if let Some(r) = crate::builtins::int_methods::big_abs(vm, v)? {
        return Ok(r);
    }
    if let Some(r) = crate::builtins::complex_methods::complex_abs(vm, v)? {
        return Ok(r);
    }
    match attr::call_special_opt(vm, v, qstr::__abs__, &[])? {
        Some(r) => Ok(r),
        None => {
            let n = vm.type_name(v);
            Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("bad operand type for abs(): '{}'", n),
            ))
        }
    }
}
builtin_fn!(ABS, qstr::abs, abs);

/// `isinstance`/`issubclass` against a class or a tuple of classes.
fn class_check(
    vm: &mut Vm,
    ty: &'static crate::objects::type_object::TypeObject,
    spec: Value,
    fname: &str,
) -> PyResult<bool> {
    if let Some(t) = as_type(spec) {
        return Ok(is_subtype(ty, t));
    }
    if let Some(tuple) = Obj::<TupleObj>::from_value(spec) {
        vm.check_native_stack("maximum recursion depth exceeded")?;
        for s in tuple.get().items() {
            if class_check(vm, ty, *s, fname)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let (one, many) = if fname == "issubclass" {
        ("class", "classes")
    } else {
        ("type", "types")
    };
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!(
            "{}() arg 2 must be a {}, a tuple of {}, or a union",
            fname, one, many
        ),
    ))
}

fn isinstance(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "isinstance", kw)?;
    check_count(vm, "isinstance", args, 2, 2)?;
    let (v, spec) = (
        args.first().copied().unwrap_or(Value::NONE),
        args.get(1).copied().unwrap_or(Value::NONE),
    );
    Ok(Value::from_bool(class_check(
        vm,
        type_of(v),
        spec,
        "isinstance",
    )?))
}
builtin_fn!(ISINSTANCE, qstr::isinstance, isinstance);

fn issubclass(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "issubclass", kw)?;
    check_count(vm, "issubclass", args, 2, 2)?;
    let c = args.first().copied().unwrap_or(Value::NONE);
    let t = as_type(c).ok_or_else(|| vm.type_error("issubclass() arg 1 must be a class"))?;
    Ok(Value::from_bool(class_check(
        vm,
        t,
        args.get(1).copied().unwrap_or(Value::NONE),
        "issubclass",
    )?))
}
builtin_fn!(ISSUBCLASS, qstr::issubclass, issubclass);

fn attr_name(vm: &mut Vm, v: Value) -> PyResult<Qstr> {
    match crate::objects::str::intern_value(vm, v)? {
        Some(q) => Ok(q),
        None => {
            let tn = vm.type_name(v);
            Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("attribute name must be string, not '{}'", tn),
            ))
        }
    }
}

fn hasattr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "hasattr", kw)?;
    check_count(vm, "hasattr", args, 2, 2)?;
    let name = attr_name(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    match attr::lookup_attr(vm, args.first().copied().unwrap_or(Value::NONE), name) {
        Ok(v) => Ok(Value::from_bool(v.is_some())),
        Err(e) if vm.exception_matches(e, &exception::ATTRIBUTE_ERROR) => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}
builtin_fn!(HASATTR, qstr::hasattr, hasattr);

fn getattr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "getattr", kw)?;
    check_count(vm, "getattr", args, 2, 3)?;
    let obj = args.first().copied().unwrap_or(Value::NONE);
    let name = attr_name(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    match attr::lookup_attr(vm, obj, name) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match args.get(2) {
            Some(d) => Ok(*d),
            None => Err(attr::attribute_error(vm, obj, name)),
        },
        Err(e) if args.len() == 3 && vm.exception_matches(e, &exception::ATTRIBUTE_ERROR) => {
            Ok(args.get(2).copied().unwrap_or(Value::NONE))
        }
        Err(e) => Err(e),
    }
}
builtin_fn!(GETATTR, qstr::getattr, getattr);

fn setattr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "setattr", kw)?;
    check_count(vm, "setattr", args, 3, 3)?;
    let name = attr_name(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    attr::store_attr(
        vm,
        args.first().copied().unwrap_or(Value::NONE),
        name,
        args.get(2).copied().unwrap_or(Value::NONE),
    )?;
    Ok(Value::NONE)
}
builtin_fn!(SETATTR, qstr::setattr, setattr);

fn delattr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "delattr", kw)?;
    check_count(vm, "delattr", args, 2, 2)?;
    let name = attr_name(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    attr::store_attr(
        vm,
        args.first().copied().unwrap_or(Value::NONE),
        name,
        Value::NULL,
    )?;
    Ok(Value::NONE)
}
builtin_fn!(DELATTR, qstr::delattr, delattr);

fn id(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg(vm, "id", args, kw)?;
    let bits = if v.is_obj() {
        v.obj_addr() as i64
    } else {
        (v.bits() & 0x7fff_ffff_ffff) as i64
    };
    crate::objects::int::int_from_i64(vm, bits)
}
builtin_fn!(ID, qstr::id, id);

fn hash(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg(vm, "hash", args, kw)?;
    let h = ops::hash(vm, v)?;
    crate::objects::int::int_from_i64(vm, h)
}
builtin_fn!(HASH, qstr::hash, hash);

fn iter(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "iter", kw)?;
    check_count(vm, "iter", args, 1, 2)?;
    let v = args.first().copied().unwrap_or(Value::NONE);
    match args.get(1) {
        Some(sentinel) => super::iterators::new_callable_iterator(vm, v, *sentinel),
        None => ops::get_iter(vm, v),
    }
}
builtin_fn!(ITER, qstr::iter, iter);

fn next(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "next", kw)?;
    check_count(vm, "next", args, 1, 2)?;
    let it = args.first().copied().unwrap_or(Value::NONE);
    if type_of(it).slots.iternext.is_none() {
        let n = vm.type_name(it);
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("'{}' object is not an iterator", n),
        ));
    }
    match crate::builtins::generator_methods::next_with_value(vm, it)? {
        Ok(v) => Ok(v),
        Err(stop_value) => match args.get(1) {
            Some(d) => Ok(*d),
            None => Err(crate::builtins::generator_methods::stop_iteration(
                vm, stop_value,
            )),
        },
    }
}
builtin_fn!(NEXT, qstr::next, next);

fn callable(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg(vm, "callable", args, kw)?;
    let t = type_of(v);
    let r = if as_type(v).is_some() {
        true
    } else if t.is_heap() {
        crate::interp::classes::find_override(vm, t, qstr::__call__)?.is_some()
            || crate::interp::typeobj::native_base_of(v)
                .is_some_and(|b| type_of(b).slots.call.is_some())
    } else {
        t.slots.call.is_some()
    };
    Ok(Value::from_bool(r))
}
builtin_fn!(CALLABLE, qstr::callable, callable);

fn chr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg(vm, "chr", args, kw)?;
    let i = ops::index_value(vm, v)?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => {
            let mut buf = [0u8; 4];
            new_str(vm, c.encode_utf8(&mut buf))
        }
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}
builtin_fn!(CHR, qstr::chr, chr);

fn ord(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg(vm, "ord", args, kw)?;
    if let Some(s) = str_of(vm, v) {
        let mut chars = s.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(Value::small_int_unchecked(i64::from(c as u32))),
            _ => {
                let n = s.chars().count();
                Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!(
                        "ord() expected a character, but string of length {} found",
                        n
                    ),
                ))
            }
        };
    }
    if let Some(b) = crate::builtins::bytes_methods::bytes_data(v) {
        return match b {
            [x] => Ok(Value::small_int_unchecked(i64::from(*x))),
            _ => Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                ),
            )),
        };
    }
    let tn = vm.type_name(v);
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("ord() expected string of length 1, but {} found", tn),
    ))
}
builtin_fn!(ORD, qstr::ord, ord);

fn min_max(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    want: CompareOp,
    name: &str,
) -> PyResult<Value> {
    only_keywords(vm, name, kw, &[qstr::key, qstr::default])?;
    let key = keyword(vm, kw, qstr::key).filter(|k| !k.is_none());
    let default = keyword(vm, kw, qstr::default);
    if args.is_empty() {
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("{} expected at least 1 argument, got 0", name),
        ));
    }
    if args.len() > 1 && default.is_some() {
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "Cannot specify a default for {}() with multiple positional arguments",
                name
            ),
        ));
    }
    // Iterate the single argument, or the arguments themselves (as a tuple).
    let source = if args.len() == 1 {
        args.first().copied().unwrap_or(Value::NONE)
    } else {
        crate::objects::tuple::new_tuple(vm, args)?
    };
    let it = ops::get_iter(vm, source)?;
    let mut best = Value::NULL;
    let mut best_key = Value::NULL;
    while let Some(v) = ops::iter_next(vm, it)? {
        let k = match key {
            Some(f) => call::call(vm, f, &[v], &[])?,
            None => v,
        };
        if best.is_null() {
            best = v;
            best_key = k;
            continue;
        }
        let better = ops::compare(vm, k, best_key, want)?;
        if ops::truthy(vm, better)? {
            best = v;
            best_key = k;
        }
    }
    if best.is_null() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.new_exception_fmt(
                &exception::VALUE_ERROR,
                format_args!("{}() arg is an empty sequence", name),
            )),
        };
    }
    core::hint::black_box(best_key);
    Ok(best)
}

fn min(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    min_max(vm, args, kw, CompareOp::Lt, "min")
}
builtin_fn!(MIN, qstr::min, min);

fn max(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    min_max(vm, args, kw, CompareOp::Gt, "max")
}
builtin_fn!(MAX, qstr::max, max);

fn sum(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_keywords(vm, "sum", kw, &[qstr::start])?;
    check_count(vm, "sum", args, 1, 2)?;
    let mut acc = args
        .get(1)
        .copied()
        .or_else(|| keyword(vm, kw, qstr::start))
        .unwrap_or(Value::small_int_unchecked(0));
    if crate::objects::str::is_str(vm, acc) {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let start_type = vm.type_of(acc);
    let bytes_like = if is_subtype(start_type, &crate::objects::bytes::BYTES_TYPE) {
        Some("bytes")
    } else if is_subtype(start_type, &super::bytes_methods::BYTEARRAY_TYPE) {
        Some("bytearray")
    } else {
        None
    };
    if let Some(tn) = bytes_like {
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("sum() can't sum {} [use b''.join(seq) instead]", tn),
        ));
    }
    let it = ops::get_iter(vm, args.first().copied().unwrap_or(Value::NONE))?;
    while let Some(v) = ops::iter_next(vm, it)? {
        acc = ops::binary_op(vm, crate::bytecode::opcodes::binary::ADD, acc, v)?;
    }
    Ok(acc)
}
builtin_fn!(SUM, qstr::sum, sum);

fn any(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg(vm, "any", args, kw)?;
    let it = ops::get_iter(vm, v)?;
    while let Some(x) = ops::iter_next(vm, it)? {
        if ops::truthy(vm, x)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}
builtin_fn!(ANY, qstr::any, any);

fn all(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg(vm, "all", args, kw)?;
    let it = ops::get_iter(vm, v)?;
    while let Some(x) = ops::iter_next(vm, it)? {
        if !ops::truthy(vm, x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}
builtin_fn!(ALL_FN, qstr::all, all);

fn sorted(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_keywords(vm, "sorted", kw, &[qstr::key, qstr::reverse])?;
    if args.len() != 1 {
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("sorted expected 1 argument, got {}", args.len()),
        ));
    }
    let l = new_list_with_capacity(vm, 0)?;
    ops::extend_list_from_iterable(vm, l, args.first().copied().unwrap_or(Value::NONE))?;
    let key = keyword(vm, kw, qstr::key).filter(|k| !k.is_none());
    let reverse = match keyword(vm, kw, qstr::reverse) {
        Some(r) => ops::truthy(vm, r)?,
        None => false,
    };
    super::seq::sort_list(vm, l, key, reverse)?;
    Ok(l.as_value())
}
builtin_fn!(SORTED, qstr::sorted, sorted);

pub(crate) fn divmod(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "divmod", kw)?;
    check_count(vm, "divmod", args, 2, 2)?;
    let (a, b) = (
        args.first().copied().unwrap_or(Value::NONE),
        args.get(1).copied().unwrap_or(Value::NONE),
    );
    // Classes defined in Python: __divmod__, then the other side's __rdivmod__.
    use crate::interp::classes::{call_override, find_override};
    let (ta, tb) = (type_of(a), type_of(b));
    if let Some(f) = find_override(vm, ta, qstr::__divmod__)? {
        let r = call_override(vm, f, a, &[b])?;
        if r != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
    }
    if !core::ptr::eq(ta, tb) {
        if let Some(f) = find_override(vm, tb, qstr::__rdivmod__)? {
            let r = call_override(vm, f, b, &[a])?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
    }
    use crate::bytecode::opcodes::binary;
    if (a.is_float() || b.is_float()) && crate::objects::float::to_f64(vm, b)? == Some(0.0) {
        return Err(vm.new_exception(&exception::ZERO_DIVISION_ERROR, "float divmod()"));
    }
    let q = ops::binary_op(vm, binary::FLOOR_DIVIDE, a, b)
        .map_err(|e| rename_divmod_error(vm, e, a, b))?;
    let r = ops::binary_op(vm, binary::MODULO, a, b)?;
    crate::objects::tuple::new_tuple(vm, &[q, r])
}
builtin_fn!(DIVMOD, qstr::divmod, divmod);

fn rename_divmod_error(
    vm: &mut Vm,
    e: crate::interp::PyErr,
    a: Value,
    b: Value,
) -> crate::interp::PyErr {
    if vm.exception_matches(e, &exception::TYPE_ERROR) {
        let (na, nb) = (vm.type_name(a), vm.type_name(b));
        return vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                na, nb
            ),
        );
    }
    e
}

fn pow(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_keywords(vm, "pow", kw, &[qstr::base, qstr::exp, qstr::mod_])?;
    check_count(vm, "pow", args, 2, 3)?;
    let (a, b) = (
        args.first().copied().unwrap_or(Value::NONE),
        args.get(1).copied().unwrap_or(Value::NONE),
    );
    match args.get(2).filter(|m| !m.is_none()) {
        Some(m) => {
            let ints = crate::objects::int::is_int(a) && crate::objects::int::is_int(b);
            if !ints && vm.type_of(a).is_heap() {
                if let Some(r) = attr::call_special_opt(vm, a, qstr::__pow__, &[b, *m])? {
                    if r != Value::NOT_IMPLEMENTED {
                        return Ok(r);
                    }
                }
            }
            let numeric = |v: Value| {
                crate::objects::int::is_int(v)
                    || v.is_float()
                    || core::ptr::eq(
                        crate::interp::typeobj::type_of(v),
                        &crate::builtins::complex_methods::COMPLEX_TYPE,
                    )
            };
            if !numeric(a) || !numeric(b) || !numeric(*m) {
                let (na, nb, nm) = (vm.type_name(a), vm.type_name(b), vm.type_name(*m));
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!(
                        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                        na, nb, nm
                    ),
                ));
            }
            crate::builtins::int_methods::pow_mod(vm, a, b, *m)
        }
        None => ops::binary_op(vm, crate::bytecode::opcodes::binary::POWER, a, b),
    }
}
builtin_fn!(POW, qstr::pow, pow);

pub(crate) fn round(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_keywords(vm, "round", kw, &[qstr::number, qstr::ndigits])?;
    check_count(vm, "round", args, 1, 2)?;
    let v = args.first().copied().unwrap_or(Value::NONE);
    let nd = args
        .get(1)
        .copied()
        .or_else(|| keyword(vm, kw, qstr::ndigits))
        .filter(|n| !n.is_none());
    if crate::objects::int::is_int(v) {
        return crate::builtins::int_methods::round_int(vm, v, nd);
    }
    if v.is_float() {
        return crate::builtins::float_methods::round_float(vm, v.as_f64(), nd);
    }
    let r = match nd {
        Some(n) => attr::call_special_opt(vm, v, qstr::__round__, &[n])?,
        None => attr::call_special_opt(vm, v, qstr::__round__, &[])?,
    };
    match r {
        Some(r) => Ok(r),
        None => {
            let tn = vm.type_name(v);
            Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("type {} doesn't define __round__ method", tn),
            ))
        }
    }
}
builtin_fn!(ROUND, qstr::round, round);

fn radix(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, spec: &str) -> PyResult<Value> {
    let v = one_arg(vm, name, args, kw)?;
    let i = if crate::objects::int::is_int(v) {
        v
    } else {
        let n = ops::index_value(vm, v)?;
        crate::objects::int::int_from_i64(vm, n)?
    };
    let s = new_str(vm, spec)?;
    crate::builtins::str_methods::format_value(vm, i, s)
}

fn hex(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    radix(vm, args, kw, "hex", "#x")
}
builtin_fn!(HEX, qstr::hex, hex);

fn oct(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    radix(vm, args, kw, "oct", "#o")
}
builtin_fn!(OCT, qstr::oct, oct);

fn bin(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    radix(vm, args, kw, "bin", "#b")
}
builtin_fn!(BIN, qstr::bin, bin);

fn format(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "format", kw)?;
    check_count(vm, "format", args, 1, 2)?;
    let v = args.first().copied().unwrap_or(Value::NONE);
    let spec = match args.get(1) {
        Some(s) => *s,
        None => Value::from_qstr(qstr::EMPTY),
    };
    crate::builtins::str_methods::format_value(vm, v, spec)
}
builtin_fn!(FORMAT, qstr::format, format);

fn globals(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.current_globals)
}
builtin_fn!(GLOBALS, qstr::globals, globals);

/// `locals()`: the namespace at module and class level; in a function a new dict of
/// its bound local variables (as CPython, changing it changes no variable).
fn locals(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if let Some(d) = crate::interp::exec::frame_locals(vm)? {
        return Ok(d);
    }
    Ok(if vm.current_locals.is_null() {
        vm.current_globals
    } else {
        vm.current_locals
    })
}
builtin_fn!(LOCALS, qstr::locals, locals);

fn dir(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "dir", kw)?;
    check_count(vm, "dir", args, 0, 1)?;
    let names = match args.first() {
        Some(v) if as_type(*v).is_some() => super::typeinfo::dir_of(vm, *v)?,
        Some(v) => {
            // The object's own __dir__ (object.__dir__ by default), listed and sorted.
            let listed = attr::call_special_opt(vm, *v, qstr::__dir__, &[])?.unwrap_or(Value::NONE);
            let l = new_list_with_capacity(vm, 0)?;
            ops::extend_list_from_iterable(vm, l, listed)?;
            l.as_value()
        }
        None => {
            let d = locals(vm, &[], &[])?;
            super::typeinfo::dict_keys_list(vm, d)?
        }
    };
    let l = Obj::<ListObj>::from_value(names).ok_or_else(|| vm.memory_error())?;
    super::seq::sort_list(vm, l, None, false)?;
    Ok(names)
}
builtin_fn!(DIR, qstr::dir, dir);

fn vars(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "vars", kw)?;
    check_count(vm, "vars", args, 0, 1)?;
    match args.first() {
        None => locals(vm, &[], &[]),
        Some(v) => match attr::lookup_attr(vm, *v, qstr::__dict__)? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}
builtin_fn!(VARS, qstr::vars, vars);

fn input(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "input", kw)?;
    check_count(vm, "input", args, 0, 1)?;
    let prompt = match args.first() {
        Some(p) => {
            let s = ops::str_value(vm, *p)?;
            str_of(vm, s).unwrap_or("")
        }
        None => "",
    };
    match vm.hal.read_line(prompt) {
        Some(line) => crate::objects::str::new_str_from_utf8(vm, &line),
        None => Err(vm.new_exception(&exception::EOF_ERROR, "EOF when reading a line")),
    }
}
builtin_fn!(INPUT, qstr::input, input);

fn exec(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::interp::eval::exec_or_eval(vm, args, kw, false)
}
builtin_fn!(EXEC, qstr::exec, exec);

fn eval(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::interp::eval::exec_or_eval(vm, args, kw, true)
}
builtin_fn!(EVAL, qstr::eval, eval);

fn compile(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::interp::eval::compile_builtin(vm, args, kw)
}
builtin_fn!(COMPILE, qstr::compile, compile);

fn import(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::interp::import::import_builtin(vm, args, kw)
}
builtin_fn!(IMPORT, qstr::__import__, import);

fn open(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    match vm.open_hook {
        Some(f) => f(vm, args, kw),
        None => Err(vm.new_exception(&exception::OS_ERROR, "no filesystem")),
    }
}
builtin_fn!(OPEN, qstr::open, open);

//! Behaviour of `str`: construction, comparison, concatenation and repetition, indexing
//! and slicing by code point, iteration, `%` formatting, `format()` and the methods.

use super::args::{check_count, no_keywords};
use crate::builtin_fn;
use crate::bytecode::opcodes::binary;
use crate::interp::{ops, PyResult, Vm};
use crate::objects::exception;
use crate::objects::list::new_list_with_capacity;
use crate::objects::slice::{resolve, SliceObj};
use crate::objects::str::{is_str, new_str, str_hash, str_of, write_str_repr, StrBuilder, StrObj};
use crate::objects::type_object::{CompareOp, Member, SubscrOp, TypeObject, TypeSlots};
use crate::objects::Obj;
use crate::qstr::{self, Qstr};
use crate::value::Value;

/// The text of `v`, which must be a str (for methods, `self`).
pub fn text<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a str> {
    if let Some(s) = str_of(vm, v) {
        return Ok(s);
    }
    if let Some(b) = crate::interp::typeobj::native_base_of(v) {
        if let Some(s) = str_of(vm, b) {
            return Ok(s);
        }
    }
    let tn = vm.type_name(v);
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("descriptor requires a 'str' object but received a '{}'", tn),
    ))
}

fn str_repr(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let s = text(vm, v)?;
    write_str_repr(vm, s, out)
}

fn str_str(vm: &mut Vm, v: Value, out: &mut StrBuilder) -> PyResult<()> {
    let s = text(vm, v)?;
    out.push_str(vm, s)
}

fn str_hash_slot(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let base = crate::interp::typeobj::native_base_of(v).unwrap_or(v);
    Ok(str_hash(vm, base) as i64)
}

fn str_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
    if !is_str(vm, b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (x, y) = (text(vm, a)?, text(vm, b)?);
    Ok(Value::from_bool(op.test(x.cmp(y))))
}

fn str_binary(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Value> {
    let normal = if (binary::INPLACE_OR..=binary::INPLACE_POWER).contains(&op) {
        op + binary::INPLACE_TO_NORMAL
    } else {
        op
    };
    match normal {
        binary::ADD => {
            if !is_str(vm, b) {
                let tn = vm.type_name(b);
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("can only concatenate str (not \"{}\") to str", tn),
                ));
            }
            let (x, y) = (text(vm, a)?, text(vm, b)?);
            let mut sb = StrBuilder::new();
            sb.push_str(vm, x)?;
            sb.push_str(vm, y)?;
            sb.finish(vm)
        }
        binary::MULTIPLY => repeat(vm, a, b),
        binary::MODULO => crate::builtins::str_format::percent_format(vm, a, b),
        o if o >= ops::REVERSE_BASE && o - ops::REVERSE_BASE + binary::OR == binary::MULTIPLY => {
            repeat(vm, a, b)
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn repeat(vm: &mut Vm, s: Value, n: Value) -> PyResult<Value> {
    if !crate::objects::int::is_int(n) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let count = ops::index_value(vm, n)?.max(0) as usize;
    let t = text(vm, s)?;
    let total = t
        .len()
        .checked_mul(count)
        .ok_or_else(|| vm.memory_error())?;
    let mut b = StrBuilder::new();
    if !b.reserve(total) {
        return Err(vm.memory_error());
    }
    for _ in 0..count {
        b.push_str(vm, t)?;
    }
    b.finish(vm)
}

fn str_len(vm: &mut Vm, v: Value) -> PyResult<usize> {
    if let Some(o) = Obj::<StrObj>::from_value(v) {
        return Ok(o.char_len());
    }
    Ok(text(vm, v)?.chars().count())
}

/// The `i`-th code point of `s` (ASCII strings index directly).
fn char_at(s: &str, ascii: bool, i: usize) -> Option<&str> {
    if ascii {
        return s.get(i..i + 1);
    }
    let (start, c) = s.char_indices().nth(i)?;
    s.get(start..start + c.len_utf8())
}

fn str_subscr(vm: &mut Vm, v: Value, index: Value, op: SubscrOp) -> PyResult<Value> {
    if op != SubscrOp::Load {
        return Err(vm.type_error("'str' object does not support item assignment"));
    }
    let s = text(vm, v)?;
    let ascii = s.is_ascii();
    let n = if ascii { s.len() } else { s.chars().count() };
    if let Some(sl) = Obj::<SliceObj>::from_value(index) {
        let idx = resolve(vm, sl, n)?;
        let mut b = StrBuilder::new();
        if idx.step == 1 && ascii {
            let start = idx.start.max(0) as usize;
            b.push_str(vm, s.get(start..start + idx.count).unwrap_or(""))?;
        } else {
            for k in 0..idx.count {
                b.push_str(vm, char_at(s, ascii, idx.index(k)).unwrap_or(""))?;
            }
        }
        return b.finish(vm);
    }
    let i = super::seq::normalize_index(vm, index, n, "string")?;
    let c = char_at(s, ascii, i).unwrap_or("");
    new_str(vm, c)
}

fn str_contains(vm: &mut Vm, v: Value, needle: Value) -> PyResult<bool> {
    let Some(n) = str_of(vm, needle) else {
        let tn = vm.type_name(needle);
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("'in <string>' requires string as left operand, not {}", tn),
        ));
    };
    Ok(text(vm, v)?.contains(n))
}

fn str_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let base = crate::interp::typeobj::native_base_of(v).unwrap_or(v);
    super::iterators::new_str_iterator(vm, base)
}

fn str_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    check_count(vm, "str", args, 0, 3)?;
    let encoding = super::args::arg_or_keyword(vm, args, kw, 1, qstr::encoding);
    match args.first() {
        None => Ok(Value::from_qstr(qstr::EMPTY)),
        Some(v) if encoding.is_some() || args.len() > 1 => {
            let data = super::bytes_methods::bytes_data(*v)
                .ok_or_else(|| vm.type_error("decoding str is not supported"))?;
            crate::objects::str::new_str_from_utf8(vm, data)
        }
        Some(v) => ops::str_value(vm, *v),
    }
}

/// `format(value, spec)`: calls `__format__` semantics for the built-in types.
pub fn format_value(vm: &mut Vm, v: Value, spec: Value) -> PyResult<Value> {
    let spec_s = str_of(vm, spec).ok_or_else(|| vm.type_error("format spec must be a str"))?;
    crate::builtins::str_format::format_with_spec(vm, v, spec_s)
}

fn self_text<'a>(vm: &mut Vm, args: &[Value]) -> PyResult<&'a str> {
    text(vm, args.first().copied().unwrap_or(Value::NONE))
}

fn m_join(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(vm, "join", kw)?;
    check_count(vm, "join", args, 2, 2)?;
    let sep = self_text(vm, args)?;
    let items = new_list_with_capacity(vm, 0)?;
    ops::extend_list_from_iterable(vm, items, args.get(1).copied().unwrap_or(Value::NONE))?;
    let mut b = StrBuilder::new();
    for i in 0..items.len() {
        let x = items.get().get(i).unwrap_or(Value::NONE);
        let Some(s) = str_of(vm, x)
            .or_else(|| crate::interp::typeobj::native_base_of(x).and_then(|b| str_of(vm, b)))
        else {
            let tn = vm.type_name(x);
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("sequence item {}: expected str instance, {} found", i, tn),
            ));
        };
        if i > 0 {
            b.push_str(vm, sep)?;
        }
        b.push_str(vm, s)?;
    }
    b.finish(vm)
}
builtin_fn!(STR_JOIN, qstr::join, m_join);

fn m_format(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let fmt = self_text(vm, args)?;
    crate::builtins::str_format::str_format(vm, fmt, args.get(1..).unwrap_or(&[]), kw)
}
builtin_fn!(STR_FORMAT, qstr::format, m_format);

pub static STR_SLOTS: TypeSlots = TypeSlots {
    make_new: Some(str_make_new),
    repr: Some(str_repr),
    str: Some(str_str),
    hash: Some(str_hash_slot),
    compare: Some(str_compare),
    binary_op: Some(str_binary),
    len: Some(str_len),
    subscr: Some(str_subscr),
    contains: Some(str_contains),
    iter: Some(str_iter),
    ..TypeSlots::EMPTY
};

pub static STR_MEMBERS: &[(Qstr, Member)] = &[
    (qstr::join, Member::Method(&STR_JOIN)),
    (qstr::format, Member::Method(&STR_FORMAT)),
];

//! Behaviour of `str`: construction, comparison, concatenation and repetition, indexing
//! and slicing by code point, iteration, the dunder methods, and the methods that
//! transform or classify a whole string (case mappings, `is*()` predicates, padding,
//! `expandtabs`, `encode`, `translate`/`maketrans`, `join`, `format`). Searching and
//! splitting live in `str_search`, formatting in `str_format`, Unicode data in
//! `str_unicode`.
//!
//! Also the shared plumbing of all str methods: [`Text`] (a str operand with its
//! code-point length, so ASCII strings index bytes directly) and CPython's argument
//! checking messages.

use super::str_unicode as uni;
use crate::builtin_fn;
use crate::bytecode::opcodes::binary;
use crate::interp::{ops, PyErr, PyResult, Vm};
use crate::objects::exception;
use crate::objects::list::{new_list_with_capacity, ListObj, LIST_TYPE};
use crate::objects::slice::{resolve, SliceObj};
use crate::objects::str::{is_str, new_str, str_of, write_str_repr, StrBuilder, StrObj};
use crate::objects::tuple::{TupleObj, TUPLE_TYPE};
use crate::objects::type_object::{CompareOp, Member, SubscrOp, TypeObject, TypeSlots};
use crate::objects::Obj;
use crate::qstr::{self, Qstr};
use crate::value::Value;

// ---- operands and arguments -------------------------------------------------------------

/// A str operand: its UTF-8 text and its length in code points. When the two lengths
/// agree the text is ASCII and code-point indices are byte indices.
#[derive(Clone, Copy, Debug)]
pub struct Text<'a> {
    pub s: &'a str,
    pub len: usize,
}

impl<'a> Text<'a> {
    pub fn new(s: &'a str) -> Text<'a> {
        Text {
            s,
            len: char_count(s),
        }
    }

    pub fn is_ascii(&self) -> bool {
        self.len == self.s.len()
    }

    /// Byte offset of code point `i` (the end of the text for `i >= len`).
    pub fn byte_at(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i.min(self.s.len());
        }
        if i >= self.len {
            return self.s.len();
        }
        if i > self.len / 2 {
            // Walk from the end: fewer steps for indices in the second half.
            let back = self.len - i;
            return self
                .s
                .char_indices()
                .rev()
                .nth(back - 1)
                .map_or(0, |(b, _)| b);
        }
        self.s
            .char_indices()
            .nth(i)
            .map_or(self.s.len(), |(b, _)| b)
    }

    /// The text of code points `start..end` (clamped).
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        let bs = self.byte_at(start);
        let be = if self.is_ascii() {
            end.min(self.s.len())
        } else {
            let tail = self.s.get(bs..).unwrap_or("");
            let n = end.saturating_sub(start);
            bs + tail.char_indices().nth(n).map_or(tail.len(), |(b, _)| b)
        };
        self.s.get(bs..be.max(bs)).unwrap_or("")
    }
}

/// The number of code points in `s`.
pub fn char_count(s: &str) -> usize {
    s.chars().count()
}

/// The text of a str value (qstr, heap str, or an instance of a str subclass).
pub fn text_of<'a>(vm: &Vm, v: Value) -> Option<Text<'a>> {
    if let Some(o) = Obj::<StrObj>::from_value(v) {
        let o = o.get();
        return Some(Text {
            s: o.as_str(),
            len: o.char_len(),
        });
    }
    if let Some(q) = v.as_qstr() {
        return Some(Text::new(vm.qstr_str(q)));
    }
    crate::interp::typeobj::native_base_of(v).and_then(|b| text_of(vm, b))
}

/// The text of a str value without its length (cheaper than [`text_of`] for qstrs).
pub fn str_text<'a>(vm: &Vm, v: Value) -> Option<&'a str> {
    str_of(vm, v).or_else(|| crate::interp::typeobj::native_base_of(v).and_then(|b| str_of(vm, b)))
}

/// The text of `v`, which must be a str (for methods, `self`).
pub fn text<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a str> {
    match str_text(vm, v) {
        Some(t) => Ok(t),
        None => {
            let tn = vm.type_name(v);
            Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("descriptor requires a 'str' object but received a '{}'", tn),
            ))
        }
    }
}

/// `self` of method `name` (args[0]) as text.
pub fn self_text<'a>(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Text<'a>> {
    let v = args.first().copied().unwrap_or(Value::NONE);
    match text_of(vm, v) {
        Some(t) => Ok(t),
        None => {
            let tn = vm.type_name(v);
            Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!(
                    "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
                    name, tn
                ),
            ))
        }
    }
}

/// `self` unchanged when it is exactly a str, else a plain str copy of its text (CPython
/// returns exact strs from methods even on subclass instances).
pub fn self_or_copy(vm: &mut Vm, v: Value, text: &str) -> PyResult<Value> {
    if v.is_qstr() || Obj::<StrObj>::from_value(v).is_some() {
        Ok(v)
    } else {
        new_str(vm, text)
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn no_keywords_for(vm: &mut Vm, name: &str, kw: &[Value]) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("str.{}() takes no keyword arguments", name),
    ))
}

/// A method without arguments.
pub fn no_args(vm: &mut Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<()> {
    no_keywords_for(vm, name, kw)?;
    let n = args.len().saturating_sub(1);
    if n == 0 {
        return Ok(());
    }
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("str.{}() takes no arguments ({} given)", name, n),
    ))
}

/// A method taking exactly one positional argument; returns it.
pub fn one_arg(vm: &mut Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords_for(vm, name, kw)?;
    match args {
        [_, x] => Ok(*x),
        _ => {
            let n = args.len().saturating_sub(1);
            Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("str.{}() takes exactly one argument ({} given)", name, n),
            ))
        }
    }
}

/// Positional-only arguments checked the argument-clinic way
/// ("center expected at least 1 argument, got 0"); returns them without `self`.
pub fn positional<'v>(
    vm: &mut Vm,
    name: &str,
    args: &'v [Value],
    kw: &[Value],
    min: usize,
    max: usize,
) -> PyResult<&'v [Value]> {
    no_keywords_for(vm, name, kw)?;
    let rest = args.get(1..).unwrap_or(&[]);
    let n = rest.len();
    if n < min {
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "{} expected at least {} argument{}, got {}",
                name,
                min,
                plural(min),
                n
            ),
        ));
    }
    if n > max {
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "{} expected at most {} argument{}, got {}",
                name,
                max,
                plural(max),
                n
            ),
        ));
    }
    Ok(rest)
}

/// Positional arguments checked the old varargs way ("find() takes at least 1 argument
/// (0 given)"); returns them without `self`.
pub fn varargs<'v>(
    vm: &mut Vm,
    name: &str,
    args: &'v [Value],
    kw: &[Value],
    min: usize,
    max: usize,
) -> PyResult<&'v [Value]> {
    no_keywords_for(vm, name, kw)?;
    let rest = args.get(1..).unwrap_or(&[]);
    let n = rest.len();
    let (which, bound) = if n < min {
        ("least", min)
    } else if n > max {
        ("most", max)
    } else {
        return Ok(rest);
    };
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!(
            "{}() takes at {} {} argument{} ({} given)",
            name,
            which,
            bound,
            plural(bound),
            n
        ),
    ))
}

/// Arguments that may also be passed by keyword, in the order of `names`; missing ones
/// are `None`.
pub fn with_keywords<const N: usize>(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
    names: [Qstr; N],
) -> PyResult<[Option<Value>; N]> {
    let rest = args.get(1..).unwrap_or(&[]);
    if rest.len() > N {
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "{}() takes at most {} argument{} ({} given)",
                name,
                N,
                plural(N),
                rest.len()
            ),
        ));
    }
    let mut out = [None; N];
    for (slot, v) in out.iter_mut().zip(rest) {
        *slot = Some(*v);
    }
    for pair in kw.chunks(2) {
        let (Some(&k), Some(&v)) = (pair.first(), pair.get(1)) else {
            continue;
        };
        let key = str_of(vm, k).unwrap_or("?");
        let Some(i) = names.iter().position(|q| vm.qstr_str(*q) == key) else {
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("'{}' is an invalid keyword argument for {}()", key, name),
            ));
        };
        if i < rest.len() {
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!(
                    "argument for {}() given by name ('{}') and position ({})",
                    name,
                    key,
                    i + 1
                ),
            ));
        }
        if let Some(slot) = out.get_mut(i) {
            *slot = Some(v);
        }
    }
    Ok(out)
}

/// An argument that must be a str: "must be str, not int".
pub fn str_operand<'a>(vm: &mut Vm, v: Value) -> PyResult<Text<'a>> {
    match text_of(vm, v) {
        Some(t) => Ok(t),
        None => {
            let tn = vm.type_name(v);
            Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("must be str, not {}", tn),
            ))
        }
    }
}

/// An integer argument converted like CPython's `Py_ssize_t` parameters.
pub fn ssize_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Some(i) = crate::objects::int::int_as_i128(v) {
        return i64::try_from(i).map_err(|_| {
            vm.new_exception(
                &exception::OVERFLOW_ERROR,
                "Python int too large to convert to C ssize_t",
            )
        });
    }
    if crate::objects::int::is_int(v) {
        return Err(vm.new_exception(
            &exception::OVERFLOW_ERROR,
            "Python int too large to convert to C ssize_t",
        ));
    }
    ops::index_value(vm, v)
}

// ---- slots --------------------------------------------------------------------------------

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
    Ok(crate::objects::str::str_hash_full(vm, base) as i64)
}

fn str_compare(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (str_text(vm, a), str_text(vm, b)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if !is_str(vm, b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    Ok(Value::from_bool(op.test(x.cmp(y))))
}

fn concat(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let Some(y) = str_text(vm, b) else {
        let tn = vm.type_name(b);
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("can only concatenate str (not \"{}\") to str", tn),
        ));
    };
    let x = text(vm, a)?;
    if y.is_empty() {
        return self_or_copy(vm, a, x);
    }
    let mut sb = StrBuilder::new();
    if !sb.reserve(vm, x.len() + y.len()) {
        return Err(vm.memory_error());
    }
    sb.push_str(vm, x)?;
    sb.push_str(vm, y)?;
    sb.finish(vm)
}

fn str_binary(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Value> {
    let normal = if (binary::INPLACE_OR..=binary::INPLACE_POWER).contains(&op) {
        op + binary::INPLACE_TO_NORMAL
    } else {
        op
    };
    match normal {
        binary::ADD => concat(vm, a, b),
        binary::MULTIPLY => repeat(vm, a, b),
        binary::MODULO => super::str_format::percent_format(vm, a, b),
        o if o >= ops::REVERSE_BASE && o - ops::REVERSE_BASE + binary::OR == binary::MULTIPLY => {
            repeat(vm, a, b)
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

/// `s * n`. Instances of Python classes without `__index__` get NotImplemented (they may
/// implement `__rmul__`); other non-integers are an error, as in CPython.
fn repeat(vm: &mut Vm, s: Value, n: Value) -> PyResult<Value> {
    if !crate::objects::int::is_int(n) {
        let t = vm.type_of(n);
        let indexable =
            t.is_heap() && crate::interp::classes::find_override(vm, t, qstr::__index__)?.is_some();
        if !indexable {
            if t.is_heap() {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            let tn = vm.type_name(n);
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("can't multiply sequence by non-int of type '{}'", tn),
            ));
        }
    }
    let count = repeat_count(vm, n)?;
    repeat_n(vm, s, count)
}

/// A repetition count: negative counts mean zero; too big for an index is an
/// OverflowError.
fn repeat_count(vm: &mut Vm, n: Value) -> PyResult<usize> {
    let count = ops::index_value(vm, n).map_err(|e| {
        if vm.exception_matches(e, &exception::INDEX_ERROR) {
            vm.new_exception(
                &exception::OVERFLOW_ERROR,
                "cannot fit 'int' into an index-sized integer",
            )
        } else {
            e
        }
    })?;
    Ok(count.max(0) as usize)
}

fn repeat_n(vm: &mut Vm, s: Value, count: usize) -> PyResult<Value> {
    let t = text(vm, s)?;
    if count == 1 {
        return self_or_copy(vm, s, t);
    }
    let Some(total) = t
        .len()
        .checked_mul(count)
        .filter(|&n| n <= isize::MAX as usize)
    else {
        return Err(vm.new_exception(&exception::OVERFLOW_ERROR, "repeated string is too long"));
    };
    let mut b = StrBuilder::new();
    if !b.reserve(vm, total) {
        return Err(vm.memory_error());
    }
    for _ in 0..count {
        b.push_str(vm, t)?;
    }
    b.finish(vm)
}

fn str_len(vm: &mut Vm, v: Value) -> PyResult<usize> {
    match text_of(vm, v) {
        Some(t) => Ok(t.len),
        None => Ok(char_count(text(vm, v)?)),
    }
}

fn str_subscr(vm: &mut Vm, v: Value, index: Value, op: SubscrOp) -> PyResult<Value> {
    if op != SubscrOp::Load {
        return Err(vm.type_error("'str' object does not support item assignment"));
    }
    let t = self_text(vm, &[v], "__getitem__")?;
    if let Some(sl) = Obj::<SliceObj>::from_value(index) {
        let idx = resolve(vm, sl, t.len)?;
        let start = idx.start.max(0) as usize;
        if idx.step == 1 {
            if start == 0 && idx.count == t.len {
                return self_or_copy(vm, v, t.s);
            }
            return new_str(vm, t.slice(start, start + idx.count));
        }
        let mut b = StrBuilder::new();
        if t.is_ascii() {
            if !b.reserve(vm, idx.count) {
                return Err(vm.memory_error());
            }
            let bytes = t.s.as_bytes();
            for k in 0..idx.count {
                let c = bytes.get(idx.index(k)).copied().unwrap_or(b'?');
                b.push_char(vm, char::from(c))?;
            }
        } else if idx.step > 0 {
            let step = idx.step as usize;
            let from = t.byte_at(start);
            let tail = t.s.get(from..).unwrap_or("");
            for c in tail.chars().step_by(step).take(idx.count) {
                b.push_char(vm, c)?;
            }
        } else if idx.count > 0 {
            let step = idx.step.unsigned_abs() as usize;
            let to = t.byte_at(start + 1);
            let head = t.s.get(..to).unwrap_or("");
            for c in head.chars().rev().step_by(step).take(idx.count) {
                b.push_char(vm, c)?;
            }
        }
        return b.finish(vm);
    }
    let i = ops::index_value(vm, index).map_err(|e| {
        if vm.exception_matches(e, &exception::TYPE_ERROR) {
            let tn = vm.type_name(index);
            vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("string indices must be integers, not '{}'", tn),
            )
        } else {
            e
        }
    })?;
    let j = if i < 0 { i + t.len as i64 } else { i };
    if j < 0 || j >= t.len as i64 {
        return Err(vm.new_exception(&exception::INDEX_ERROR, "string index out of range"));
    }
    let j = j as usize;
    new_str(vm, t.slice(j, j + 1))
}

fn str_contains(vm: &mut Vm, v: Value, needle: Value) -> PyResult<bool> {
    let Some(n) = str_text(vm, needle) else {
        let tn = vm.type_name(needle);
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("'in <string>' requires string as left operand, not {}", tn),
        ));
    };
    let hay = text(vm, v)?;
    Ok(match n.as_bytes() {
        [b] => hay.as_bytes().contains(b),
        _ => hay.contains(n),
    })
}

fn str_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let base = crate::interp::typeobj::native_base_of(v).unwrap_or(v);
    super::iterators::new_str_iterator(vm, base)
}

// ---- construction -------------------------------------------------------------------------

fn str_make_new(
    vm: &mut Vm,
    _: &'static TypeObject,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    let mut full = [Value::NONE; 4];
    let n = args.len().min(3);
    for (slot, v) in full.iter_mut().skip(1).zip(args.iter().take(n)) {
        *slot = *v;
    }
    if args.len() > 3 {
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "str() takes at most 3 arguments ({} given)",
                args.len() + kw.len() / 2
            ),
        ));
    }
    let [object, encoding, errors] = with_keywords(
        vm,
        "str",
        full.get(..n + 1).unwrap_or(&[]),
        kw,
        [qstr::object, qstr::encoding, qstr::errors],
    )?;
    let Some(object) = object else {
        return Ok(Value::from_qstr(qstr::EMPTY));
    };
    if encoding.is_none() && errors.is_none() {
        return ops::str_value(vm, object);
    }
    for (what, v) in [("encoding", encoding), ("errors", errors)] {
        if let Some(v) = v {
            if !is_str(vm, v) {
                let tn = vm.type_name(v);
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("str() argument '{}' must be str, not {}", what, tn),
                ));
            }
        }
    }
    if is_str(vm, object) {
        return Err(vm.type_error("decoding str is not supported"));
    }
    if super::bytes_methods::bytes_data(object).is_none() {
        let tn = vm.type_name(object);
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("decoding to str: need a bytes-like object, {} found", tn),
        ));
    }
    let encoding = encoding.unwrap_or(Value::from_qstr(qstr::utf_dash_8));
    let errors = errors.unwrap_or(Value::from_qstr(qstr::strict));
    crate::interp::attr::call_method(vm, object, qstr::decode, &[encoding, errors])
}

/// `format(value, spec)`: calls `__format__` semantics for the built-in types.
pub fn format_value(vm: &mut Vm, v: Value, spec: Value) -> PyResult<Value> {
    let spec_s = str_of(vm, spec).ok_or_else(|| vm.type_error("format spec must be a str"))?;
    super::str_format::format_with_spec(vm, v, spec_s)
}

// ---- dunder methods -----------------------------------------------------------------------

fn binary_dunder(vm: &mut Vm, args: &[Value], name: &str, op: u8) -> PyResult<Value> {
    let [a, b] = *args else {
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("expected 1 argument, got {}", args.len().saturating_sub(1)),
        ));
    };
    self_text(vm, args, name)?;
    match op {
        binary::ADD => concat(vm, a, b),
        binary::MULTIPLY => {
            let n = repeat_count(vm, b)?;
            repeat_n(vm, a, n)
        }
        _ => super::str_format::percent_format(vm, a, b),
    }
}

fn m_add(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    binary_dunder(vm, args, "__add__", binary::ADD)
}
builtin_fn!(STR_ADD, qstr::__add__, m_add);

fn m_mul(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    binary_dunder(vm, args, "__mul__", binary::MULTIPLY)
}
builtin_fn!(STR_MUL, qstr::__mul__, m_mul);
builtin_fn!(STR_RMUL, qstr::__rmul__, m_mul);

fn m_mod(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    binary_dunder(vm, args, "__mod__", binary::MODULO)
}
builtin_fn!(STR_MOD, qstr::__mod__, m_mod);

fn compare_dunder(vm: &mut Vm, args: &[Value], name: &str, op: CompareOp) -> PyResult<Value> {
    let [a, b] = *args else {
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("expected 1 argument, got {}", args.len().saturating_sub(1)),
        ));
    };
    self_text(vm, args, name)?;
    str_compare(vm, a, b, op)
}

fn m_eq(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare_dunder(vm, args, "__eq__", CompareOp::Eq)
}
builtin_fn!(STR_EQ, qstr::__eq__, m_eq);

fn m_ne(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare_dunder(vm, args, "__ne__", CompareOp::Ne)
}
builtin_fn!(STR_NE, qstr::__ne__, m_ne);

fn m_lt(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare_dunder(vm, args, "__lt__", CompareOp::Lt)
}
builtin_fn!(STR_LT, qstr::__lt__, m_lt);

fn m_le(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare_dunder(vm, args, "__le__", CompareOp::Le)
}
builtin_fn!(STR_LE, qstr::__le__, m_le);

fn m_gt(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare_dunder(vm, args, "__gt__", CompareOp::Gt)
}
builtin_fn!(STR_GT, qstr::__gt__, m_gt);

fn m_ge(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare_dunder(vm, args, "__ge__", CompareOp::Ge)
}
builtin_fn!(STR_GE, qstr::__ge__, m_ge);

fn m_contains(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let needle = one_arg(vm, "__contains__", args, kw)?;
    let v = args.first().copied().unwrap_or(Value::NONE);
    self_text(vm, args, "__contains__")?;
    Ok(Value::from_bool(str_contains(vm, v, needle)?))
}
builtin_fn!(STR_CONTAINS, qstr::__contains__, m_contains);

fn m_len(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, "__len__", args, kw)?;
    let t = self_text(vm, args, "__len__")?;
    crate::objects::int::int_from_i128(vm, t.len as i128)
}
builtin_fn!(STR_LEN, qstr::__len__, m_len);

fn m_getitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let index = one_arg(vm, "__getitem__", args, kw)?;
    let v = args.first().copied().unwrap_or(Value::NONE);
    str_subscr(vm, v, index, SubscrOp::Load)
}
builtin_fn!(STR_GETITEM, qstr::__getitem__, m_getitem);

fn m_hash(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, "__hash__", args, kw)?;
    self_text(vm, args, "__hash__")?;
    let h = str_hash_slot(vm, args.first().copied().unwrap_or(Value::NONE))?;
    crate::objects::int::int_from_i128(vm, i128::from(h))
}
builtin_fn!(STR_HASH, qstr::__hash__, m_hash);

fn m_iter(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, "__iter__", args, kw)?;
    self_text(vm, args, "__iter__")?;
    str_iter(vm, args.first().copied().unwrap_or(Value::NONE))
}
builtin_fn!(STR_ITER, qstr::__iter__, m_iter);

fn m_str(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, "__str__", args, kw)?;
    let t = self_text(vm, args, "__str__")?;
    self_or_copy(vm, args.first().copied().unwrap_or(Value::NONE), t.s)
}
builtin_fn!(STR_STR, qstr::__str__, m_str);

fn m_repr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, "__repr__", args, kw)?;
    let t = self_text(vm, args, "__repr__")?;
    let mut b = StrBuilder::new();
    write_str_repr(vm, t.s, &mut b)?;
    b.finish(vm)
}
builtin_fn!(STR_REPR, qstr::__repr__, m_repr);

fn m_format_dunder(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let spec = one_arg(vm, "__format__", args, kw)?;
    let t = self_text(vm, args, "__format__")?;
    let Some(spec) = text_of(vm, spec) else {
        let tn = vm.type_name(spec);
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("__format__() argument must be str, not {}", tn),
        ));
    };
    let plain = new_str(vm, t.s)?;
    super::str_format::format_with_spec(vm, plain, spec.s)
}
builtin_fn!(STR_FORMAT_DUNDER, qstr::__format__, m_format_dunder);

// ---- case mappings ------------------------------------------------------------------------

/// A fallible UTF-8 buffer for results built a character at a time (cheaper per
/// character than `StrBuilder`).
pub struct Utf8Out {
    buf: alloc::vec::Vec<u8>,
}

impl Utf8Out {
    pub fn with_capacity(vm: &Vm, n: usize) -> PyResult<Utf8Out> {
        let mut buf = alloc::vec::Vec::new();
        buf.try_reserve(n).map_err(|_| vm.memory_error())?;
        Ok(Utf8Out { buf })
    }

    #[inline]
    pub fn push_byte(&mut self, vm: &Vm, b: u8) -> PyResult<()> {
        if self.buf.len() == self.buf.capacity() {
            let more = self.buf.len().max(16);
            self.buf.try_reserve(more).map_err(|_| vm.memory_error())?;
        }
        self.buf.push(b);
        Ok(())
    }

    #[inline]
    pub fn push_char(&mut self, vm: &Vm, c: char) -> PyResult<()> {
        let mut tmp = [0u8; 4];
        for &b in c.encode_utf8(&mut tmp).as_bytes() {
            self.push_byte(vm, b)?;
        }
        Ok(())
    }

    pub fn push_str(&mut self, vm: &Vm, s: &str) -> PyResult<()> {
        self.buf
            .try_reserve(s.len())
            .map_err(|_| vm.memory_error())?;
        self.buf.extend_from_slice(s.as_bytes());
        Ok(())
    }

    pub fn finish(&self, vm: &mut Vm) -> PyResult<Value> {
        let s = core::str::from_utf8(&self.buf).map_err(|_| vm.memory_error())?;
        new_str(vm, s)
    }
}

fn push_mapped(vm: &Vm, out: &mut Utf8Out, m: uni::Mapped) -> PyResult<()> {
    for &c in m.chars() {
        out.push_char(vm, c)?;
    }
    Ok(())
}

/// The lowercase of the character at byte `at` of `s` (capital sigma depends on context).
fn push_lower_at(vm: &Vm, out: &mut Utf8Out, s: &str, at: usize, c: char) -> PyResult<()> {
    if c == 'Σ' {
        let before = s.get(..at).unwrap_or("").chars().rev();
        let after = s.get(at + c.len_utf8()..).unwrap_or("").chars();
        return out.push_char(vm, uni::lower_sigma(before, after));
    }
    push_mapped(vm, out, uni::to_lower(c))
}

/// An ASCII string with every byte mapped by `f`.
fn map_ascii(vm: &mut Vm, s: &str, f: impl Fn(usize, u8) -> u8) -> PyResult<Value> {
    let mut buf: alloc::vec::Vec<u8> = alloc::vec::Vec::new();
    crate::objects::bytes::reserve_buffer(vm, &mut buf, s.len())?;
    buf.extend(s.bytes().enumerate().map(|(i, b)| f(i, b)));
    let out = core::str::from_utf8(&buf).map_err(|_| vm.memory_error())?;
    new_str(vm, out)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CaseOp {
    Upper,
    Lower,
    Swap,
    Capitalize,
    Title,
    Fold,
}

fn change_case(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    op: CaseOp,
) -> PyResult<Value> {
    no_args(vm, name, args, kw)?;
    let t = self_text(vm, args, name)?;
    let s = t.s;
    if t.is_ascii() {
        if op == CaseOp::Title {
            return title_ascii(vm, s);
        }
        return map_ascii(vm, s, |i, b| match op {
            CaseOp::Upper => b.to_ascii_uppercase(),
            CaseOp::Swap if b.is_ascii_uppercase() => b.to_ascii_lowercase(),
            CaseOp::Swap => b.to_ascii_uppercase(),
            CaseOp::Capitalize if i == 0 => b.to_ascii_uppercase(),
            CaseOp::Lower | CaseOp::Fold | CaseOp::Capitalize | CaseOp::Title => {
                b.to_ascii_lowercase()
            }
        });
    }
    let mut out = Utf8Out::with_capacity(vm, s.len())?;
    let mut prev_cased = false;
    let bytes = s.as_bytes();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if b < 0x80 {
            let upper = match op {
                CaseOp::Upper => true,
                CaseOp::Lower | CaseOp::Fold => false,
                CaseOp::Swap => b.is_ascii_lowercase(),
                CaseOp::Capitalize => at == 0,
                CaseOp::Title => !prev_cased,
            };
            prev_cased = b.is_ascii_alphabetic();
            let mapped = if upper {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            };
            out.push_byte(vm, mapped)?;
            at += 1;
            continue;
        }
        let Some(c) = s.get(at..).and_then(|r| r.chars().next()) else {
            break;
        };
        match op {
            CaseOp::Upper => push_mapped(vm, &mut out, uni::to_upper(c))?,
            CaseOp::Lower => push_lower_at(vm, &mut out, s, at, c)?,
            CaseOp::Fold => push_mapped(vm, &mut out, uni::casefold(c))?,
            CaseOp::Swap => {
                if uni::is_upper(c) {
                    push_lower_at(vm, &mut out, s, at, c)?
                } else if uni::is_lower(c) {
                    push_mapped(vm, &mut out, uni::to_upper(c))?
                } else {
                    out.push_char(vm, c)?
                }
            }
            CaseOp::Capitalize => {
                if at == 0 {
                    push_mapped(vm, &mut out, uni::to_title(c))?
                } else {
                    push_lower_at(vm, &mut out, s, at, c)?
                }
            }
            CaseOp::Title => {
                if prev_cased {
                    push_lower_at(vm, &mut out, s, at, c)?
                } else {
                    push_mapped(vm, &mut out, uni::to_title(c))?
                }
                prev_cased = uni::is_cased(c);
            }
        }
        at += c.len_utf8();
    }
    out.finish(vm)
}

fn title_ascii(vm: &mut Vm, s: &str) -> PyResult<Value> {
    let mut prev_cased = false;
    let mut buf: alloc::vec::Vec<u8> = alloc::vec::Vec::new();
    crate::objects::bytes::reserve_buffer(vm, &mut buf, s.len())?;
    for b in s.bytes() {
        buf.push(if prev_cased {
            b.to_ascii_lowercase()
        } else {
            b.to_ascii_uppercase()
        });
        prev_cased = b.is_ascii_alphabetic();
    }
    let out = core::str::from_utf8(&buf).map_err(|_| vm.memory_error())?;
    new_str(vm, out)
}

fn m_upper(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    change_case(vm, args, kw, "upper", CaseOp::Upper)
}
builtin_fn!(STR_UPPER, qstr::upper, m_upper);

fn m_lower(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    change_case(vm, args, kw, "lower", CaseOp::Lower)
}
builtin_fn!(STR_LOWER, qstr::lower, m_lower);

fn m_swapcase(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    change_case(vm, args, kw, "swapcase", CaseOp::Swap)
}
builtin_fn!(STR_SWAPCASE, qstr::swapcase, m_swapcase);

fn m_capitalize(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    change_case(vm, args, kw, "capitalize", CaseOp::Capitalize)
}
builtin_fn!(STR_CAPITALIZE, qstr::capitalize, m_capitalize);

fn m_title(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    change_case(vm, args, kw, "title", CaseOp::Title)
}
builtin_fn!(STR_TITLE, qstr::title, m_title);

fn m_casefold(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    change_case(vm, args, kw, "casefold", CaseOp::Fold)
}
builtin_fn!(STR_CASEFOLD, qstr::casefold, m_casefold);

// ---- predicates ---------------------------------------------------------------------------

fn predicate(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: fn(&str) -> bool,
) -> PyResult<Value> {
    no_args(vm, name, args, kw)?;
    let t = self_text(vm, args, name)?;
    Ok(Value::from_bool(f(t.s)))
}

fn all_chars(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

fn is_upper_text(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if uni::is_lower(c) || uni::is_title(c) {
            return false;
        }
        cased = cased || uni::is_upper(c);
    }
    cased
}

fn is_lower_text(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if uni::is_upper(c) || uni::is_title(c) {
            return false;
        }
        cased = cased || uni::is_lower(c);
    }
    cased
}

fn is_title_text(s: &str) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for c in s.chars() {
        if uni::is_upper(c) || uni::is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if uni::is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `str.isidentifier`: XID_Start (or `_`) then XID_Continue characters.
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(uni::is_xid_start) && chars.all(uni::is_xid_continue)
}

macro_rules! str_predicate {
    ($static_name:ident, $q:ident, $fname:ident, $test:expr) => {
        fn $fname(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
            predicate(vm, args, kw, stringify!($q), $test)
        }
        builtin_fn!($static_name, qstr::$q, $fname);
    };
}

str_predicate!(STR_ISALPHA, isalpha, m_isalpha, |s| all_chars(
    s,
    uni::is_alpha
));
str_predicate!(STR_ISDIGIT, isdigit, m_isdigit, |s| all_chars(
    s,
    uni::is_digit
));
str_predicate!(STR_ISDECIMAL, isdecimal, m_isdecimal, |s| all_chars(
    s,
    uni::is_decimal
));
str_predicate!(STR_ISNUMERIC, isnumeric, m_isnumeric, |s| all_chars(
    s,
    uni::is_numeric
));
str_predicate!(STR_ISALNUM, isalnum, m_isalnum, |s| all_chars(
    s,
    uni::is_alnum
));
str_predicate!(STR_ISSPACE, isspace, m_isspace, |s| all_chars(
    s,
    uni::is_space
));
str_predicate!(STR_ISUPPER, isupper, m_isupper, is_upper_text);
str_predicate!(STR_ISLOWER, islower, m_islower, is_lower_text);
str_predicate!(STR_ISTITLE, istitle, m_istitle, is_title_text);
str_predicate!(
    STR_ISIDENTIFIER,
    isidentifier,
    m_isidentifier,
    is_identifier
);
str_predicate!(STR_ISPRINTABLE, isprintable, m_isprintable, |s| s
    .chars()
    .all(uni::is_printable));
str_predicate!(STR_ISASCII, isascii, m_isascii, |s| s.is_ascii());

// ---- padding ------------------------------------------------------------------------------

fn fill_char(vm: &mut Vm, v: Option<&Value>) -> PyResult<char> {
    let Some(&v) = v else { return Ok(' ') };
    let Some(t) = text_of(vm, v) else {
        let tn = vm.type_name(v);
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("The fill character must be a unicode character, not {}", tn),
        ));
    };
    let mut chars = t.s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(vm.type_error("The fill character must be exactly one character long")),
    }
}

fn push_fill(vm: &Vm, out: &mut StrBuilder, c: char, n: usize) -> PyResult<()> {
    if !out.reserve(vm, n.saturating_mul(c.len_utf8())) {
        return Err(vm.memory_error());
    }
    for _ in 0..n {
        out.push_char(vm, c)?;
    }
    Ok(())
}

#[derive(Clone, Copy)]
enum Justify {
    Left,
    Right,
    Center,
}

fn justify(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, how: Justify) -> PyResult<Value> {
    let rest = positional(vm, name, args, kw, 1, 2)?;
    let t = self_text(vm, args, name)?;
    let width = ssize_arg(vm, rest.first().copied().unwrap_or(Value::NONE))?;
    let fill = fill_char(vm, rest.get(1))?;
    let this = args.first().copied().unwrap_or(Value::NONE);
    if width <= t.len as i64 {
        return self_or_copy(vm, this, t.s);
    }
    let marg = width as usize - t.len;
    let left = match how {
        Justify::Left => 0,
        Justify::Right => marg,
        Justify::Center => marg / 2 + (marg & width as usize & 1),
    };
    let mut out = StrBuilder::new();
    push_fill(vm, &mut out, fill, left)?;
    out.push_str(vm, t.s)?;
    push_fill(vm, &mut out, fill, marg - left)?;
    out.finish(vm)
}

fn m_center(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(vm, args, kw, "center", Justify::Center)
}
builtin_fn!(STR_CENTER, qstr::center, m_center);

fn m_ljust(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(vm, args, kw, "ljust", Justify::Left)
}
builtin_fn!(STR_LJUST, qstr::ljust, m_ljust);

fn m_rjust(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(vm, args, kw, "rjust", Justify::Right)
}
builtin_fn!(STR_RJUST, qstr::rjust, m_rjust);

fn m_zfill(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let w = one_arg(vm, "zfill", args, kw)?;
    let t = self_text(vm, args, "zfill")?;
    let width = ssize_arg(vm, w)?;
    let this = args.first().copied().unwrap_or(Value::NONE);
    if width <= t.len as i64 {
        return self_or_copy(vm, this, t.s);
    }
    let fill = width as usize - t.len;
    let mut out = StrBuilder::new();
    let (sign, body) = match t.s.as_bytes().first() {
        Some(b'+') => ("+", t.s.get(1..).unwrap_or("")),
        Some(b'-') => ("-", t.s.get(1..).unwrap_or("")),
        _ => ("", t.s),
    };
    out.push_str(vm, sign)?;
    push_fill(vm, &mut out, '0', fill)?;
    out.push_str(vm, body)?;
    out.finish(vm)
}
builtin_fn!(STR_ZFILL, qstr::zfill, m_zfill);

fn m_expandtabs(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [tabsize] = with_keywords(vm, "expandtabs", args, kw, [qstr::tabsize])?;
    let t = self_text(vm, args, "expandtabs")?;
    let tabsize = match tabsize {
        None => 8,
        Some(v) => {
            let n = ssize_arg(vm, v)?;
            if i32::try_from(n).is_err() {
                return Err(vm.new_exception(
                    &exception::OVERFLOW_ERROR,
                    "Python int too large to convert to C int",
                ));
            }
            n
        }
    };
    let this = args.first().copied().unwrap_or(Value::NONE);
    if !t.s.contains('\t') {
        return self_or_copy(vm, this, t.s);
    }
    let mut out = StrBuilder::new();
    let mut column = 0usize;
    for c in t.s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let size = tabsize as usize;
                    let n = size - column % size;
                    push_fill(vm, &mut out, ' ', n)?;
                    column += n;
                }
            }
            '\n' | '\r' => {
                out.push_char(vm, c)?;
                column = 0;
            }
            _ => {
                out.push_char(vm, c)?;
                column += 1;
            }
        }
    }
    out.finish(vm)
}
builtin_fn!(STR_EXPANDTABS, qstr::expandtabs, m_expandtabs);

// ---- join ---------------------------------------------------------------------------------

fn join_item_error(vm: &mut Vm, i: usize, x: Value) -> PyErr {
    let tn = vm.type_name(x);
    vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("sequence item {}: expected str instance, {} found", i, tn),
    )
}

/// `sep.join` of `n` items read by `item` (which must not run Python code: the items
/// stay reachable from their list or tuple while we read them).
fn join_items(vm: &mut Vm, sep: &str, n: usize, item: impl Fn(usize) -> Value) -> PyResult<Value> {
    let mut total = sep.len().saturating_mul(n.saturating_sub(1));
    for i in 0..n {
        let x = item(i);
        match str_text(vm, x) {
            Some(t) => total = total.saturating_add(t.len()),
            None => return Err(join_item_error(vm, i, x)),
        }
    }
    let mut b = StrBuilder::new();
    if !b.reserve(vm, total) {
        return Err(vm.memory_error());
    }
    for i in 0..n {
        if i > 0 {
            b.push_str(vm, sep)?;
        }
        b.push_str(vm, str_text(vm, item(i)).unwrap_or(""))?;
    }
    b.finish(vm)
}

fn join_list(vm: &mut Vm, sep: &str, l: Obj<ListObj>) -> PyResult<Value> {
    let n = l.len();
    join_items(vm, sep, n, |i| l.get().get(i).unwrap_or(Value::NONE))
}

fn m_join(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let iterable = one_arg(vm, "join", args, kw)?;
    let sep = self_text(vm, args, "join")?.s;
    let ty = vm.type_of(iterable);
    if core::ptr::eq(ty, &LIST_TYPE) {
        if let Some(l) = Obj::<ListObj>::from_value(iterable) {
            return join_list(vm, sep, l);
        }
    }
    if core::ptr::eq(ty, &TUPLE_TYPE) {
        if let Some(t) = Obj::<TupleObj>::from_value(iterable) {
            let items = t.get().items();
            return join_items(vm, sep, items.len(), |i| {
                items.get(i).copied().unwrap_or(Value::NONE)
            });
        }
    }
    let it = ops::get_iter(vm, iterable).map_err(|e| {
        if vm.exception_matches(e, &exception::TYPE_ERROR) {
            vm.type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let items = new_list_with_capacity(vm, 0)?;
    while let Some(x) = ops::iter_next(vm, it)? {
        items.push(vm, x)?;
    }
    join_list(vm, sep, items)
}
builtin_fn!(STR_JOIN, qstr::join, m_join);

// ---- encode -------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16 or UTF-32 (`wide`), big- or little-endian, with or without a BOM.
    Utf16Or32 {
        wide: bool,
        big: bool,
        bom: bool,
    },
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            _ => "utf-8",
        }
    }

    fn limit(self) -> u32 {
        match self {
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
            _ => 0x11_0000,
        }
    }
}

/// The codec an encoding name means, after Python's normalisation (case, `-`/`_`/space).
fn codec_named(name: &str) -> Option<Codec> {
    let mut buf = [0u8; 24];
    let mut n = 0;
    for b in name.trim().bytes() {
        let slot = buf.get_mut(n)?;
        *slot = match b {
            b'-' | b' ' => b'_',
            b => b.to_ascii_lowercase(),
        };
        n += 1;
    }
    match buf.get(..n)? {
        b"utf_8" | b"utf8" | b"u8" | b"utf" | b"cp65001" => Some(Codec::Utf8),
        b"ascii" | b"us_ascii" | b"646" | b"us" | b"ansi_x3.4_1968" | b"cp367" => {
            Some(Codec::Ascii)
        }
        b"latin_1" | b"latin1" | b"latin" | b"l1" | b"iso_8859_1" | b"iso8859_1" | b"8859"
        | b"cp819" | b"iso_ir_100" => Some(Codec::Latin1),
        b"utf_16" | b"utf16" | b"u16" => Some(utf(false, false, true)),
        b"utf_16_le" | b"utf_16le" => Some(utf(false, false, false)),
        b"utf_16_be" | b"utf_16be" => Some(utf(false, true, false)),
        b"utf_32" | b"utf32" | b"u32" => Some(utf(true, false, true)),
        b"utf_32_le" | b"utf_32le" => Some(utf(true, false, false)),
        b"utf_32_be" | b"utf_32be" => Some(utf(true, true, false)),
        _ => None,
    }
}

fn utf(wide: bool, big: bool, bom: bool) -> Codec {
    Codec::Utf16Or32 { wide, big, bom }
}

/// A character as CPython's UnicodeEncodeError message quotes it.
fn write_char_escape(out: &mut StrBuilder, vm: &Vm, c: char) -> PyResult<()> {
    let u = c as u32;
    if u < 0x100 {
        out.push_fmt(vm, format_args!("\\x{:02x}", u))
    } else if u < 0x1_0000 {
        out.push_fmt(vm, format_args!("\\u{:04x}", u))
    } else {
        out.push_fmt(vm, format_args!("\\U{:08x}", u))
    }
}

fn encode_error(vm: &mut Vm, codec: Codec, s: &str, start: usize, end: usize) -> PyErr {
    let mut m = StrBuilder::new();
    let limit = codec.limit();
    let r = if end - start == 1 {
        let c = s.chars().nth(start).unwrap_or('?');
        m.push_fmt(
            vm,
            format_args!("'{}' codec can't encode character '", codec.name()),
        )
        .and_then(|_| write_char_escape(&mut m, vm, c))
        .and_then(|_| {
            m.push_fmt(
                vm,
                format_args!("' in position {}: ordinal not in range({})", start, limit),
            )
        })
    } else {
        m.push_fmt(
            vm,
            format_args!(
                "'{}' codec can't encode characters in position {}-{}: ordinal not in range({})",
                codec.name(),
                start,
                end - 1,
                limit
            ),
        )
    };
    if r.is_err() {
        return vm.memory_error();
    }
    vm.new_exception(
        &exception::UNICODE_ENCODE_ERROR,
        m.as_str().unwrap_or("encoding error"),
    )
}

fn m_encode(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [encoding, errors] = with_keywords(vm, "encode", args, kw, [qstr::encoding, qstr::errors])?;
    let t = self_text(vm, args, "encode")?;
    let mut names = ["utf-8", "strict"];
    for ((what, v), slot) in [("encoding", encoding), ("errors", errors)]
        .into_iter()
        .zip(names.iter_mut())
    {
        if let Some(v) = v {
            match text_of(vm, v) {
                Some(x) => *slot = x.s,
                None => {
                    let tn = vm.type_name(v);
                    return Err(vm.new_exception_fmt(
                        &exception::TYPE_ERROR,
                        format_args!("encode() argument '{}' must be str, not {}", what, tn),
                    ));
                }
            }
        }
    }
    let [encoding, errors] = names;
    let Some(codec) = codec_named(encoding) else {
        return Err(vm.new_exception_fmt(
            &exception::LOOKUP_ERROR,
            format_args!("unknown encoding: {}", encoding),
        ));
    };
    let limit = codec.limit();
    if limit > 0xffff || t.is_ascii() || t.s.chars().all(|c| (c as u32) < limit) {
        return encode_bytes(vm, codec, t.s);
    }
    let mut out: alloc::vec::Vec<u8> = alloc::vec::Vec::new();
    crate::objects::bytes::reserve_buffer(vm, &mut out, t.s.len())?;
    let chars: &str = t.s;
    let mut iter = chars.chars().enumerate().peekable();
    while let Some((i, c)) = iter.next() {
        let u = c as u32;
        if u < limit {
            push_byte(vm, &mut out, u as u8)?;
            continue;
        }
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let mut end = i + 1;
                while iter.peek().is_some_and(|&(_, d)| d as u32 >= limit) {
                    iter.next();
                    end += 1;
                }
                return Err(encode_error(vm, codec, t.s, i, end));
            }
            "ignore" => {}
            "replace" => push_byte(vm, &mut out, b'?')?,
            "backslashreplace" => {
                let mut esc = StrBuilder::new();
                write_char_escape(&mut esc, vm, c)?;
                for b in esc.as_str().unwrap_or("").bytes() {
                    push_byte(vm, &mut out, b)?;
                }
            }
            "xmlcharrefreplace" => {
                let mut esc = StrBuilder::new();
                esc.push_fmt(vm, format_args!("&#{};", u))?;
                for b in esc.as_str().unwrap_or("").bytes() {
                    push_byte(vm, &mut out, b)?;
                }
            }
            other => {
                return Err(vm.new_exception_fmt(
                    &exception::LOOKUP_ERROR,
                    format_args!("unknown error handler name '{}'", other),
                ))
            }
        }
    }
    crate::objects::bytes::new_bytes(vm, &out)
}
builtin_fn!(STR_ENCODE, qstr::encode, m_encode);

fn push_byte(vm: &Vm, out: &mut alloc::vec::Vec<u8>, b: u8) -> PyResult<()> {
    crate::objects::bytes::reserve_buffer(vm, out, 1)?;
    out.push(b);
    Ok(())
}

/// Bytes of text every character of which the codec can represent.
fn encode_bytes(vm: &mut Vm, codec: Codec, s: &str) -> PyResult<Value> {
    let mut out: alloc::vec::Vec<u8> = alloc::vec::Vec::new();
    match codec {
        Codec::Latin1 if !s.is_ascii() => {
            crate::objects::bytes::reserve_buffer(vm, &mut out, s.len())?;
            out.extend(s.chars().map(|c| c as u32 as u8));
        }
        Codec::Utf16Or32 { wide, big, bom } => {
            let unit = if wide { 4 } else { 2 };
            let n = s
                .chars()
                .count()
                .saturating_add(usize::from(bom))
                .saturating_mul(unit * 2);
            crate::objects::bytes::reserve_buffer(vm, &mut out, n)?;
            let mut put = |u: u32| {
                let bytes = u.to_le_bytes();
                let word = bytes.get(..unit).unwrap_or(&[]);
                if big {
                    out.extend(word.iter().rev());
                } else {
                    out.extend_from_slice(word);
                }
            };
            if bom {
                put(0xfeff);
            }
            for c in s.chars() {
                if wide {
                    put(c as u32);
                } else {
                    let mut units = [0u16; 2];
                    for &w in c.encode_utf16(&mut units).iter() {
                        put(u32::from(w));
                    }
                }
            }
        }
        _ => return crate::objects::bytes::new_bytes(vm, s.as_bytes()),
    }
    crate::objects::bytes::new_bytes(vm, &out)
}

// ---- translate / maketrans ----------------------------------------------------------------

/// What the table says about one code point.
fn translate_lookup(vm: &mut Vm, table: Value, c: char) -> PyResult<Option<Value>> {
    let key = Value::small_int_unchecked(i64::from(c as u32));
    if let Some(d) = crate::objects::dict::as_dict(table) {
        if core::ptr::eq(vm.type_of(table), &crate::objects::dict::DICT_TYPE) {
            return d.get().table.get(vm, key);
        }
    }
    match ops::subscr_load(vm, table, key) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.exception_matches(e, &exception::LOOKUP_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

fn push_translation(
    vm: &mut Vm,
    out: &mut StrBuilder,
    c: char,
    mapped: Option<Value>,
) -> PyResult<()> {
    let Some(v) = mapped else {
        return out.push_char(vm, c);
    };
    if v.is_none() {
        return Ok(());
    }
    if let Some(t) = str_text(vm, v) {
        return out.push_str(vm, t);
    }
    if crate::objects::int::is_int(v) {
        let code = crate::objects::int::int_as_i128(v).unwrap_or(-1);
        let ch = u32::try_from(code).ok().and_then(char::from_u32);
        return match ch {
            Some(ch) => out.push_char(vm, ch),
            None => Err(vm.value_error("character mapping must be in range(0x110000)")),
        };
    }
    Err(vm.type_error("character mapping must return integer, None or str"))
}

fn m_translate(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let table = one_arg(vm, "translate", args, kw)?;
    let t = self_text(vm, args, "translate")?;
    let mut out = StrBuilder::new();
    if !out.reserve(vm, t.s.len()) {
        return Err(vm.memory_error());
    }
    // ASCII lookups are remembered: texts repeat the same few characters.
    let mut ascii_cache: [Option<Option<Value>>; 128] = [None; 128];
    for c in t.s.chars() {
        let slot = ascii_cache.get_mut(c as usize);
        let mapped = match slot {
            Some(Some(m)) => *m,
            Some(slot) => {
                let m = translate_lookup(vm, table, c)?;
                *slot = Some(m);
                m
            }
            None => translate_lookup(vm, table, c)?,
        };
        push_translation(vm, &mut out, c, mapped)?;
    }
    out.finish(vm)
}
builtin_fn!(STR_TRANSLATE, qstr::translate, m_translate);

fn code_value(c: char) -> Value {
    Value::small_int_unchecked(i64::from(c as u32))
}

fn m_maketrans(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    // A static method: no self, so check the arguments as if args[0] were one.
    let mut with_self = [Value::NONE; 4];
    let n = args.len().min(3);
    for (slot, v) in with_self.iter_mut().skip(1).zip(args.iter().take(n)) {
        *slot = *v;
    }
    if args.len() > 3 {
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("maketrans expected at most 3 arguments, got {}", args.len()),
        ));
    }
    let rest = positional(
        vm,
        "maketrans",
        with_self.get(..n + 1).unwrap_or(&[]),
        kw,
        1,
        3,
    )?;
    let x = rest.first().copied().unwrap_or(Value::NONE);
    let result = crate::objects::dict::new_dict(vm, 8)?;
    if rest.len() == 1 {
        let Some(d) = crate::objects::dict::as_dict(x) else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for i in 0..d.get().table.positions() {
            let Some((k, v)) = d.get().table.entry_at(i) else {
                continue;
            };
            let key = if let Some(kt) = text_of(vm, k) {
                let mut cs = kt.s.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => code_value(c),
                    _ => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                }
            } else if crate::objects::int::is_int(k) {
                k
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            crate::objects::dict::dict_set(vm, result, key, v)?;
        }
        return Ok(result);
    }
    for (i, v) in rest.iter().enumerate().skip(1) {
        if text_of(vm, *v).is_none() {
            let tn = vm.type_name(*v);
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("maketrans() argument {} must be str, not {}", i + 1, tn),
            ));
        }
    }
    let Some(from) = text_of(vm, x) else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let to = text_of(vm, rest.get(1).copied().unwrap_or(Value::NONE)).unwrap_or(Text::new(""));
    if from.len != to.len {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in from.s.chars().zip(to.s.chars()) {
        crate::objects::dict::dict_set(vm, result, code_value(a), code_value(b))?;
    }
    if let Some(z) = rest.get(2).and_then(|v| text_of(vm, *v)) {
        for c in z.s.chars() {
            crate::objects::dict::dict_set(vm, result, code_value(c), Value::NONE)?;
        }
    }
    Ok(result)
}
builtin_fn!(STR_MAKETRANS, qstr::maketrans, m_maketrans);

// ---- format -------------------------------------------------------------------------------

fn m_format(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let fmt = self_text(vm, args, "format")?.s;
    super::str_format::str_format(vm, fmt, args.get(1..).unwrap_or(&[]), kw)
}
builtin_fn!(STR_FORMAT, qstr::format, m_format);

fn m_format_map(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mapping = one_arg(vm, "format_map", args, kw)?;
    let fmt = self_text(vm, args, "format_map")?.s;
    super::str_format::str_format_map(vm, fmt, mapping)
}
builtin_fn!(STR_FORMAT_MAP, qstr::format_map, m_format_map);

// ---- tables -------------------------------------------------------------------------------

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

use super::str_search as search;

pub static STR_MEMBERS: &[(Qstr, Member)] = &[
    (qstr::join, Member::Method(&STR_JOIN)),
    (qstr::format, Member::Method(&STR_FORMAT)),
    (qstr::format_map, Member::Method(&STR_FORMAT_MAP)),
    (qstr::split, Member::Method(&search::STR_SPLIT)),
    (qstr::rsplit, Member::Method(&search::STR_RSPLIT)),
    (qstr::splitlines, Member::Method(&search::STR_SPLITLINES)),
    (qstr::strip, Member::Method(&search::STR_STRIP)),
    (qstr::lstrip, Member::Method(&search::STR_LSTRIP)),
    (qstr::rstrip, Member::Method(&search::STR_RSTRIP)),
    (qstr::find, Member::Method(&search::STR_FIND)),
    (qstr::rfind, Member::Method(&search::STR_RFIND)),
    (qstr::index, Member::Method(&search::STR_INDEX)),
    (qstr::rindex, Member::Method(&search::STR_RINDEX)),
    (qstr::count, Member::Method(&search::STR_COUNT)),
    (qstr::replace, Member::Method(&search::STR_REPLACE)),
    (qstr::startswith, Member::Method(&search::STR_STARTSWITH)),
    (qstr::endswith, Member::Method(&search::STR_ENDSWITH)),
    (qstr::partition, Member::Method(&search::STR_PARTITION)),
    (qstr::rpartition, Member::Method(&search::STR_RPARTITION)),
    (
        qstr::removeprefix,
        Member::Method(&search::STR_REMOVEPREFIX),
    ),
    (
        qstr::removesuffix,
        Member::Method(&search::STR_REMOVESUFFIX),
    ),
    (qstr::upper, Member::Method(&STR_UPPER)),
    (qstr::lower, Member::Method(&STR_LOWER)),
    (qstr::title, Member::Method(&STR_TITLE)),
    (qstr::capitalize, Member::Method(&STR_CAPITALIZE)),
    (qstr::swapcase, Member::Method(&STR_SWAPCASE)),
    (qstr::casefold, Member::Method(&STR_CASEFOLD)),
    (qstr::center, Member::Method(&STR_CENTER)),
    (qstr::ljust, Member::Method(&STR_LJUST)),
    (qstr::rjust, Member::Method(&STR_RJUST)),
    (qstr::zfill, Member::Method(&STR_ZFILL)),
    (qstr::expandtabs, Member::Method(&STR_EXPANDTABS)),
    (qstr::isalpha, Member::Method(&STR_ISALPHA)),
    (qstr::isdigit, Member::Method(&STR_ISDIGIT)),
    (qstr::isdecimal, Member::Method(&STR_ISDECIMAL)),
    (qstr::isnumeric, Member::Method(&STR_ISNUMERIC)),
    (qstr::isalnum, Member::Method(&STR_ISALNUM)),
    (qstr::isspace, Member::Method(&STR_ISSPACE)),
    (qstr::isupper, Member::Method(&STR_ISUPPER)),
    (qstr::islower, Member::Method(&STR_ISLOWER)),
    (qstr::istitle, Member::Method(&STR_ISTITLE)),
    (qstr::isidentifier, Member::Method(&STR_ISIDENTIFIER)),
    (qstr::isprintable, Member::Method(&STR_ISPRINTABLE)),
    (qstr::isascii, Member::Method(&STR_ISASCII)),
    (qstr::encode, Member::Method(&STR_ENCODE)),
    (qstr::translate, Member::Method(&STR_TRANSLATE)),
    (qstr::maketrans, Member::StaticMethod(&STR_MAKETRANS)),
    (qstr::__add__, Member::Method(&STR_ADD)),
    (qstr::__mul__, Member::Method(&STR_MUL)),
    (qstr::__rmul__, Member::Method(&STR_RMUL)),
    (qstr::__mod__, Member::Method(&STR_MOD)),
    (qstr::__eq__, Member::Method(&STR_EQ)),
    (qstr::__ne__, Member::Method(&STR_NE)),
    (qstr::__lt__, Member::Method(&STR_LT)),
    (qstr::__le__, Member::Method(&STR_LE)),
    (qstr::__gt__, Member::Method(&STR_GT)),
    (qstr::__ge__, Member::Method(&STR_GE)),
    (qstr::__contains__, Member::Method(&STR_CONTAINS)),
    (qstr::__len__, Member::Method(&STR_LEN)),
    (qstr::__getitem__, Member::Method(&STR_GETITEM)),
    (qstr::__hash__, Member::Method(&STR_HASH)),
    (qstr::__iter__, Member::Method(&STR_ITER)),
    (qstr::__str__, Member::Method(&STR_STR)),
    (qstr::__repr__, Member::Method(&STR_REPR)),
    (qstr::__format__, Member::Method(&STR_FORMAT_DUNDER)),
];

#[cfg(test)]
mod tests {
    use crate::interp::tests::run_source;

    const SCRIPT: &str = r#"s = "  Hello, Wörld! ΑΣ  "
print(s.split(), s.strip().split(", "), s.rsplit(None, 1), "a,b,,c".split(",", 2))
print(s.lower(), s.upper(), s.title(), s.swapcase(), "ß".casefold())
print(s.find("l"), s.rfind("l"), s.count("l"), s.index("W"), s.replace("l", "L", 2))
print(s.center(24, "*"), "42".zfill(5), "-7".zfill(4), "a\tbc\td".expandtabs(4))
print("x".join(["1", "2", "3"]), s.partition("!"), s.startswith(("x", "  H")), s.endswith("  "))
print("{0!r:>8}|{name:^7}|{1[0]}".format("é", [5], name="n"))
print("%-6s|%5.2f|%#x|%c" % ("ab", 3.14159, 255, 65))
print("ab€".encode(), "é".encode("latin-1"), "abc".translate(str.maketrans("ab", "xy", "c")))
print("Ab1".isalnum(), "٣".isdecimal(), "½".isnumeric(), "ǅ".istitle(), "x_1".isidentifier(), "\u0378".isprintable())
print("a\r\nb\nc".splitlines(True), "€a€".rpartition("€"), "abc"[::-1], "é€😀"[1:], repr("\u200b"))
"#;

    /// CPython 3.11's output for `SCRIPT`.
    const EXPECTED: &str = r#"['Hello,', 'Wörld!', 'ΑΣ'] ['Hello', 'Wörld! ΑΣ'] ['  Hello, Wörld!', 'ΑΣ'] ['a', 'b', ',c']
  hello, wörld! ας     HELLO, WÖRLD! ΑΣ     Hello, Wörld! Ας     hELLO, wÖRLD! ας   ss
4 12 3 9   HeLLo, Wörld! ΑΣ  
**  Hello, Wörld! ΑΣ  ** 00042 -007 a   bc  d
1x2x3 ('  Hello, Wörld', '!', ' ΑΣ  ') True True
     'é'|   n   |5
ab    | 3.14|0xff|A
b'ab\xe2\x82\xac' b'\xe9' xy
True True True True True False
['a\r\n', 'b\n', 'c'] ('€a', '€', '') cba €😀 '\u200b'
"#;

    #[test]
    fn methods_match_cpython() {
        assert_eq!(run_source(SCRIPT, 1 << 20, false), EXPECTED);
    }

    #[test]
    fn methods_survive_gc_stress() {
        assert_eq!(run_source(SCRIPT, 1 << 20, true), EXPECTED);
    }
}

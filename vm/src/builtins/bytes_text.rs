//! The methods `bytes` and `bytearray` share with `str`, on ASCII semantics: searching
//! (`find`, `count`, `index`, `startswith`...), splitting and joining, stripping,
//! `replace`, case conversion and the `is*` predicates, padding, `partition`,
//! `splitlines`, `expandtabs`, `translate`/`maketrans`.
//! In: `self` (bytes or bytearray) and the arguments. Out: new values of `self`'s kind
//! (bytearray methods return bytearrays), ints, bools, lists and tuples.

use super::bytes_methods::{
    buffer_arg, byte_arg, bytes_data, c_int_arg, keyword_args, new_like, no_args, one_arg,
    positional, push_byte, push_bytes, ssize_arg, varargs,
};
use crate::builtin_fn;
use crate::interp::{ops, PyResult, Vm};
use crate::objects::exception;
use crate::objects::list::{new_list_with_capacity, ListObj};
use crate::objects::tuple::{new_tuple, TupleObj};
use crate::objects::Obj;
use crate::qstr;
use crate::value::Value;
use alloc::vec::Vec;

/// `self`'s data (the first argument of every method).
fn self_data<'a>(vm: &mut Vm, args: &[Value]) -> PyResult<&'a [u8]> {
    let v = args.first().copied().unwrap_or(Value::NONE);
    bytes_data(v).ok_or_else(|| {
        let tn = vm.type_name(v);
        vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "descriptor requires a 'bytes' object but received a '{}'",
                tn
            ),
        )
    })
}

fn self_value(args: &[Value]) -> Value {
    args.first().copied().unwrap_or(Value::NONE)
}

fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::NONE)
}

/// ASCII whitespace as bytes methods see it (Python's `Py_ISSPACE`).
pub fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

// ---- searching ----------------------------------------------------------------------

/// First position of `needle` in `hay[start..end]` (absolute), if any.
pub fn find_in(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    let window = hay.get(start..end)?;
    if needle.is_empty() {
        return Some(start);
    }
    if let [one] = needle {
        return window.iter().position(|c| c == one).map(|p| p + start);
    }
    window
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + start)
}

/// Last position of `needle` in `hay[start..end]` (absolute), if any.
pub fn rfind_in(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    let window = hay.get(start..end)?;
    if needle.is_empty() {
        return Some(end);
    }
    window
        .windows(needle.len())
        .rposition(|w| w == needle)
        .map(|p| p + start)
}

/// Non-overlapping occurrences of a non-empty `needle` in `hay`, at most `max`.
fn count_in(hay: &[u8], needle: &[u8], max: usize) -> usize {
    let mut n = 0;
    let mut at = 0;
    while n < max {
        match find_in(hay, needle, at, hay.len()) {
            Some(p) => {
                n += 1;
                at = p + needle.len();
            }
            None => break,
        }
    }
    n
}

/// CPython's ADJUST_INDICES: optional start/end made absolute; `end` is clamped to
/// `len` but `start` may exceed it (callers check).
fn slice_bounds(
    vm: &mut Vm,
    start: Option<Value>,
    end: Option<Value>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let len = len as i64;
    let bound = |vm: &mut Vm, v: Option<Value>, default: i64| -> PyResult<i64> {
        match v {
            Some(v) if !v.is_none() => {
                let i = ops::index_value_clamped(vm, v)?;
                Ok(if i < 0 { (i + len).max(0) } else { i })
            }
            _ => Ok(default),
        }
    };
    let s = bound(vm, start, 0)?;
    let e = bound(vm, end, len)?.min(len);
    Ok((s as usize, e as usize))
}

/// The sub-sequence argument of the find family: an int (one byte) or a buffer.
struct Needle<'a> {
    one: [u8; 1],
    many: Option<&'a [u8]>,
}

impl Needle<'_> {
    fn bytes(&self) -> &[u8] {
        self.many.unwrap_or(&self.one)
    }
}

fn needle_arg<'a>(vm: &mut Vm, v: Value) -> PyResult<Needle<'a>> {
    if let Some(d) = bytes_data(v) {
        return Ok(Needle {
            one: [0],
            many: Some(d),
        });
    }
    let is_number = crate::objects::int::is_int(v) || {
        let ty = vm.type_of(v);
        !v.is_float()
            && !crate::objects::str::is_str(vm, v)
            && crate::interp::typeobj::lookup_in_type(vm, ty, qstr::__index__)?.is_some()
    };
    if !is_number {
        let tn = vm.type_name(v);
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "argument should be integer or bytes-like object, not '{}'",
                tn
            ),
        ));
    }
    Ok(Needle {
        one: [byte_arg(vm, v)?],
        many: None,
    })
}

/// `find`/`rfind`/`index`/`rindex`: the absolute position, if found.
fn search(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    reverse: bool,
) -> PyResult<Option<usize>> {
    varargs(vm, args, kw, name, 1, 3)?;
    let hay = self_data(vm, args)?;
    let needle = needle_arg(vm, arg(args, 1))?;
    let (start, end) = slice_bounds(vm, args.get(2).copied(), args.get(3).copied(), hay.len())?;
    let needle = needle.bytes();
    if start > hay.len() || end < start || end - start < needle.len() {
        return Ok(None);
    }
    Ok(if reverse {
        rfind_in(hay, needle, start, end)
    } else {
        find_in(hay, needle, start, end)
    })
}

fn position_value(p: Option<usize>) -> Value {
    Value::small_int_unchecked(p.map(|p| p as i64).unwrap_or(-1))
}

fn m_find(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(vm, args, kw, "find", false).map(position_value)
}
builtin_fn!(FIND, qstr::find, m_find);

fn m_rfind(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(vm, args, kw, "rfind", true).map(position_value)
}
builtin_fn!(RFIND, qstr::rfind, m_rfind);

fn m_index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    match search(vm, args, kw, "index", false)? {
        Some(p) => Ok(position_value(Some(p))),
        None => Err(vm.value_error("subsection not found")),
    }
}
builtin_fn!(INDEX, qstr::index, m_index);

fn m_rindex(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    match search(vm, args, kw, "rindex", true)? {
        Some(p) => Ok(position_value(Some(p))),
        None => Err(vm.value_error("subsection not found")),
    }
}
builtin_fn!(RINDEX, qstr::rindex, m_rindex);

fn m_count(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    varargs(vm, args, kw, "count", 1, 3)?;
    let hay = self_data(vm, args)?;
    let needle = needle_arg(vm, arg(args, 1))?;
    let (start, end) = slice_bounds(vm, args.get(2).copied(), args.get(3).copied(), hay.len())?;
    let needle = needle.bytes();
    let n = if start > hay.len() || end < start {
        0
    } else if needle.is_empty() {
        end - start + 1
    } else {
        count_in(hay.get(start..end).unwrap_or(&[]), needle, usize::MAX)
    };
    Ok(Value::small_int_unchecked(n as i64))
}
builtin_fn!(COUNT, qstr::count, m_count);

/// CPython's tail match: does `hay[start..end]` start (or end) with `part`?
fn tail_match(hay: &[u8], part: &[u8], start: usize, end: usize, at_end: bool) -> bool {
    let len = hay.len();
    if at_end {
        if end < start || end - start < part.len() || start > len {
            return false;
        }
        let from = end - part.len();
        hay.get(from..end) == Some(part)
    } else {
        if start > len || len - start < part.len() || end < start || end - start < part.len() {
            return false;
        }
        hay.get(start..start + part.len()) == Some(part)
    }
}

fn affix_match(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    at_end: bool,
) -> PyResult<Value> {
    varargs(vm, args, kw, name, 1, 3)?;
    let hay = self_data(vm, args)?;
    let (start, end) = slice_bounds(vm, args.get(2).copied(), args.get(3).copied(), hay.len())?;
    let part = arg(args, 1);
    if let Some(t) = Obj::<TupleObj>::from_value(part) {
        for item in t.get().items() {
            let p = buffer_arg(vm, *item)?;
            if tail_match(hay, p, start, end, at_end) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    let Some(p) = bytes_data(part) else {
        let tn = vm.type_name(part);
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "{} first arg must be bytes or a tuple of bytes, not {}",
                name, tn
            ),
        ));
    };
    Ok(Value::from_bool(tail_match(hay, p, start, end, at_end)))
}

fn m_startswith(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix_match(vm, args, kw, "startswith", false)
}
builtin_fn!(STARTSWITH, qstr::startswith, m_startswith);

fn m_endswith(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix_match(vm, args, kw, "endswith", true)
}
builtin_fn!(ENDSWITH, qstr::endswith, m_endswith);

// ---- splitting and joining ----------------------------------------------------------

/// Append `data[a..b]` to `list` as a value of `like`'s kind.
fn push_piece(
    vm: &mut Vm,
    list: Obj<ListObj>,
    like: Value,
    data: &[u8],
    a: usize,
    b: usize,
) -> PyResult<()> {
    let piece = new_like(vm, like, data.get(a..b).unwrap_or(&[]))?;
    list.push(vm, piece)
}

/// The `sep` and `maxsplit` arguments of split/rsplit; `None` sep means whitespace.
fn split_args<'a>(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
) -> PyResult<(Option<&'a [u8]>, usize)> {
    let [sep, maxsplit] = keyword_args(
        vm,
        args.get(1..).unwrap_or(&[]),
        kw,
        name,
        ["sep", "maxsplit"],
    )?;
    let sep = match sep {
        Some(s) if !s.is_none() => {
            let d = buffer_arg(vm, s)?;
            if d.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(d)
        }
        _ => None,
    };
    let max = match maxsplit {
        Some(m) => ssize_arg(vm, m)?,
        None => -1,
    };
    Ok((sep, usize::try_from(max).unwrap_or(usize::MAX)))
}

fn m_split(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let data = self_data(vm, args)?;
    let (sep, max) = split_args(vm, args, kw, "split")?;
    let like = self_value(args);
    let list = new_list_with_capacity(vm, 0)?;
    let len = data.len();
    match sep {
        None => {
            let mut i = 0;
            let mut left = max;
            while left > 0 {
                while i < len && data.get(i).copied().is_some_and(is_space) {
                    i += 1;
                }
                if i == len {
                    break;
                }
                let j = i;
                while i < len && !data.get(i).copied().is_some_and(is_space) {
                    i += 1;
                }
                push_piece(vm, list, like, data, j, i)?;
                left -= 1;
            }
            while i < len && data.get(i).copied().is_some_and(is_space) {
                i += 1;
            }
            if i < len {
                push_piece(vm, list, like, data, i, len)?;
            }
        }
        Some(sep) => {
            let mut at = 0;
            let mut left = max;
            while left > 0 {
                let Some(p) = find_in(data, sep, at, len) else {
                    break;
                };
                push_piece(vm, list, like, data, at, p)?;
                at = p + sep.len();
                left -= 1;
            }
            push_piece(vm, list, like, data, at, len)?;
        }
    }
    Ok(list.as_value())
}
builtin_fn!(SPLIT, qstr::split, m_split);

fn m_rsplit(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let data = self_data(vm, args)?;
    let (sep, max) = split_args(vm, args, kw, "rsplit")?;
    let like = self_value(args);
    let list = new_list_with_capacity(vm, 0)?;
    // Pieces are found right to left; the list is reversed at the end.
    match sep {
        None => {
            let mut i = data.len();
            let mut left = max;
            while left > 0 {
                while i > 0 && data.get(i - 1).copied().is_some_and(is_space) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                let j = i;
                while i > 0 && !data.get(i - 1).copied().is_some_and(is_space) {
                    i -= 1;
                }
                push_piece(vm, list, like, data, i, j)?;
                left -= 1;
            }
            while i > 0 && data.get(i - 1).copied().is_some_and(is_space) {
                i -= 1;
            }
            if i > 0 {
                push_piece(vm, list, like, data, 0, i)?;
            }
        }
        Some(sep) => {
            let mut end = data.len();
            let mut left = max;
            while left > 0 {
                let Some(p) = rfind_in(data, sep, 0, end) else {
                    break;
                };
                push_piece(vm, list, like, data, p + sep.len(), end)?;
                end = p;
                left -= 1;
            }
            push_piece(vm, list, like, data, 0, end)?;
        }
    }
    let items = list.get().items();
    let n = items.len();
    for k in 0..n / 2 {
        if let (Some(a), Some(b)) = (items.get(k), items.get(n - 1 - k)) {
            a.swap(b);
        }
    }
    Ok(list.as_value())
}
builtin_fn!(RSPLIT, qstr::rsplit, m_rsplit);

fn m_splitlines(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let data = self_data(vm, args)?;
    let [keepends] = keyword_args(
        vm,
        args.get(1..).unwrap_or(&[]),
        kw,
        "splitlines",
        ["keepends"],
    )?;
    let keep = match keepends {
        Some(k) => c_int_arg(vm, k)? != 0,
        None => false,
    };
    let like = self_value(args);
    let list = new_list_with_capacity(vm, 0)?;
    let len = data.len();
    let mut i = 0;
    while i < len {
        let start = i;
        while i < len && !matches!(data.get(i), Some(b'\n' | b'\r')) {
            i += 1;
        }
        let mut eol = i;
        if i < len {
            if data.get(i) == Some(&b'\r') && data.get(i + 1) == Some(&b'\n') {
                i += 2;
            } else {
                i += 1;
            }
            if keep {
                eol = i;
            }
        }
        push_piece(vm, list, like, data, start, eol)?;
    }
    Ok(list.as_value())
}
builtin_fn!(SPLITLINES, qstr::splitlines, m_splitlines);

fn m_join(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let iterable = one_arg(vm, args, kw, "join")?;
    let sep = self_data(vm, args)?;
    let items = new_list_with_capacity(vm, 0)?;
    ops::extend_list_from_iterable(vm, items, iterable).map_err(|e| {
        if vm.exception_matches(e, &exception::TYPE_ERROR) && ops::get_iter(vm, iterable).is_err() {
            vm.type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    for i in 0..items.len() {
        let x = items.get().get(i).unwrap_or(Value::NONE);
        let Some(d) = bytes_data(x) else {
            let tn = vm.type_name(x);
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i, tn
                ),
            ));
        };
        if i > 0 {
            push_bytes(vm, &mut out, sep)?;
        }
        push_bytes(vm, &mut out, d)?;
    }
    new_like(vm, self_value(args), &out)
}
builtin_fn!(JOIN, qstr::join, m_join);

fn partition(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    reverse: bool,
) -> PyResult<Value> {
    let sep_v = one_arg(vm, args, kw, name)?;
    let data = self_data(vm, args)?;
    let sep = buffer_arg(vm, sep_v)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let like = self_value(args);
    let found = if reverse {
        rfind_in(data, sep, 0, data.len())
    } else {
        find_in(data, sep, 0, data.len())
    };
    let (a, b, c) = match found {
        Some(p) => (
            data.get(..p).unwrap_or(&[]),
            sep,
            data.get(p + sep.len()..).unwrap_or(&[]),
        ),
        None if reverse => (&[][..], &[][..], data),
        None => (data, &[][..], &[][..]),
    };
    let va = new_like(vm, like, a)?;
    let vb = new_like(vm, like, b)?;
    let vc = new_like(vm, like, c)?;
    new_tuple(vm, &[va, vb, vc])
}

fn m_partition(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition(vm, args, kw, "partition", false)
}
builtin_fn!(PARTITION, qstr::partition, m_partition);

fn m_rpartition(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition(vm, args, kw, "rpartition", true)
}
builtin_fn!(RPARTITION, qstr::rpartition, m_rpartition);

// ---- stripping, replacing -----------------------------------------------------------

fn strip(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    positional(vm, args, kw, name, 0, 1)?;
    let data = self_data(vm, args)?;
    let chars = match args.get(1) {
        Some(v) if !v.is_none() => Some(buffer_arg(vm, *v)?),
        _ => None,
    };
    let strip_it = |c: &u8| match chars {
        Some(set) => set.contains(c),
        None => is_space(*c),
    };
    let mut a = 0;
    let mut b = data.len();
    if left {
        while a < b && data.get(a).is_some_and(strip_it) {
            a += 1;
        }
    }
    if right {
        while b > a && data.get(b - 1).is_some_and(strip_it) {
            b -= 1;
        }
    }
    new_like(vm, self_value(args), data.get(a..b).unwrap_or(&[]))
}

fn m_strip(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip(vm, args, kw, "strip", true, true)
}
builtin_fn!(STRIP, qstr::strip, m_strip);

fn m_lstrip(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip(vm, args, kw, "lstrip", true, false)
}
builtin_fn!(LSTRIP, qstr::lstrip, m_lstrip);

fn m_rstrip(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip(vm, args, kw, "rstrip", false, true)
}
builtin_fn!(RSTRIP, qstr::rstrip, m_rstrip);

fn m_removeprefix(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_arg(vm, args, kw, "removeprefix")?;
    let data = self_data(vm, args)?;
    let prefix = buffer_arg(vm, p)?;
    let rest = data.strip_prefix(prefix).unwrap_or(data);
    new_like(vm, self_value(args), rest)
}
builtin_fn!(REMOVEPREFIX, qstr::removeprefix, m_removeprefix);

fn m_removesuffix(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = one_arg(vm, args, kw, "removesuffix")?;
    let data = self_data(vm, args)?;
    let suffix = buffer_arg(vm, s)?;
    let rest = data.strip_suffix(suffix).unwrap_or(data);
    new_like(vm, self_value(args), rest)
}
builtin_fn!(REMOVESUFFIX, qstr::removesuffix, m_removesuffix);

/// `data.replace(old, new, max)` into `out`.
pub fn replace_into(
    vm: &Vm,
    data: &[u8],
    old: &[u8],
    new: &[u8],
    max: usize,
    out: &mut Vec<u8>,
) -> PyResult<()> {
    if old.is_empty() {
        // `new` before every byte and at the end, up to `max` times.
        let times = max.min(data.len() + 1);
        if times == 0 {
            return push_bytes(vm, out, data);
        }
        push_bytes(vm, out, new)?;
        for k in 0..times - 1 {
            push_byte(vm, out, data.get(k).copied().unwrap_or(0))?;
            push_bytes(vm, out, new)?;
        }
        return push_bytes(vm, out, data.get(times - 1..).unwrap_or(&[]));
    }
    let mut at = 0;
    let mut done = 0;
    while done < max {
        let Some(p) = find_in(data, old, at, data.len()) else {
            break;
        };
        push_bytes(vm, out, data.get(at..p).unwrap_or(&[]))?;
        push_bytes(vm, out, new)?;
        at = p + old.len();
        done += 1;
    }
    push_bytes(vm, out, data.get(at..).unwrap_or(&[]))
}

fn m_replace(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional(vm, args, kw, "replace", 2, 3)?;
    let data = self_data(vm, args)?;
    let old = buffer_arg(vm, arg(args, 1))?;
    let new = buffer_arg(vm, arg(args, 2))?;
    let max = match args.get(3) {
        Some(c) => ssize_arg(vm, *c)?,
        None => -1,
    };
    let mut out = Vec::new();
    replace_into(
        vm,
        data,
        old,
        new,
        usize::try_from(max).unwrap_or(usize::MAX),
        &mut out,
    )?;
    new_like(vm, self_value(args), &out)
}
builtin_fn!(REPLACE, qstr::replace, m_replace);

// ---- case -----------------------------------------------------------------------------

fn mapped(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: fn(&[u8], &mut Vec<u8>),
) -> PyResult<Value> {
    no_args(vm, args, kw, name)?;
    let data = self_data(vm, args)?;
    let mut out = Vec::new();
    crate::objects::bytes::reserve_buffer(vm, &mut out, data.len())?;
    f(data, &mut out);
    new_like(vm, self_value(args), &out)
}

fn upper(data: &[u8], out: &mut Vec<u8>) {
    out.extend(data.iter().map(u8::to_ascii_uppercase));
}

fn lower(data: &[u8], out: &mut Vec<u8>) {
    out.extend(data.iter().map(u8::to_ascii_lowercase));
}

fn swapcase(data: &[u8], out: &mut Vec<u8>) {
    out.extend(data.iter().map(|c| {
        if c.is_ascii_lowercase() {
            c.to_ascii_uppercase()
        } else {
            c.to_ascii_lowercase()
        }
    }));
}

fn title(data: &[u8], out: &mut Vec<u8>) {
    let mut previous_cased = false;
    out.extend(data.iter().map(|&c| {
        if c.is_ascii_lowercase() {
            let r = if previous_cased {
                c
            } else {
                c.to_ascii_uppercase()
            };
            previous_cased = true;
            r
        } else if c.is_ascii_uppercase() {
            let r = if previous_cased {
                c.to_ascii_lowercase()
            } else {
                c
            };
            previous_cased = true;
            r
        } else {
            previous_cased = false;
            c
        }
    }));
}

fn capitalize(data: &[u8], out: &mut Vec<u8>) {
    out.extend(data.iter().enumerate().map(|(i, c)| {
        if i == 0 {
            c.to_ascii_uppercase()
        } else {
            c.to_ascii_lowercase()
        }
    }));
}

macro_rules! mapping_method {
    ($static_name:ident, $fn_name:ident, $name:ident, $f:ident) => {
        fn $fn_name(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
            mapped(vm, args, kw, stringify!($name), $f)
        }
        builtin_fn!($static_name, qstr::$name, $fn_name);
    };
}

mapping_method!(UPPER, m_upper, upper, upper);
mapping_method!(LOWER, m_lower, lower, lower);
mapping_method!(SWAPCASE, m_swapcase, swapcase, swapcase);
mapping_method!(TITLE, m_title, title, title);
mapping_method!(CAPITALIZE, m_capitalize, capitalize, capitalize);

// ---- predicates ---------------------------------------------------------------------

fn all_nonempty(data: &[u8], f: fn(&u8) -> bool) -> bool {
    !data.is_empty() && data.iter().all(f)
}

fn is_alpha(data: &[u8]) -> bool {
    all_nonempty(data, u8::is_ascii_alphabetic)
}

fn is_digit(data: &[u8]) -> bool {
    all_nonempty(data, u8::is_ascii_digit)
}

fn is_alnum(data: &[u8]) -> bool {
    all_nonempty(data, u8::is_ascii_alphanumeric)
}

fn is_all_space(data: &[u8]) -> bool {
    all_nonempty(data, |c| is_space(*c))
}

fn is_ascii(data: &[u8]) -> bool {
    data.is_ascii()
}

fn is_upper(data: &[u8]) -> bool {
    data.iter().any(u8::is_ascii_uppercase) && !data.iter().any(u8::is_ascii_lowercase)
}

fn is_lower(data: &[u8]) -> bool {
    data.iter().any(u8::is_ascii_lowercase) && !data.iter().any(u8::is_ascii_uppercase)
}

fn is_title(data: &[u8]) -> bool {
    let mut cased = false;
    let mut previous_cased = false;
    for c in data {
        if c.is_ascii_uppercase() {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

macro_rules! predicate_method {
    ($static_name:ident, $fn_name:ident, $name:ident, $f:ident) => {
        fn $fn_name(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
            no_args(vm, args, kw, stringify!($name))?;
            let data = self_data(vm, args)?;
            Ok(Value::from_bool($f(data)))
        }
        builtin_fn!($static_name, qstr::$name, $fn_name);
    };
}

predicate_method!(ISALPHA, m_isalpha, isalpha, is_alpha);
predicate_method!(ISDIGIT, m_isdigit, isdigit, is_digit);
predicate_method!(ISALNUM, m_isalnum, isalnum, is_alnum);
predicate_method!(ISSPACE, m_isspace, isspace, is_all_space);
predicate_method!(ISASCII, m_isascii, isascii, is_ascii);
predicate_method!(ISUPPER, m_isupper, isupper, is_upper);
predicate_method!(ISLOWER, m_islower, islower, is_lower);
predicate_method!(ISTITLE, m_istitle, istitle, is_title);

// ---- padding ------------------------------------------------------------------------

/// `self` padded to `width` with `left` and the rest of the margin on the right.
fn pad(vm: &mut Vm, args: &[Value], width: usize, left: usize, fill: u8) -> PyResult<Value> {
    let data = self_data(vm, args)?;
    let mut out = Vec::new();
    crate::objects::bytes::reserve_buffer(vm, &mut out, width)?;
    out.resize(left, fill);
    out.extend_from_slice(data);
    out.resize(width, fill);
    new_like(vm, self_value(args), &out)
}

fn justify(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    positional(vm, args, kw, name, 1, 2)?;
    let width = ssize_arg(vm, arg(args, 1))?;
    let fill = match args.get(2) {
        None => b' ',
        Some(f) => match bytes_data(*f) {
            Some([c]) => *c,
            _ => {
                let tn = vm.type_name(*f);
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!(
                        "{}() argument 2 must be a byte string of length 1, not {}",
                        name, tn
                    ),
                ));
            }
        },
    };
    let len = self_data(vm, args)?.len();
    let width = usize::try_from(width).unwrap_or(0);
    if width <= len {
        return pad(vm, args, len, 0, fill);
    }
    let margin = width - len;
    let left = match name {
        "ljust" => 0,
        "rjust" => margin,
        _ => margin / 2 + (margin & width & 1),
    };
    pad(vm, args, width, left, fill)
}

fn m_center(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(vm, args, kw, "center")
}
builtin_fn!(CENTER, qstr::center, m_center);

fn m_ljust(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(vm, args, kw, "ljust")
}
builtin_fn!(LJUST, qstr::ljust, m_ljust);

fn m_rjust(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(vm, args, kw, "rjust")
}
builtin_fn!(RJUST, qstr::rjust, m_rjust);

fn m_zfill(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let w = one_arg(vm, args, kw, "zfill")?;
    let width = usize::try_from(ssize_arg(vm, w)?).unwrap_or(0);
    let data = self_data(vm, args)?;
    if width <= data.len() {
        return pad(vm, args, data.len(), 0, b'0');
    }
    let mut out = Vec::new();
    crate::objects::bytes::reserve_buffer(vm, &mut out, width)?;
    let (sign, digits) = match data.split_first() {
        Some((s @ (b'+' | b'-'), rest)) => (Some(*s), rest),
        _ => (None, data),
    };
    out.extend(sign);
    out.resize(width - digits.len(), b'0');
    out.extend_from_slice(digits);
    new_like(vm, self_value(args), &out)
}
builtin_fn!(ZFILL, qstr::zfill, m_zfill);

fn m_expandtabs(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let data = self_data(vm, args)?;
    let [tabsize] = keyword_args(
        vm,
        args.get(1..).unwrap_or(&[]),
        kw,
        "expandtabs",
        ["tabsize"],
    )?;
    let tabsize = match tabsize {
        Some(t) => i64::from(c_int_arg(vm, t)?),
        None => 8,
    };
    let mut out = Vec::new();
    let mut column: i64 = 0;
    for &c in data {
        if c == b'\t' {
            if tabsize > 0 {
                let spaces = tabsize - column % tabsize;
                column += spaces;
                let n = usize::try_from(spaces).map_err(|_| vm.memory_error())?;
                let target = out.len().checked_add(n).ok_or_else(|| vm.memory_error())?;
                crate::objects::bytes::reserve_buffer(vm, &mut out, n)?;
                out.resize(target, b' ');
            }
        } else {
            push_byte(vm, &mut out, c)?;
            column += 1;
            if c == b'\n' || c == b'\r' {
                column = 0;
            }
        }
    }
    new_like(vm, self_value(args), &out)
}
builtin_fn!(EXPANDTABS, qstr::expandtabs, m_expandtabs);

// ---- translate ----------------------------------------------------------------------

fn m_translate(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let data = self_data(vm, args)?;
    let positional_args = args.get(1..).unwrap_or(&[]);
    if positional_args.is_empty() {
        return Err(vm.type_error("translate() takes at least 1 positional argument (0 given)"));
    }
    let [table, delete] = keyword_args(vm, positional_args, kw, "translate", ["table", "delete"])?;
    let table = match table {
        Some(t) if !t.is_none() => {
            let t = buffer_arg(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        _ => None,
    };
    let delete = match delete {
        Some(d) => buffer_arg(vm, d)?,
        None => &[],
    };
    let mut out = Vec::new();
    crate::objects::bytes::reserve_buffer(vm, &mut out, data.len())?;
    for &c in data {
        if delete.contains(&c) {
            continue;
        }
        out.push(match table {
            Some(t) => t.get(usize::from(c)).copied().unwrap_or(c),
            None => c,
        });
    }
    new_like(vm, self_value(args), &out)
}
builtin_fn!(TRANSLATE, qstr::translate, m_translate);

fn m_maketrans(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("bytes.maketrans() takes no keyword arguments"));
    }
    let [from, to] = args else {
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("maketrans expected 2 arguments, got {}", args.len()),
        ));
    };
    let from = buffer_arg(vm, *from)?;
    let to = buffer_arg(vm, *to)?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table = [0u8; 256];
    for (i, slot) in table.iter_mut().enumerate() {
        *slot = i as u8;
    }
    for (f, t) in from.iter().zip(to) {
        if let Some(slot) = table.get_mut(usize::from(*f)) {
            *slot = *t;
        }
    }
    crate::objects::bytes::new_bytes(vm, &table)
}
builtin_fn!(MAKETRANS, qstr::maketrans, m_maketrans);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_and_rfind_respect_bounds() {
        assert_eq!(find_in(b"abcabc", b"bc", 0, 6), Some(1));
        assert_eq!(find_in(b"abcabc", b"bc", 2, 6), Some(4));
        assert_eq!(find_in(b"abcabc", b"bc", 2, 4), None);
        assert_eq!(rfind_in(b"abcabc", b"bc", 0, 6), Some(4));
        assert_eq!(rfind_in(b"abc", b"", 0, 2), Some(2));
        assert_eq!(find_in(b"abc", b"", 3, 3), Some(3));
    }

    #[test]
    fn count_is_non_overlapping() {
        assert_eq!(count_in(b"aaaa", b"aa", usize::MAX), 2);
        assert_eq!(count_in(b"abab", b"b", 1), 1);
    }

    #[test]
    fn tail_match_follows_cpython() {
        assert!(tail_match(b"abc", b"", 3, 3, false));
        assert!(!tail_match(b"abc", b"", 4, 3, false));
        assert!(tail_match(b"abc", b"", 3, 3, true));
        assert!(tail_match(b"one two", b"one", 0, 3, true));
        assert!(!tail_match(b"abc", b"bc", 0, 2, true));
    }

    #[test]
    fn case_helpers() {
        let mut out = Vec::new();
        title(b"o'neil snake_case", &mut out);
        assert_eq!(out, b"O'Neil Snake_Case");
        assert!(is_title(b"Title Case"));
        assert!(!is_title(b"TItle"));
        assert!(is_upper(b"A1") && !is_upper(b"1"));
    }
}

//! The searching and splitting methods of `str`: `find`/`rfind`/`index`/`rindex`/`count`,
//! `replace`, `split`/`rsplit`/`splitlines`, `partition`/`rpartition`,
//! `startswith`/`endswith`, `strip`/`lstrip`/`rstrip` and `removeprefix`/`removesuffix`.
//!
//! Arguments and results count code points, as in CPython; the searches themselves run on
//! the UTF-8 bytes (`str::find` and friends), and indices convert to byte offsets only at
//! the edges (free for ASCII text, see [`Text`]).

use super::str_methods::{
    one_arg, positional, self_or_copy, self_text, ssize_arg, str_operand, text_of, varargs,
    with_keywords, Text,
};
use super::str_unicode::is_space;
use crate::builtin_fn;
use crate::interp::{ops, PyResult, Vm};
use crate::objects::exception;
use crate::objects::list::{new_list_with_capacity, ListObj};
use crate::objects::str::new_str;
use crate::objects::tuple::{new_tuple, TupleObj};
use crate::objects::Obj;
use crate::qstr;
use crate::value::Value;

/// Non-overlapping occurrences of a needle, as byte offsets: a single byte (ASCII
/// character) by a plain scan, which beats memchr between nearby matches; other
/// characters through `char` patterns; longer needles through the two-way searcher.
enum Matches<'a> {
    Byte { hay: &'a [u8], at: usize, byte: u8 },
    Char(core::str::MatchIndices<'a, char>),
    Str(core::str::MatchIndices<'a, &'a str>),
}

impl<'a> Matches<'a> {
    fn new(hay: &'a str, needle: &'a str) -> Matches<'a> {
        if let [byte] = needle.as_bytes() {
            return Matches::Byte {
                hay: hay.as_bytes(),
                at: 0,
                byte: *byte,
            };
        }
        match single_char(needle) {
            Some(c) => Matches::Char(hay.match_indices(c)),
            None => Matches::Str(hay.match_indices(needle)),
        }
    }
}

impl Iterator for Matches<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        match self {
            Matches::Byte { hay, at, byte } => {
                let k = hay.get(*at..)?.iter().position(|b| b == byte)?;
                let found = *at + k;
                *at = found + 1;
                Some(found)
            }
            Matches::Char(m) => m.next().map(|(i, _)| i),
            Matches::Str(m) => m.next().map(|(i, _)| i),
        }
    }
}

/// [`Matches`] from the right.
enum RMatches<'a> {
    Byte { hay: &'a [u8], end: usize, byte: u8 },
    Char(core::str::RMatchIndices<'a, char>),
    Str(core::str::RMatchIndices<'a, &'a str>),
}

impl<'a> RMatches<'a> {
    fn new(hay: &'a str, needle: &'a str) -> RMatches<'a> {
        if let [byte] = needle.as_bytes() {
            return RMatches::Byte {
                hay: hay.as_bytes(),
                end: hay.len(),
                byte: *byte,
            };
        }
        match single_char(needle) {
            Some(c) => RMatches::Char(hay.rmatch_indices(c)),
            None => RMatches::Str(hay.rmatch_indices(needle)),
        }
    }
}

impl Iterator for RMatches<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        match self {
            RMatches::Byte { hay, end, byte } => {
                let found = hay.get(..*end)?.iter().rposition(|b| b == byte)?;
                *end = found;
                Some(found)
            }
            RMatches::Char(m) => m.next().map(|(i, _)| i),
            RMatches::Str(m) => m.next().map(|(i, _)| i),
        }
    }
}

fn single_char(s: &str) -> Option<char> {
    let mut cs = s.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// The first (or last) occurrence of `needle` in `hay`, as a byte offset.
fn find_bytes(hay: &str, needle: &str, reverse: bool) -> Option<usize> {
    match (single_char(needle), reverse) {
        (Some(c), false) => hay.find(c),
        (Some(c), true) => hay.rfind(c),
        (None, false) => hay.find(needle),
        (None, true) => hay.rfind(needle),
    }
}

/// How many non-overlapping times a non-empty `needle` occurs in `hay`.
fn count_matches(hay: &str, needle: &str) -> usize {
    match needle.as_bytes() {
        [b] => hay.bytes().filter(|x| x == b).count(),
        _ => Matches::new(hay, needle).count(),
    }
}

fn this(args: &[Value]) -> Value {
    args.first().copied().unwrap_or(Value::NONE)
}

/// An optional `start`/`end` bound: absent or None means unbounded.
fn bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => ops::index_value_clamped(vm, *v).map(Some),
    }
}

/// CPython's ADJUST_INDICES: negative bounds count from the end and clamp at 0; `end`
/// clamps to `len`, `start` may stay past it.
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let end = match end {
        None => len,
        Some(e) if e > len => len,
        Some(e) if e < 0 => (e + len).max(0),
        Some(e) => e,
    };
    let start = match start {
        None => 0,
        Some(s) if s < 0 => (s + len).max(0),
        Some(s) => s,
    };
    (start, end)
}

fn bounds(vm: &mut Vm, rest: &[Value], len: usize) -> PyResult<(i64, i64)> {
    let start = bound(vm, rest.get(1))?;
    let end = bound(vm, rest.get(2))?;
    Ok(adjust(start, end, len))
}

// ---- find / index / count -----------------------------------------------------------------

/// Where `sub` occurs in `hay[start..end]` (code points), searching from the left or right.
fn find_in(hay: Text, sub: Text, start: i64, end: i64, reverse: bool) -> Option<usize> {
    if end - start < sub.len as i64 {
        return None;
    }
    let (start, end) = (start as usize, end as usize);
    let bs = hay.byte_at(start);
    let region = if hay.is_ascii() {
        hay.s.get(bs..end)?
    } else {
        let rest = Text::new(hay.s.get(bs..)?);
        rest.s.get(..rest.byte_at(end - start))?
    };
    let p = find_bytes(region, sub.s, reverse)?;
    let before = if hay.is_ascii() {
        p
    } else {
        super::str_methods::char_count(region.get(..p)?)
    };
    Some(start + before)
}

fn find_common(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    reverse: bool,
) -> PyResult<Option<usize>> {
    let rest = varargs(vm, name, args, kw, 1, 3)?;
    let hay = self_text(vm, args, name)?;
    let sub = str_operand(vm, rest.first().copied().unwrap_or(Value::NONE))?;
    let (start, end) = bounds(vm, rest, hay.len)?;
    Ok(find_in(hay, sub, start, end, reverse))
}

fn position_value(p: Option<usize>) -> Value {
    Value::small_int_unchecked(p.map_or(-1, |p| p as i64))
}

fn m_find(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    find_common(vm, args, kw, "find", false).map(position_value)
}
builtin_fn!(STR_FIND, qstr::find, m_find);

fn m_rfind(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    find_common(vm, args, kw, "rfind", true).map(position_value)
}
builtin_fn!(STR_RFIND, qstr::rfind, m_rfind);

fn m_index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    match find_common(vm, args, kw, "index", false)? {
        Some(p) => Ok(position_value(Some(p))),
        None => Err(vm.value_error("substring not found")),
    }
}
builtin_fn!(STR_INDEX, qstr::index, m_index);

fn m_rindex(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    match find_common(vm, args, kw, "rindex", true)? {
        Some(p) => Ok(position_value(Some(p))),
        None => Err(vm.value_error("substring not found")),
    }
}
builtin_fn!(STR_RINDEX, qstr::rindex, m_rindex);

fn m_count(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let rest = varargs(vm, "count", args, kw, 1, 3)?;
    let hay = self_text(vm, args, "count")?;
    let sub = str_operand(vm, rest.first().copied().unwrap_or(Value::NONE))?;
    let (start, end) = bounds(vm, rest, hay.len)?;
    if end - start < sub.len as i64 {
        return Ok(Value::small_int_unchecked(0));
    }
    if sub.s.is_empty() {
        return Ok(Value::small_int_unchecked(end - start + 1));
    }
    let region = hay.slice(start as usize, end as usize);
    let n = count_matches(region, sub.s);
    Ok(Value::small_int_unchecked(n as i64))
}
builtin_fn!(STR_COUNT, qstr::count, m_count);

// ---- replace ------------------------------------------------------------------------------

fn m_replace(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let rest = positional(vm, "replace", args, kw, 2, 3)?;
    let t = self_text(vm, args, "replace")?;
    let mut texts = [Text::new(""); 2];
    for (i, slot) in texts.iter_mut().enumerate() {
        let v = rest.get(i).copied().unwrap_or(Value::NONE);
        *slot = match text_of(vm, v) {
            Some(x) => x,
            None => {
                let tn = vm.type_name(v);
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("replace() argument {} must be str, not {}", i + 1, tn),
                ));
            }
        };
    }
    let [old, new] = texts;
    let limit = match rest.get(2) {
        Some(v) => ssize_arg(vm, *v)?,
        None => -1,
    };
    let limit = if limit < 0 {
        usize::MAX
    } else {
        limit as usize
    };
    let mut out = crate::objects::str::StrBuilder::new();
    if old.s.is_empty() {
        // Insert `new` before every character and at the end, up to `limit` times.
        if limit == 0 {
            return self_or_copy(vm, this(args), t.s);
        }
        let mut done = 0usize;
        for c in t.s.chars() {
            if done < limit {
                out.push_str(vm, new.s)?;
                done += 1;
            }
            out.push_char(vm, c)?;
        }
        if done < limit {
            out.push_str(vm, new.s)?;
        }
        return out.finish(vm);
    }
    let all = count_matches(t.s, old.s);
    let n = all.min(limit);
    if n == 0 {
        return self_or_copy(vm, this(args), t.s);
    }
    let total = n
        .checked_mul(new.s.len())
        .and_then(|grow| (t.s.len() - n * old.s.len()).checked_add(grow))
        .ok_or_else(|| vm.memory_error())?;
    let mut bytes: alloc::vec::Vec<u8> = alloc::vec::Vec::new();
    crate::objects::bytes::reserve_buffer(vm, &mut bytes, total)?;
    match (old.s.as_bytes(), new.s.as_bytes()) {
        // One ASCII byte for another everywhere: a plain byte map.
        ([from], [to]) if n == all => {
            bytes.extend(t.s.bytes().map(|b| if b == *from { *to } else { b }));
        }
        _ => {
            let mut last = 0usize;
            for at in Matches::new(t.s, old.s).take(n) {
                bytes.extend_from_slice(t.s.as_bytes().get(last..at).unwrap_or(&[]));
                bytes.extend_from_slice(new.s.as_bytes());
                last = at + old.s.len();
            }
            bytes.extend_from_slice(t.s.as_bytes().get(last..).unwrap_or(&[]));
        }
    }
    let out = core::str::from_utf8(&bytes).map_err(|_| vm.memory_error())?;
    new_str(vm, out)
}
builtin_fn!(STR_REPLACE, qstr::replace, m_replace);

// ---- split --------------------------------------------------------------------------------

/// The character starting at byte `i` of `s` and its byte length.
#[inline]
fn char_after(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((char::from(b), 1));
    }
    let c = s.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// The character ending at byte `i` of `s` and its byte length.
#[inline]
fn char_before(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i.checked_sub(1)?)?;
    if b < 0x80 {
        return Some((char::from(b), 1));
    }
    let c = s.get(..i)?.chars().next_back()?;
    Some((c, c.len_utf8()))
}

fn push_piece(vm: &mut Vm, list: Obj<ListObj>, piece: &str) -> PyResult<()> {
    let v = new_str(vm, piece)?;
    list.push(vm, v)
}

/// `sep` and `maxsplit` of split/rsplit; `None` separator means runs of whitespace.
fn split_args<'a>(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
) -> PyResult<(Option<Text<'a>>, usize)> {
    let [sep, maxsplit] = with_keywords(vm, name, args, kw, [qstr::sep, qstr::maxsplit])?;
    let sep = match sep {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => match text_of(vm, v) {
            Some(t) if t.s.is_empty() => return Err(vm.value_error("empty separator")),
            Some(t) => Some(t),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("must be str or None, not {}", tn),
                ));
            }
        },
    };
    let max = match maxsplit {
        None => -1,
        Some(v) => ssize_arg(vm, v)?,
    };
    Ok((sep, if max < 0 { usize::MAX } else { max as usize }))
}

/// The number of whitespace-separated words in `s` (to size split's list).
fn count_words(s: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    let mut i = 0;
    while let Some((c, len)) = char_after(s, i) {
        let space = is_space(c);
        if !space && !in_word {
            n += 1;
        }
        in_word = !space;
        i += len;
    }
    n
}

fn m_split(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (sep, max) = split_args(vm, args, kw, "split")?;
    let s = self_text(vm, args, "split")?.s;
    let pieces = match sep {
        Some(sep) => count_matches(s, sep.s),
        None => count_words(s),
    };
    let list = new_list_with_capacity(vm, pieces.min(max).saturating_add(1))?;
    match sep {
        Some(sep) => {
            let mut last = 0usize;
            for (done, at) in Matches::new(s, sep.s).enumerate() {
                if done == max {
                    break;
                }
                push_piece(vm, list, s.get(last..at).unwrap_or(""))?;
                last = at + sep.s.len();
            }
            push_piece(vm, list, s.get(last..).unwrap_or(""))?;
        }
        None => {
            let mut i = 0usize;
            let mut left = max;
            while left > 0 {
                while let Some((c, n)) = char_after(s, i) {
                    if !is_space(c) {
                        break;
                    }
                    i += n;
                }
                if i >= s.len() {
                    break;
                }
                let start = i;
                while let Some((c, n)) = char_after(s, i) {
                    if is_space(c) {
                        break;
                    }
                    i += n;
                }
                push_piece(vm, list, s.get(start..i).unwrap_or(""))?;
                left -= 1;
            }
            while let Some((c, n)) = char_after(s, i) {
                if !is_space(c) {
                    break;
                }
                i += n;
            }
            if i < s.len() {
                push_piece(vm, list, s.get(i..).unwrap_or(""))?;
            }
        }
    }
    Ok(list.as_value())
}
builtin_fn!(STR_SPLIT, qstr::split, m_split);

/// Reverse the first `n` items of a list in place (rsplit collects right to left).
fn reverse_list(list: Obj<ListObj>) {
    let items = list.get().items();
    let n = items.len();
    for i in 0..n / 2 {
        if let (Some(a), Some(b)) = (items.get(i), items.get(n - 1 - i)) {
            a.swap(b);
        }
    }
}

fn m_rsplit(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (sep, max) = split_args(vm, args, kw, "rsplit")?;
    let s = self_text(vm, args, "rsplit")?.s;
    let pieces = match sep {
        Some(sep) => count_matches(s, sep.s),
        None => count_words(s),
    };
    let list = new_list_with_capacity(vm, pieces.min(max).saturating_add(1))?;
    match sep {
        Some(sep) => {
            let mut last = s.len();
            for (done, at) in RMatches::new(s, sep.s).enumerate() {
                if done == max {
                    break;
                }
                push_piece(vm, list, s.get(at + sep.s.len()..last).unwrap_or(""))?;
                last = at;
            }
            push_piece(vm, list, s.get(..last).unwrap_or(""))?;
        }
        None => {
            let mut i = s.len();
            let mut left = max;
            while left > 0 {
                while let Some((c, n)) = char_before(s, i) {
                    if !is_space(c) {
                        break;
                    }
                    i -= n;
                }
                if i == 0 {
                    break;
                }
                let end = i;
                while let Some((c, n)) = char_before(s, i) {
                    if is_space(c) {
                        break;
                    }
                    i -= n;
                }
                push_piece(vm, list, s.get(i..end).unwrap_or(""))?;
                left -= 1;
            }
            while let Some((c, n)) = char_before(s, i) {
                if !is_space(c) {
                    break;
                }
                i -= n;
            }
            if i > 0 {
                push_piece(vm, list, s.get(..i).unwrap_or(""))?;
            }
        }
    }
    reverse_list(list);
    Ok(list.as_value())
}
builtin_fn!(STR_RSPLIT, qstr::rsplit, m_rsplit);

/// CPython's line boundaries.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn m_splitlines(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [keepends] = with_keywords(vm, "splitlines", args, kw, [qstr::keepends])?;
    let s = self_text(vm, args, "splitlines")?.s;
    let keep = match keepends {
        None => false,
        Some(v) if v.is_bool() => v == Value::TRUE,
        Some(v) => ops::index_value(vm, v)? != 0,
    };
    let list = new_list_with_capacity(vm, 0)?;
    let mut start = 0usize;
    let mut i = 0usize;
    while let Some((c, n)) = char_after(s, i) {
        if !is_line_break(c) {
            i += n;
            continue;
        }
        let mut next = i + n;
        if c == '\r' && s.as_bytes().get(next) == Some(&b'\n') {
            next += 1;
        }
        let end = if keep { next } else { i };
        push_piece(vm, list, s.get(start..end).unwrap_or(""))?;
        start = next;
        i = next;
    }
    if start < s.len() {
        push_piece(vm, list, s.get(start..).unwrap_or(""))?;
    }
    Ok(list.as_value())
}
builtin_fn!(STR_SPLITLINES, qstr::splitlines, m_splitlines);

// ---- partition ----------------------------------------------------------------------------

fn partition(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    reverse: bool,
) -> PyResult<Value> {
    let sep_v = one_arg(vm, name, args, kw)?;
    let t = self_text(vm, args, name)?;
    let sep = str_operand(vm, sep_v)?;
    if sep.s.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = find_bytes(t.s, sep.s, reverse);
    let Some(at) = found else {
        let whole = self_or_copy(vm, this(args), t.s)?;
        let empty = Value::from_qstr(qstr::EMPTY);
        return if reverse {
            new_tuple(vm, &[empty, empty, whole])
        } else {
            new_tuple(vm, &[whole, empty, empty])
        };
    };
    let head = new_str(vm, t.s.get(..at).unwrap_or(""))?;
    let sep_s = new_str(vm, sep.s)?;
    let tail = new_str(vm, t.s.get(at + sep.s.len()..).unwrap_or(""))?;
    new_tuple(vm, &[head, sep_s, tail])
}

fn m_partition(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition(vm, args, kw, "partition", false)
}
builtin_fn!(STR_PARTITION, qstr::partition, m_partition);

fn m_rpartition(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition(vm, args, kw, "rpartition", true)
}
builtin_fn!(STR_RPARTITION, qstr::rpartition, m_rpartition);

// ---- startswith / endswith ----------------------------------------------------------------

/// Whether `sub` matches `hay[start..end]` at its start (or end).
fn tail_match(hay: Text, sub: Text, start: i64, end: i64, at_end: bool) -> bool {
    if end - start < sub.len as i64 {
        return false;
    }
    if sub.s.is_empty() {
        return true;
    }
    let region = hay.slice(start as usize, end as usize);
    if at_end {
        region.ends_with(sub.s)
    } else {
        region.starts_with(sub.s)
    }
}

fn affix_match(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    at_end: bool,
) -> PyResult<Value> {
    let rest = varargs(vm, name, args, kw, 1, 3)?;
    let hay = self_text(vm, args, name)?;
    let (start, end) = bounds(vm, rest, hay.len)?;
    let affix = rest.first().copied().unwrap_or(Value::NONE);
    if let Some(t) = Obj::<TupleObj>::from_value(affix) {
        for &item in t.get().items() {
            let Some(sub) = text_of(vm, item) else {
                let tn = vm.type_name(item);
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("tuple for {} must only contain str, not {}", name, tn),
                ));
            };
            if tail_match(hay, sub, start, end, at_end) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    let Some(sub) = text_of(vm, affix) else {
        let tn = vm.type_name(affix);
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "{} first arg must be str or a tuple of str, not {}",
                name, tn
            ),
        ));
    };
    Ok(Value::from_bool(tail_match(hay, sub, start, end, at_end)))
}

fn m_startswith(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix_match(vm, args, kw, "startswith", false)
}
builtin_fn!(STR_STARTSWITH, qstr::startswith, m_startswith);

fn m_endswith(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix_match(vm, args, kw, "endswith", true)
}
builtin_fn!(STR_ENDSWITH, qstr::endswith, m_endswith);

// ---- strip --------------------------------------------------------------------------------

/// The characters strip removes: whitespace, or the members of a string.
enum StripSet<'a> {
    Space,
    /// ASCII characters as a bitmap.
    Ascii(u128),
    Chars(&'a str),
}

impl StripSet<'_> {
    #[inline]
    fn contains(&self, c: char) -> bool {
        match self {
            StripSet::Space => is_space(c),
            StripSet::Ascii(bits) => (c as u32) < 128 && bits & (1u128 << (c as u32)) != 0,
            StripSet::Chars(s) => s.contains(c),
        }
    }
}

fn strip(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let rest = positional(vm, name, args, kw, 0, 1)?;
    let t = self_text(vm, args, name)?;
    let set = match rest.first() {
        None => StripSet::Space,
        Some(v) if v.is_none() => StripSet::Space,
        Some(v) => match text_of(vm, *v) {
            Some(chars) if chars.s.is_ascii() => StripSet::Ascii(
                chars
                    .s
                    .bytes()
                    .fold(0u128, |acc, b| acc | (1u128 << u32::from(b))),
            ),
            Some(chars) => StripSet::Chars(chars.s),
            None => {
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("{} arg must be None or str", name),
                ))
            }
        },
    };
    let s = t.s;
    let mut start = 0usize;
    let mut end = s.len();
    if left {
        while let Some((c, n)) = char_after(s, start) {
            if !set.contains(c) {
                break;
            }
            start += n;
        }
    }
    if right {
        while end > start {
            let Some((c, n)) = char_before(s, end) else {
                break;
            };
            if !set.contains(c) {
                break;
            }
            end -= n;
        }
    }
    if start == 0 && end == s.len() {
        return self_or_copy(vm, this(args), t.s);
    }
    new_str(vm, s.get(start..end).unwrap_or(""))
}

fn m_strip(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip(vm, args, kw, "strip", true, true)
}
builtin_fn!(STR_STRIP, qstr::strip, m_strip);

fn m_lstrip(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip(vm, args, kw, "lstrip", true, false)
}
builtin_fn!(STR_LSTRIP, qstr::lstrip, m_lstrip);

fn m_rstrip(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip(vm, args, kw, "rstrip", false, true)
}
builtin_fn!(STR_RSTRIP, qstr::rstrip, m_rstrip);

fn remove_affix(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    suffix: bool,
) -> PyResult<Value> {
    let v = one_arg(vm, name, args, kw)?;
    let t = self_text(vm, args, name)?;
    let Some(affix) = text_of(vm, v) else {
        let tn = vm.type_name(v);
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("{}() argument must be str, not {}", name, tn),
        ));
    };
    let rest = if suffix {
        t.s.strip_suffix(affix.s)
    } else {
        t.s.strip_prefix(affix.s)
    };
    match rest {
        Some(r) if !affix.s.is_empty() => new_str(vm, r),
        _ => self_or_copy(vm, this(args), t.s),
    }
}

fn m_removeprefix(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    remove_affix(vm, args, kw, "removeprefix", false)
}
builtin_fn!(STR_REMOVEPREFIX, qstr::removeprefix, m_removeprefix);

fn m_removesuffix(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    remove_affix(vm, args, kw, "removesuffix", true)
}
builtin_fn!(STR_REMOVESUFFIX, qstr::removesuffix, m_removesuffix);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjust_follows_cpython() {
        assert_eq!(adjust(None, None, 5), (0, 5));
        assert_eq!(adjust(Some(-2), None, 5), (3, 5));
        assert_eq!(adjust(Some(-9), Some(-9), 5), (0, 0));
        assert_eq!(adjust(Some(9), Some(9), 5), (9, 5));
    }

    #[test]
    fn find_counts_code_points() {
        let hay = Text::new("€a€b€");
        assert_eq!(find_in(hay, Text::new("€"), 1, 5, false), Some(2));
        assert_eq!(find_in(hay, Text::new("€"), 0, 5, true), Some(4));
        assert_eq!(find_in(hay, Text::new(""), 2, 5, true), Some(5));
        assert_eq!(find_in(hay, Text::new("b"), 0, 3, false), None);
        let ascii = Text::new("hello");
        assert_eq!(find_in(ascii, Text::new("l"), 3, 5, false), Some(3));
        assert_eq!(find_in(ascii, Text::new(""), 6, 5, false), None);
    }

    #[test]
    fn neighbouring_chars() {
        assert_eq!(char_after("a€", 1), Some(('€', 3)));
        assert_eq!(char_before("a€", 4), Some(('€', 3)));
        assert_eq!(char_before("a€", 0), None);
    }
}

//! String formatting: `format(value, spec)` for the built-in types, `str.format` /
//! `str.format_map` (and so f-strings, which compile to `str.format`): fields with
//! automatic or manual numbering, names, attribute and index access, `!r`/`!s`/`!a`
//! conversions and nested specs; and printf-style `%` formatting over the parser and
//! number writers in `num::percent`, `num::int_format` and `num::float_format`.
//!
//! In: the template text and argument values. Out: a new str value, or the ValueError,
//! TypeError, KeyError or IndexError CPython 3.11 raises, with its message.

use super::str_methods::{str_text, text_of};
use crate::interp::{attr, ops, PyErr, PyResult, Vm};
use crate::num::percent::{parse_percent, Count, PercentError, PercentSpec};
use crate::objects::exception;
use crate::objects::str::{new_str, str_of, StrBuilder};
use crate::objects::tuple::TupleObj;
use crate::objects::Obj;
use crate::qstr;
use crate::value::Value;

// ---- format(value, spec) ------------------------------------------------------------------

/// `format(v, spec)`.
pub fn format_with_spec(vm: &mut Vm, v: Value, spec: &str) -> PyResult<Value> {
    let t = vm.type_of(v);
    if t.is_heap() {
        if let Some(f) = crate::interp::classes::find_override(vm, t, qstr::__format__)? {
            let s = new_str(vm, spec)?;
            let r = crate::interp::call::call_with_self(vm, f, v, &[s], &[])?;
            if !crate::objects::str::is_str(vm, r) {
                let tn = vm.type_name(r);
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("__format__ must return a str, not {}", tn),
                ));
            }
            return Ok(r);
        }
    }
    if spec.is_empty() {
        if let Some(s) = str_text(vm, v) {
            if !t.is_heap() {
                return Ok(v);
            }
            return new_str(vm, s);
        }
    }
    let mut out = StrBuilder::new();
    format_into(vm, v, spec, &mut out)?;
    out.finish(vm)
}

/// Write `format(v, spec)` into `out` (for values without a Python `__format__`).
pub fn format_into(vm: &mut Vm, v: Value, spec: &str, out: &mut StrBuilder) -> PyResult<()> {
    let base = crate::interp::typeobj::native_base_of(v).unwrap_or(v);
    if let Some(i) = base.as_small_int() {
        return format_small_int(vm, i, spec, out);
    }
    if base.is_bool() && !spec.is_empty() {
        return format_small_int(vm, i64::from(base == Value::TRUE), spec, out);
    }
    if crate::objects::int::is_int(base) && !base.is_bool() {
        return super::int_methods::format_int(vm, base, spec, out);
    }
    if base.is_float() {
        return super::float_methods::format_float(vm, base.as_f64(), spec, out);
    }
    if let Some(c) = Obj::<super::complex_methods::ComplexObj>::from_value(base) {
        let parsed = crate::num::format_spec::FormatSpec::parse_for_float(spec)
            .map_err(|e| super::int_methods::spec_error(vm, e.into(), spec, "complex"))?;
        return crate::num::complex_format::format_complex(out, c.re, c.im, &parsed)
            .map_err(|e| super::int_methods::spec_error(vm, e, spec, "complex"));
    }
    if spec.is_empty() {
        return ops::str_into(vm, v, out);
    }
    if let Some(s) = str_of(vm, base) {
        let parsed = crate::num::format_spec::FormatSpec::parse_for_str(spec)
            .map_err(|e| super::int_methods::spec_error(vm, e.into(), spec, "str"))?;
        return crate::num::format_spec::format_str(out, &parsed, s)
            .map_err(|e| super::int_methods::spec_error(vm, e, spec, "str"));
    }
    let tn = vm.type_name(v);
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("unsupported format string passed to {}.__format__", tn),
    ))
}

/// `int.__format__`, `float.__format__` and `complex.__format__`.
fn number_format_dunder(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [v, spec] = *args else {
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "__format__() takes exactly one argument ({} given)",
                args.len().saturating_sub(1)
            ),
        ));
    };
    let Some(spec) = str_of(vm, spec) else {
        let tn = vm.type_name(spec);
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("__format__() argument must be str, not {}", tn),
        ));
    };
    let mut out = StrBuilder::new();
    format_into(vm, v, spec, &mut out)?;
    out.finish(vm)
}
crate::builtin_fn!(NUMBER_FORMAT_DUNDER, qstr::__format__, number_format_dunder);

/// `format(i, spec)` for a small int, on stack buffers.
fn format_small_int(vm: &mut Vm, i: i64, spec: &str, out: &mut StrBuilder) -> PyResult<()> {
    if spec.is_empty() {
        return out.push_fmt(vm, format_args!("{}", i));
    }
    let parsed = crate::num::format_spec::FormatSpec::parse_for_int(spec)
        .map_err(|e| super::int_methods::spec_error(vm, e.into(), spec, "int"))?;
    crate::num::int_format::format_i64(out, i, &parsed)
        .map_err(|e| super::int_methods::spec_error(vm, e, spec, "int"))
}

// ---- str.format ---------------------------------------------------------------------------

/// Where `str.format` fields get their values.
#[derive(Clone, Copy)]
enum Source<'a> {
    /// `format(*args, **kw)`; `kw` is flattened `[name, value, ...]`.
    Call { args: &'a [Value], kw: &'a [Value] },
    /// `format_map(mapping)`: names only.
    Mapping(Value),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

struct FormatState<'a> {
    source: Source<'a>,
    numbering: Numbering,
    next_auto: usize,
}

/// `fmt.format(*args, **kw)`.
pub fn str_format(vm: &mut Vm, fmt: &str, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut state = FormatState {
        source: Source::Call { args, kw },
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    let mut out = StrBuilder::new();
    format_template(vm, fmt, &mut state, &mut out, 2)?;
    out.finish(vm)
}

/// `fmt.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, fmt: &str, mapping: Value) -> PyResult<Value> {
    let mut state = FormatState {
        source: Source::Mapping(mapping),
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    let mut out = StrBuilder::new();
    format_template(vm, fmt, &mut state, &mut out, 2)?;
    out.finish(vm)
}

/// One replacement field, split the way CPython's parser splits it.
struct Field<'t> {
    name: &'t str,
    conversion: Option<char>,
    spec: &'t str,
    spec_has_fields: bool,
}

/// Parse the field starting just after `{` at byte `i`; returns it and the index just
/// past its closing `}`.
fn parse_field<'t>(vm: &mut Vm, fmt: &'t str, start: usize) -> PyResult<(Field<'t>, usize)> {
    let bytes = fmt.as_bytes();
    let mut i = start;
    let mut stop = None;
    while let Some(&c) = bytes.get(i) {
        i += 1;
        match c {
            b'{' => return Err(vm.value_error("unexpected '{' in field name")),
            b'[' => {
                while bytes.get(i).is_some_and(|&b| b != b']') {
                    i += 1;
                }
            }
            b'}' | b':' | b'!' => {
                stop = Some(c);
                break;
            }
            _ => {}
        }
    }
    let Some(stop) = stop else {
        return Err(vm.value_error("expected '}' before end of string"));
    };
    let name = fmt.get(start..i - 1).unwrap_or("");
    let mut field = Field {
        name,
        conversion: None,
        spec: "",
        spec_has_fields: false,
    };
    if stop == b'}' {
        return Ok((field, i));
    }
    if stop == b'!' {
        let Some(c) = fmt.get(i..).and_then(|r| r.chars().next()) else {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        };
        field.conversion = Some(c);
        i += c.len_utf8();
        match bytes.get(i) {
            Some(b'}') => return Ok((field, i + 1)),
            Some(b':') => i += 1,
            Some(_) => return Err(vm.value_error("expected ':' after conversion specifier")),
            None => {}
        }
    }
    let spec_start = i;
    let mut depth = 1usize;
    while let Some(&c) = bytes.get(i) {
        i += 1;
        match c {
            b'{' => {
                field.spec_has_fields = true;
                depth += 1;
            }
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    field.spec = fmt.get(spec_start..i - 1).unwrap_or("");
                    return Ok((field, i));
                }
            }
            _ => {}
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}

fn format_template(
    vm: &mut Vm,
    fmt: &str,
    state: &mut FormatState,
    out: &mut StrBuilder,
    depth: usize,
) -> PyResult<()> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let bytes = fmt.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let rest = bytes.get(i..).unwrap_or(&[]);
        let Some(k) = rest.iter().position(|&b| b == b'{' || b == b'}') else {
            out.push_str(vm, fmt.get(i..).unwrap_or(""))?;
            break;
        };
        let at = i + k;
        out.push_str(vm, fmt.get(i..at).unwrap_or(""))?;
        let c = bytes.get(at).copied().unwrap_or(0);
        let next = bytes.get(at + 1).copied();
        if next == Some(c) {
            out.push_str(vm, if c == b'{' { "{" } else { "}" })?;
            i = at + 2;
            continue;
        }
        if c == b'}' {
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if next.is_none() {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        let (field, end) = parse_field(vm, fmt, at + 1)?;
        render_field(vm, &field, state, out, depth)?;
        i = end;
    }
    Ok(())
}

/// CPython's field-name integer: all decimal digits, else not an index.
fn field_index(vm: &mut Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut n: usize = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| vm.value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}

/// The value of a decimal digit. Unicode puts every script's digits in runs of ten from
/// zero, so it is the number of digits just before `c`, modulo ten.
fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    if !super::str_unicode::is_decimal(c) {
        return None;
    }
    let u = c as u32;
    let mut k = 0;
    while k < 9 {
        match u.checked_sub(k + 1).and_then(char::from_u32) {
            Some(p) if super::str_unicode::is_decimal(p) => k += 1,
            _ => break,
        }
    }
    Some(k % 10)
}

fn key_error(vm: &mut Vm, key: &str) -> PyErr {
    let k = match new_str(vm, key) {
        Ok(k) => k,
        Err(e) => return e,
    };
    let t = match crate::objects::tuple::new_tuple(vm, &[k]) {
        Ok(t) => t,
        Err(e) => return e,
    };
    match exception::new_with_args(vm, &exception::KEY_ERROR, t) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// The object a field name designates, before conversion and formatting.
fn field_value(vm: &mut Vm, name: &str, state: &mut FormatState) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = name.get(..first_end).unwrap_or("");
    let index = field_index(vm, first)?;
    let empty = first.is_empty();
    let mut value = if empty || index.is_some() {
        if state.numbering == Numbering::Unset {
            state.numbering = if empty {
                Numbering::Auto
            } else {
                Numbering::Manual
            };
        }
        if state.numbering == Numbering::Manual && empty {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if state.numbering == Numbering::Auto && !empty {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        let n = match index {
            Some(n) => n,
            None => {
                state.next_auto += 1;
                state.next_auto - 1
            }
        };
        match state.source {
            Source::Mapping(_) => {
                return Err(vm.value_error("Format string contains positional fields"))
            }
            Source::Call { args, .. } => match args.get(n) {
                Some(v) => *v,
                None => {
                    return Err(vm.new_exception_fmt(
                        &exception::INDEX_ERROR,
                        format_args!(
                            "Replacement index {} out of range for positional args tuple",
                            n
                        ),
                    ))
                }
            },
        }
    } else {
        match state.source {
            Source::Mapping(m) => {
                let key = new_str(vm, first)?;
                ops::subscr_load(vm, m, key)?
            }
            Source::Call { kw, .. } => {
                let found = kw.chunks(2).find_map(|p| {
                    let k = *p.first()?;
                    if str_of(vm, k) == Some(first) {
                        p.get(1).copied()
                    } else {
                        None
                    }
                });
                match found {
                    Some(v) => v,
                    None => return Err(key_error(vm, first)),
                }
            }
        }
    };
    let mut rest = name.get(first_end..).unwrap_or("");
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr_name = r.get(..end).unwrap_or("");
            if attr_name.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let a = vm.intern(attr_name)?;
            value = attr::load_attr(vm, value, a)?;
            rest = r.get(end..).unwrap_or("");
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key_s = r.get(..end).unwrap_or("");
            if key_s.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let key = match field_index(vm, key_s)? {
                Some(n) => crate::objects::int::int_from_i64(vm, n as i64)?,
                None => new_str(vm, key_s)?,
            };
            value = ops::subscr_load(vm, value, key)?;
            rest = r.get(end + 1..).unwrap_or("");
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(value)
}

/// `ascii(v)`: the repr with non-ASCII characters escaped.
pub fn ascii_of(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let r = ops::repr(vm, v)?;
    let s = str_of(vm, r).unwrap_or("");
    if s.is_ascii() {
        return Ok(r);
    }
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

fn render_field(
    vm: &mut Vm,
    field: &Field,
    state: &mut FormatState,
    out: &mut StrBuilder,
    depth: usize,
) -> PyResult<()> {
    let mut value = field_value(vm, field.name, state)?;
    value = match field.conversion {
        None => value,
        Some('r') => ops::repr(vm, value)?,
        Some('s') => ops::str_value(vm, value)?,
        Some('a') => ascii_of(vm, value)?,
        Some(c) if (' '..='~').contains(&c) && c != ' ' => {
            return Err(vm.new_exception_fmt(
                &exception::VALUE_ERROR,
                format_args!("Unknown conversion specifier {}", c),
            ))
        }
        Some(c) => {
            return Err(vm.new_exception_fmt(
                &exception::VALUE_ERROR,
                format_args!("Unknown conversion specifier \\x{:x}", c as u32),
            ))
        }
    };
    if field.spec_has_fields {
        let mut inner = StrBuilder::new();
        format_template(vm, field.spec, state, &mut inner, depth - 1)?;
        let spec = inner.as_str().ok_or_else(|| vm.memory_error())?;
        return format_field_value(vm, value, spec, out);
    }
    format_field_value(vm, value, field.spec, out)
}

fn format_field_value(vm: &mut Vm, value: Value, spec: &str, out: &mut StrBuilder) -> PyResult<()> {
    let t = vm.type_of(value);
    if !t.is_heap() {
        if spec.is_empty() {
            if let Some(s) = str_text(vm, value) {
                return out.push_str(vm, s);
            }
        }
        return format_into(vm, value, spec, out);
    }
    let r = format_with_spec(vm, value, spec)?;
    out.push_str(vm, str_of(vm, r).unwrap_or(""))
}

// ---- % formatting -------------------------------------------------------------------------

/// The argument cursor of `%` formatting, as CPython keeps it: a tuple's items, or a
/// single value (`len == -1`), replaced by the looked-up value after each `%(key)`.
struct PercentArgs<'a> {
    items: &'a [Value],
    current: Value,
    len: i64,
    next: i64,
}

impl PercentArgs<'_> {
    fn next_arg(&mut self, vm: &mut Vm) -> PyResult<Value> {
        if self.next < self.len {
            self.next += 1;
            if self.len < 0 {
                return Ok(self.current);
            }
            return Ok(self
                .items
                .get((self.next - 1) as usize)
                .copied()
                .unwrap_or(Value::NONE));
        }
        Err(vm.type_error("not enough arguments for format string"))
    }
}

/// Whether `%` treats `v` as a mapping (`%(key)s` lookups): anything subscriptable that
/// is not a tuple or a str.
fn is_percent_mapping(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if crate::objects::dict::as_dict(v).is_some() {
        return Ok(true);
    }
    let tuple_base = crate::interp::typeobj::native_base_of(v).unwrap_or(v);
    if str_text(vm, v).is_some() || Obj::<TupleObj>::from_value(tuple_base).is_some() {
        return Ok(false);
    }
    let t = vm.type_of(v);
    if t.is_heap() {
        return Ok(crate::interp::classes::find_override(vm, t, qstr::__getitem__)?.is_some());
    }
    Ok(t.slots.subscr.is_some())
}

fn percent_error(vm: &mut Vm, e: PercentError) -> PyErr {
    let mut m = StrBuilder::new();
    if e.write_message(&mut m).is_err() {
        return vm.memory_error();
    }
    vm.new_exception(&exception::VALUE_ERROR, m.as_str().unwrap_or("bad format"))
}

fn star_count(vm: &mut Vm, args: &mut PercentArgs, c: Count) -> PyResult<i64> {
    if c != Count::Star {
        return Ok(0);
    }
    let v = args.next_arg(vm)?;
    if !crate::objects::int::is_int(v) {
        return Err(vm.type_error("* wants int"));
    }
    match crate::objects::int::int_as_i128(v).and_then(|i| i64::try_from(i).ok()) {
        Some(i) => Ok(i),
        None => Err(vm.new_exception(
            &exception::OVERFLOW_ERROR,
            "Python int too large to convert to C ssize_t",
        )),
    }
}

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt_v: Value, args_v: Value) -> PyResult<Value> {
    let fmt = super::str_methods::text(vm, fmt_v)?;
    let tuple = Obj::<TupleObj>::from_value(args_v).or_else(|| {
        crate::interp::typeobj::native_base_of(args_v).and_then(Obj::<TupleObj>::from_value)
    });
    let mut args = PercentArgs {
        items: tuple.map_or(&[], |t| t.get().items()),
        current: args_v,
        len: tuple.map_or(-1, |t| t.get().len() as i64),
        next: if tuple.is_some() { 0 } else { -2 },
    };
    let mapping = if tuple.is_none() && is_percent_mapping(vm, args_v)? {
        Some(args_v)
    } else {
        None
    };
    let bytes = fmt.as_bytes();
    let mut out = StrBuilder::new();
    if !out.reserve(vm, fmt.len()) {
        return Err(vm.memory_error());
    }
    let mut i = 0;
    while i < bytes.len() {
        let Some(k) = bytes
            .get(i..)
            .and_then(|r| r.iter().position(|&b| b == b'%'))
        else {
            out.push_str(vm, fmt.get(i..).unwrap_or(""))?;
            break;
        };
        let at = i + k;
        out.push_str(vm, fmt.get(i..at).unwrap_or(""))?;
        if bytes.get(at + 1) == Some(&b'(') && mapping.is_none() {
            return Err(vm.type_error("format requires a mapping"));
        }
        let d = match parse_percent(fmt, at) {
            Ok(d) => d,
            Err(e @ PercentError::Unsupported { .. }) => {
                // CPython fetches the argument before it looks at the conversion.
                args.next_arg(vm)?;
                return Err(percent_error(vm, e));
            }
            Err(e) => return Err(percent_error(vm, e)),
        };
        i = d.end;
        if d.conversion == '%' && d.key.is_none() {
            out.push_char(vm, '%')?;
            continue;
        }
        if let (Some(key), Some(m)) = (d.key, mapping) {
            let kv = new_str(vm, key)?;
            args.current = ops::subscr_load(vm, m, kv)?;
            args.len = -1;
            args.next = -2;
        }
        let star_width = star_count(vm, &mut args, d.width)?;
        let star_precision = star_count(vm, &mut args, d.precision)?;
        let spec = PercentSpec::from_directive(&d, star_width, star_precision);
        if d.conversion == '%' {
            out.push_char(vm, '%')?;
            continue;
        }
        let arg = args.next_arg(vm)?;
        // A huge width fails here rather than after a long run of fill characters.
        if !out.reserve(vm, spec.width) {
            return Err(vm.memory_error());
        }
        format_percent_arg(vm, &spec, arg, &mut out)?;
    }
    if args.next < args.len && mapping.is_none() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    out.finish(vm)
}

/// Text padded to the spec's width with spaces (left-aligned with `-`).
fn write_padded(vm: &Vm, spec: &PercentSpec, s: &str, out: &mut StrBuilder) -> PyResult<()> {
    let s = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((cut, _)) => s.get(..cut).unwrap_or(s),
            None => s,
        },
        None => s,
    };
    let n = s.chars().count();
    let pad = spec.width.saturating_sub(n);
    if !out.reserve(vm, s.len().saturating_add(pad)) {
        return Err(vm.memory_error());
    }
    if !spec.left {
        for _ in 0..pad {
            out.push_char(vm, ' ')?;
        }
    }
    out.push_str(vm, s)?;
    if spec.left {
        for _ in 0..pad {
            out.push_char(vm, ' ')?;
        }
    }
    Ok(())
}

fn type_error_for(vm: &mut Vm, spec: &PercentSpec, arg: Value) -> PyErr {
    let tn = vm.type_name(arg);
    match spec.conversion {
        'd' | 'i' | 'u' => vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "%{} format: a real number is required, not {}",
                spec.conversion, tn
            ),
        ),
        'o' | 'x' | 'X' => vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "%{} format: an integer is required, not {}",
                spec.conversion, tn
            ),
        ),
        _ => vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("must be real number, not {}", tn),
        ),
    }
}

/// The int a `%d`/`%x`-style conversion formats, or None if `arg` is not acceptable.
fn percent_int(vm: &mut Vm, spec: &PercentSpec, arg: Value) -> PyResult<Option<Value>> {
    let base = crate::interp::typeobj::native_base_of(arg).unwrap_or(arg);
    if crate::objects::int::is_int(base) {
        return Ok(Some(base));
    }
    let by_index = matches!(spec.conversion, 'o' | 'x' | 'X');
    if base.is_float() {
        if by_index {
            return Ok(None);
        }
        return super::float_methods::float_to_int(vm, base.as_f64()).map(Some);
    }
    if !vm.type_of(arg).is_heap() {
        return Ok(None);
    }
    let names: &[qstr::Qstr] = if by_index {
        &[qstr::__index__]
    } else {
        &[qstr::__int__, qstr::__index__]
    };
    for &name in names {
        if let Some(r) = attr::call_special_opt(vm, arg, name, &[])? {
            if crate::objects::int::is_int(r) {
                return Ok(Some(r));
            }
            let tn = vm.type_name(r);
            return Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!(
                    "__{}__ returned non-int (type {})",
                    vm.qstr_str(name).trim_matches('_'),
                    tn
                ),
            ));
        }
    }
    Ok(None)
}

/// The float a `%f`-style conversion formats, or None if `arg` is not a real number.
fn percent_float(vm: &mut Vm, arg: Value) -> PyResult<Option<f64>> {
    let base = crate::interp::typeobj::native_base_of(arg).unwrap_or(arg);
    if base.is_float() {
        return Ok(Some(base.as_f64()));
    }
    if crate::objects::int::is_int(base) {
        return super::int_methods::int_to_f64(vm, base).map(Some);
    }
    if !vm.type_of(arg).is_heap() {
        return Ok(None);
    }
    if let Some(r) = attr::call_special_opt(vm, arg, qstr::__float__, &[])? {
        if r.is_float() {
            return Ok(Some(r.as_f64()));
        }
        return Err(vm.type_error("__float__ returned non-float"));
    }
    if let Some(r) = attr::call_special_opt(vm, arg, qstr::__index__, &[])? {
        return super::int_methods::int_to_f64(vm, r).map(Some);
    }
    Ok(None)
}

fn write_int_percent(
    vm: &mut Vm,
    spec: &PercentSpec,
    v: Value,
    out: &mut StrBuilder,
) -> PyResult<()> {
    let small_value = v
        .as_small_int()
        .or_else(|| v.is_bool().then(|| i64::from(v == Value::TRUE)));
    if let Some(i) = small_value {
        return crate::num::int_format::format_i64_percent(out, i, spec)
            .map_err(|e| super::int_methods::spec_error(vm, e, "", "int"));
    }
    let mut small = [0u32; 2];
    let Some(x) = super::int_methods::int_ref(v, &mut small) else {
        return Err(vm.type_error("expected an int"));
    };
    let (digits_len, scratch_len) = crate::num::int_format::int_format_buffer_lens(x.mag.len());
    let digit_buf = super::bytes_methods::new_scratch_bytes(vm, digits_len)?;
    let scratch = crate::objects::int::new_limb_buffer(vm, scratch_len)?;
    crate::num::int_format::format_int_percent(
        out,
        x,
        spec,
        digit_buf.get().data_mut(),
        scratch.limbs(),
    )
    .map_err(|e| super::int_methods::spec_error(vm, e, "", "int"))
}

fn format_percent_arg(
    vm: &mut Vm,
    spec: &PercentSpec,
    arg: Value,
    out: &mut StrBuilder,
) -> PyResult<()> {
    match spec.conversion {
        's' => {
            if let Some(t) = str_text(vm, arg) {
                if !vm.type_of(arg).is_heap() {
                    return write_padded(vm, spec, t, out);
                }
            }
            let v = ops::str_value(vm, arg)?;
            write_padded(vm, spec, str_of(vm, v).unwrap_or(""), out)
        }
        'r' => {
            let v = ops::repr(vm, arg)?;
            write_padded(vm, spec, str_of(vm, v).unwrap_or(""), out)
        }
        'a' => {
            let v = ascii_of(vm, arg)?;
            write_padded(vm, spec, str_of(vm, v).unwrap_or(""), out)
        }
        'c' => {
            let mut buf = [0u8; 4];
            let mut arg = arg;
            if vm.type_of(arg).is_heap() && text_of(vm, arg).is_none() {
                if let Some(i) = attr::call_special_opt(vm, arg, qstr::__index__, &[])? {
                    arg = i;
                }
            }
            let c: &str = if let Some(t) = text_of(vm, arg) {
                if t.len != 1 {
                    return Err(vm.type_error("%c requires int or char"));
                }
                t.s
            } else if crate::objects::int::is_int(arg) {
                let ch = crate::objects::int::int_as_i128(arg)
                    .and_then(|i| u32::try_from(i).ok())
                    .and_then(char::from_u32)
                    .ok_or_else(|| {
                        vm.new_exception(
                            &exception::OVERFLOW_ERROR,
                            "%c arg not in range(0x110000)",
                        )
                    })?;
                ch.encode_utf8(&mut buf)
            } else {
                return Err(vm.type_error("%c requires int or char"));
            };
            let plain = PercentSpec {
                precision: None,
                ..*spec
            };
            write_padded(vm, &plain, c, out)
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => match percent_int(vm, spec, arg)? {
            Some(v) => write_int_percent(vm, spec, v, out),
            None => Err(type_error_for(vm, spec, arg)),
        },
        _ => match percent_float(vm, arg)? {
            Some(x) => crate::num::float_format::format_float_percent(out, x, spec)
                .map_err(|_| vm.memory_error()),
            None => Err(type_error_for(vm, spec, arg)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_values_of_other_scripts() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('٠'), Some(0));
        assert_eq!(decimal_value('a'), None);
    }
}

//! String formatting: `str.format` (fields with positions, names, attribute and index
//! access, conversions and nested specs), `format(value, spec)` for the built-in types,
//! and `%` formatting.

use crate::interp::{attr, ops, PyResult, Vm};
use crate::objects::exception;
use crate::objects::str::{new_str, str_of, StrBuilder};
use crate::objects::tuple::TupleObj;
use crate::objects::Obj;
use crate::qstr;
use crate::value::Value;

/// `format(v, spec)`.
pub fn format_with_spec(vm: &mut Vm, v: Value, spec: &str) -> PyResult<Value> {
    let t = vm.type_of(v);
    if t.is_heap() {
        if let Some(f) = crate::interp::classes::find_override(vm, t, qstr::__format__)? {
            let s = new_str(vm, spec)?;
            let r = crate::interp::call::call_with_self(vm, f, v, &[s], &[])?;
            if !crate::objects::str::is_str(vm, r) {
                return Err(vm.type_error("__format__ must return a str"));
            }
            return Ok(r);
        }
    }
    let mut out = StrBuilder::new();
    format_into(vm, v, spec, &mut out)?;
    out.finish(vm)
}

/// Write `format(v, spec)` into `out`.
pub fn format_into(vm: &mut Vm, v: Value, spec: &str, out: &mut StrBuilder) -> PyResult<()> {
    let base = crate::interp::typeobj::native_base_of(v).unwrap_or(v);
    if crate::objects::int::is_int(base) && !base.is_bool() || (base.is_bool() && !spec.is_empty())
    {
        return crate::builtins::int_methods::format_int(vm, base, spec, out);
    }
    if base.is_float() {
        return crate::builtins::float_methods::format_float(vm, base.as_f64(), spec, out);
    }
    if spec.is_empty() {
        return ops::str_into(vm, v, out);
    }
    if let Some(s) = str_of(vm, base) {
        let parsed = crate::num::format_spec::FormatSpec::parse_for_str(spec)
            .map_err(|e| crate::builtins::int_methods::spec_error(vm, e.into(), spec, "str"))?;
        return crate::num::format_spec::format_str(out, &parsed, s)
            .map_err(|e| crate::builtins::int_methods::spec_error(vm, e, spec, "str"));
    }
    let tn = vm.type_name(v);
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("unsupported format string passed to {}.__format__", tn),
    ))
}

/// `fmt.format(*args, **kw)`.
pub fn str_format(vm: &mut Vm, fmt: &str, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut out = StrBuilder::new();
    let mut auto_index = 0usize;
    let mut manual = false;
    format_template(vm, fmt, args, kw, &mut auto_index, &mut manual, &mut out, 0)?;
    out.finish(vm)
}

#[allow(clippy::too_many_arguments)]
fn format_template(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kw: &[Value],
    auto_index: &mut usize,
    manual: &mut bool,
    out: &mut StrBuilder,
    depth: usize,
) -> PyResult<()> {
    if depth > 2 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let bytes = fmt.as_bytes();
    let mut i = 0;
    let mut lit_start = 0;
    while i < bytes.len() {
        let c = bytes.get(i).copied().unwrap_or(0);
        if c == b'}' {
            if bytes.get(i + 1) == Some(&b'}') {
                out.push_str(vm, fmt.get(lit_start..i + 1).unwrap_or(""))?;
                i += 2;
                lit_start = i;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if c != b'{' {
            i += 1;
            continue;
        }
        if bytes.get(i + 1) == Some(&b'{') {
            out.push_str(vm, fmt.get(lit_start..i + 1).unwrap_or(""))?;
            i += 2;
            lit_start = i;
            continue;
        }
        out.push_str(vm, fmt.get(lit_start..i).unwrap_or(""))?;
        // Find the matching '}' (nested braces allowed in the spec).
        let mut level = 1;
        let mut j = i + 1;
        while j < bytes.len() && level > 0 {
            match bytes.get(j) {
                Some(b'{') => level += 1,
                Some(b'}') => level -= 1,
                _ => {}
            }
            if level > 0 {
                j += 1;
            }
        }
        if level != 0 {
            return Err(vm.value_error("expected '}' before end of string"));
        }
        let field = fmt.get(i + 1..j).unwrap_or("");
        format_field(vm, field, args, kw, auto_index, manual, out, depth)?;
        i = j + 1;
        lit_start = i;
    }
    out.push_str(vm, fmt.get(lit_start..).unwrap_or(""))
}

#[allow(clippy::too_many_arguments)]
fn format_field(
    vm: &mut Vm,
    field: &str,
    args: &[Value],
    kw: &[Value],
    auto_index: &mut usize,
    manual: &mut bool,
    out: &mut StrBuilder,
    depth: usize,
) -> PyResult<()> {
    // field_name [!conversion] [:spec]
    let (name_part, spec) = match field.find(':') {
        Some(k) => (
            field.get(..k).unwrap_or(""),
            field.get(k + 1..).unwrap_or(""),
        ),
        None => (field, ""),
    };
    let (name, conversion) = match name_part.find('!') {
        Some(k) => (name_part.get(..k).unwrap_or(""), name_part.get(k + 1..)),
        None => (name_part, None),
    };
    // The first part of the name: an index, a keyword, or empty (automatic numbering).
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = name.get(..first_end).unwrap_or("");
    let mut value = if first.is_empty() {
        if *manual {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        let v = args.get(*auto_index).copied();
        *auto_index += 1;
        match v {
            Some(v) => v,
            None => {
                return Err(vm.new_exception_fmt(
                    &exception::INDEX_ERROR,
                    format_args!(
                        "Replacement index {} out of range for positional args tuple",
                        *auto_index - 1
                    ),
                ))
            }
        }
    } else if let Ok(n) = first.parse::<usize>() {
        if *auto_index > 0 {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *manual = true;
        match args.get(n) {
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
        }
    } else {
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
            None => {
                let key = new_str(vm, first)?;
                let t = crate::objects::tuple::new_tuple(vm, &[key])?;
                return Err(crate::interp::PyErr(exception::new_with_args(
                    vm,
                    &exception::KEY_ERROR,
                    t,
                )?));
            }
        }
    };
    // Attribute and index accessors.
    let mut rest = name.get(first_end..).unwrap_or("");
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let a = vm.intern(r.get(..end).unwrap_or(""))?;
            value = attr::load_attr(vm, value, a)?;
            rest = r.get(end..).unwrap_or("");
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r
                .find(']')
                .ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
            let key_s = r.get(..end).unwrap_or("");
            let key = match key_s.parse::<i64>() {
                Ok(n) => crate::objects::int::int_from_i64(vm, n)?,
                Err(_) => new_str(vm, key_s)?,
            };
            value = ops::subscr_load(vm, value, key)?;
            rest = r.get(end + 1..).unwrap_or("");
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    value = match conversion {
        None => value,
        Some("r") => ops::repr(vm, value)?,
        Some("s") => ops::str_value(vm, value)?,
        Some("a") => {
            let f = crate::builtins::functions::ASCII.as_value();
            crate::interp::call::call(vm, f, &[value], &[])?
        }
        Some(_) => return Err(vm.value_error("Unknown conversion specifier")),
    };
    // A spec may itself contain replacement fields.
    if spec.contains('{') {
        let mut inner = StrBuilder::new();
        format_template(
            vm,
            spec,
            args,
            kw,
            auto_index,
            manual,
            &mut inner,
            depth + 1,
        )?;
        let s = inner.as_str().ok_or_else(|| vm.memory_error())?;
        let tmp = new_str(vm, s)?;
        let spec_text = str_of(vm, tmp).unwrap_or("");
        let r = format_with_spec(vm, value, spec_text)?;
        return out.push_str(vm, str_of(vm, r).unwrap_or(""));
    }
    let r = format_with_spec(vm, value, spec)?;
    out.push_str(vm, str_of(vm, r).unwrap_or(""))
}

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt_v: Value, args: Value) -> PyResult<Value> {
    let fmt = crate::builtins::str_methods::text(vm, fmt_v)?;
    let tuple_items: Option<&[Value]> = Obj::<TupleObj>::from_value(args).map(|t| t.get().items());
    let single = [args];
    let items: &[Value] = tuple_items.unwrap_or(&single);
    let mapping = if tuple_items.is_none() && crate::objects::dict::as_dict(args).is_some() {
        Some(args)
    } else {
        None
    };
    let mut out = StrBuilder::new();
    let mut next = 0usize;
    let mut chars = fmt.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if c != '%' {
            out.push_char(vm, c)?;
            continue;
        }
        let mut key: Option<&str> = None;
        if let Some(&(start, '(')) = chars.peek() {
            chars.next();
            let mut end = start + 1;
            for (k, ch) in chars.by_ref() {
                if ch == ')' {
                    end = k;
                    break;
                }
            }
            key = fmt.get(start + 1..end);
        }
        let mut flags = [false; 5]; // '-', '+', ' ', '#', '0'
        while let Some(&(_, f)) = chars.peek() {
            let idx = match f {
                '-' => 0,
                '+' => 1,
                ' ' => 2,
                '#' => 3,
                '0' => 4,
                _ => break,
            };
            flags[idx] = true;
            chars.next();
        }
        let mut take_num = |vm: &mut Vm,
                            chars: &mut core::iter::Peekable<core::str::CharIndices<'_>>|
         -> PyResult<Option<usize>> {
            if let Some(&(_, '*')) = chars.peek() {
                chars.next();
                let v = items
                    .get(next)
                    .copied()
                    .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
                next += 1;
                return Ok(Some(ops::index_value(vm, v)?.max(0) as usize));
            }
            let mut n: Option<usize> = None;
            while let Some(&(_, d)) = chars.peek() {
                let Some(dv) = d.to_digit(10) else { break };
                n = Some(n.unwrap_or(0) * 10 + dv as usize);
                chars.next();
            }
            Ok(n)
        };
        let width = take_num(vm, &mut chars)?;
        let mut precision = None;
        if let Some(&(_, '.')) = chars.peek() {
            chars.next();
            precision = Some(take_num(vm, &mut chars)?.unwrap_or(0));
        }
        let Some((_, conv)) = chars.next() else {
            return Err(vm.value_error("incomplete format"));
        };
        if conv == '%' {
            out.push_char(vm, '%')?;
            continue;
        }
        let arg = match (key, mapping) {
            (Some(k), Some(m)) => {
                let kv = new_str(vm, k)?;
                ops::subscr_load(vm, m, kv)?
            }
            (Some(_), None) => return Err(vm.type_error("format requires a mapping")),
            (None, _) => {
                let v = items
                    .get(next)
                    .copied()
                    .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
                next += 1;
                v
            }
        };
        let mut spec = StrBuilder::new();
        if flags[0] {
            spec.push_str(vm, "<")?;
        } else if matches!(conv, 's' | 'r' | 'a' | 'c') {
            spec.push_str(vm, ">")?;
        }
        if flags[1] {
            spec.push_str(vm, "+")?;
        } else if flags[2] {
            spec.push_str(vm, " ")?;
        }
        if flags[3] {
            spec.push_str(vm, "#")?;
        }
        if flags[4] && !flags[0] && !matches!(conv, 's' | 'r' | 'a' | 'c') {
            spec.push_str(vm, "0")?;
        }
        if let Some(w) = width {
            spec.push_fmt(vm, format_args!("{}", w))?;
        }
        let value = match conv {
            's' => ops::str_value(vm, arg)?,
            'r' => ops::repr(vm, arg)?,
            'a' => crate::interp::call::call(
                vm,
                crate::builtins::functions::ASCII.as_value(),
                &[arg],
                &[],
            )?,
            'c' => {
                if let Some(i) = crate::objects::int::int_as_i128(arg) {
                    let ch = u32::try_from(i)
                        .ok()
                        .and_then(char::from_u32)
                        .ok_or_else(|| {
                            vm.new_exception(
                                &exception::OVERFLOW_ERROR,
                                "%c arg not in range(0x110000)",
                            )
                        })?;
                    let mut buf = [0u8; 4];
                    new_str(vm, ch.encode_utf8(&mut buf))?
                } else {
                    arg
                }
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let num = if matches!(conv, 'd' | 'i' | 'u' | 'x' | 'X' | 'o') && arg.is_float() {
                    crate::builtins::float_methods::float_to_int(vm, arg.as_f64())?
                } else {
                    arg
                };
                let is_num = crate::objects::int::is_int(num) || num.is_float();
                if !is_num {
                    let tn = vm.type_name(arg);
                    return Err(vm.new_exception_fmt(
                        &exception::TYPE_ERROR,
                        format_args!(
                            "%{} format: a {} is required, not {}",
                            conv,
                            if matches!(conv, 'd' | 'i' | 'u') {
                                "real number"
                            } else {
                                "number"
                            },
                            tn
                        ),
                    ));
                }
                let ty = match conv {
                    'i' | 'u' => 'd',
                    c => c,
                };
                if let Some(p) = precision {
                    spec.push_fmt(vm, format_args!(".{}", p))?;
                }
                spec.push_char(vm, ty)?;
                let s = spec.as_str().unwrap_or("");
                let r = format_with_spec(vm, num, s)?;
                out.push_str(vm, str_of(vm, r).unwrap_or(""))?;
                continue;
            }
            other => {
                return Err(vm.new_exception_fmt(
                    &exception::VALUE_ERROR,
                    format_args!(
                        "unsupported format character '{}' (0x{:x})",
                        other, other as u32
                    ),
                ))
            }
        };
        let mut s = str_of(vm, value).unwrap_or("");
        if let Some(p) = precision {
            if let Some((cut, _)) = s.char_indices().nth(p) {
                s = s.get(..cut).unwrap_or(s);
            }
        }
        let r = if spec.is_empty() {
            new_str(vm, s)?
        } else {
            let sv = new_str(vm, s)?;
            let spec_s = spec.as_str().unwrap_or("");
            format_with_spec(vm, sv, spec_s)?
        };
        out.push_str(vm, str_of(vm, r).unwrap_or(""))?;
    }
    if mapping.is_none() && next < items.len() && tuple_items.is_some() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    if mapping.is_none() && tuple_items.is_none() && next == 0 {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    out.finish(vm)
}

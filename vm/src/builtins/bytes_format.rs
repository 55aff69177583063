//! `bytes % args` and `bytearray % args` (PEP 461): `%b`/`%s` (buffers and `__bytes__`),
//! `%a`/`%r`, `%c`, the integer and float conversions, flags, width, precision, `*`,
//! and `%(key)` lookups in a mapping, following CPython 3.11's `_PyBytes_FormatEx`.
//! In: the format (bytes or bytearray) and the right operand. Out: a new value of the
//! format's kind, or the TypeError/ValueError/OverflowError CPython raises.

use super::bytes_methods::{bytes_data, index_of, new_like, push_byte, push_bytes};
use crate::interp::{ops, PyResult, Vm};
use crate::objects::exception;
use crate::objects::str::str_of;
use crate::objects::tuple::TupleObj;
use crate::objects::Obj;
use crate::qstr;
use crate::value::Value;
use alloc::vec::Vec;

const LJUST: u8 = 1;
const SIGN: u8 = 2;
const BLANK: u8 = 4;
const ALT: u8 = 8;
const ZERO: u8 = 16;

/// Where conversion arguments come from: a tuple, or one value (consumed once).
struct ArgSource<'a> {
    items: &'a [Value],
    single: Option<Value>,
    next: usize,
}

impl ArgSource<'_> {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Value> {
        let v = match self.single {
            Some(v) if self.next == 0 => Some(v),
            Some(_) => None,
            None => self.items.get(self.next).copied(),
        };
        self.next += 1;
        v.ok_or_else(|| vm.type_error("not enough arguments for format string"))
    }

    fn all_used(&self) -> bool {
        match self.single {
            Some(_) => self.next > 0,
            None => self.next >= self.items.len(),
        }
    }
}

/// Does `%` treat `v` as a mapping for `%(key)s`? (CPython: anything subscriptable that is
/// not a tuple, bytes, bytearray or str.)
fn is_mapping(vm: &mut Vm, v: Value) -> bool {
    if Obj::<TupleObj>::from_value(v).is_some() || crate::objects::str::is_str(vm, v) {
        return false;
    }
    if Obj::<crate::objects::bytes::BytesObj>::from_value(v).is_some()
        || super::bytes_methods::is_bytearray(v)
    {
        return false;
    }
    vm.type_of(v).slots.subscr.is_some()
}

/// `fmt % args` for a bytes or bytearray `fmt_v`.
pub fn percent_format(vm: &mut Vm, fmt_v: Value, args: Value) -> PyResult<Value> {
    let mut fmt = Vec::new();
    push_bytes(vm, &mut fmt, bytes_data(fmt_v).unwrap_or(&[]))?;
    let tuple = Obj::<TupleObj>::from_value(args);
    let mut source = ArgSource {
        items: tuple.map(|t| t.get().items()).unwrap_or(&[]),
        single: if tuple.is_some() { None } else { Some(args) },
        next: 0,
    };
    let mapping = if is_mapping(vm, args) {
        Some(args)
    } else {
        None
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < fmt.len() {
        let run = fmt
            .get(i..)
            .unwrap_or(&[])
            .iter()
            .take_while(|c| **c != b'%')
            .count();
        push_bytes(vm, &mut out, fmt.get(i..i + run).unwrap_or(&[]))?;
        i += run;
        if i >= fmt.len() {
            break;
        }
        i += 1;
        if fmt.get(i) == Some(&b'%') {
            push_byte(vm, &mut out, b'%')?;
            i += 1;
            continue;
        }
        i = conversion(vm, &fmt, i, &mut source, mapping, &mut out)?;
    }
    if mapping.is_none() && !source.all_used() {
        return Err(vm.type_error("not all arguments converted during bytes formatting"));
    }
    new_like(vm, fmt_v, &out)
}

/// One `%...` conversion starting after the `%` at `fmt[i]`; returns the index after it.
fn conversion(
    vm: &mut Vm,
    fmt: &[u8],
    mut i: usize,
    source: &mut ArgSource<'_>,
    mapping: Option<Value>,
    out: &mut Vec<u8>,
) -> PyResult<usize> {
    let mut keyed: Option<Value> = None;
    if fmt.get(i) == Some(&b'(') {
        let Some(map) = mapping else {
            return Err(vm.type_error("format requires a mapping"));
        };
        let start = i + 1;
        let mut depth = 1;
        let mut j = start;
        while depth > 0 {
            match fmt.get(j) {
                None => return Err(vm.value_error("incomplete format key")),
                Some(b')') => depth -= 1,
                Some(b'(') => depth += 1,
                _ => {}
            }
            j += 1;
        }
        let key = crate::objects::bytes::new_bytes(vm, fmt.get(start..j - 1).unwrap_or(&[]))?;
        keyed = Some(ops::subscr_load(vm, map, key)?);
        i = j;
    }
    let mut next_arg = |vm: &mut Vm, source: &mut ArgSource<'_>| -> PyResult<Value> {
        match keyed.take() {
            Some(v) => {
                // A keyed conversion's value serves once; `*` then has nothing to read.
                keyed = Some(Value::NULL);
                if v.is_null() {
                    Err(vm.type_error("not enough arguments for format string"))
                } else {
                    Ok(v)
                }
            }
            None => source.next(vm),
        }
    };
    let mut flags = 0u8;
    while let Some(&c) = fmt.get(i) {
        flags |= match c {
            b'-' => LJUST,
            b'+' => SIGN,
            b' ' => BLANK,
            b'#' => ALT,
            b'0' => ZERO,
            _ => break,
        };
        i += 1;
    }
    let mut width: Option<usize> = None;
    if fmt.get(i) == Some(&b'*') {
        let v = next_arg(vm, source)?;
        let w = star_value(vm, v)?;
        if w < 0 {
            flags |= LJUST;
        }
        width = Some(usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX));
        i += 1;
    } else {
        width = read_number(vm, fmt, &mut i, "width too big")?.or(width);
    }
    let mut precision: Option<usize> = None;
    if fmt.get(i) == Some(&b'.') {
        i += 1;
        if fmt.get(i) == Some(&b'*') {
            let v = next_arg(vm, source)?;
            precision = Some(usize::try_from(star_value(vm, v)?).unwrap_or(0));
            i += 1;
        } else {
            precision = Some(read_number(vm, fmt, &mut i, "precision too big")?.unwrap_or(0));
        }
    }
    if matches!(fmt.get(i), Some(b'h' | b'l' | b'L')) {
        i += 1;
    }
    let Some(&c) = fmt.get(i) else {
        return Err(vm.value_error("incomplete format"));
    };
    let v = next_arg(vm, source)?;
    let spec = Spec {
        flags,
        width,
        precision,
    };
    match c {
        b'r' | b'a' => {
            let f = super::functions::ASCII.as_value();
            let s = crate::interp::call::call(vm, f, &[v], &[])?;
            let text = str_of(vm, s).unwrap_or("").as_bytes();
            let text = truncate(text, precision);
            write_padded(vm, out, &spec, None, &[], text, b' ')?;
        }
        b's' | b'b' => {
            let data = bytes_operand(vm, v)?;
            let data = truncate(data, precision);
            write_padded(vm, out, &spec, None, &[], data, b' ')?;
        }
        b'c' => {
            let b = char_operand(vm, v)?;
            write_padded(vm, out, &spec, None, &[], &[b], b' ')?;
        }
        b'd' | b'i' | b'u' | b'o' | b'x' | b'X' => format_int(vm, v, c, &spec, out)?,
        b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => format_float(vm, v, c, &spec, out)?,
        other => {
            return Err(vm.new_exception_fmt(
                &exception::VALUE_ERROR,
                format_args!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    char::from(other),
                    other,
                    i
                ),
            ))
        }
    }
    Ok(i + 1)
}

struct Spec {
    flags: u8,
    width: Option<usize>,
    precision: Option<usize>,
}

fn truncate(data: &[u8], precision: Option<usize>) -> &[u8] {
    match precision {
        Some(p) => data.get(..p).unwrap_or(data),
        None => data,
    }
}

fn star_value(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if !crate::objects::int::is_int(v) {
        return Err(vm.type_error("* wants int"));
    }
    index_of(vm, v)
}

fn read_number(vm: &mut Vm, fmt: &[u8], i: &mut usize, too_big: &str) -> PyResult<Option<usize>> {
    let mut n: Option<usize> = None;
    while let Some(d) = fmt.get(*i).filter(|c| c.is_ascii_digit()) {
        let v = n
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|x| x.checked_add(usize::from(d - b'0')))
            .filter(|x| *x <= i32::MAX as usize)
            .ok_or_else(|| vm.value_error(too_big))?;
        n = Some(v);
        *i += 1;
    }
    Ok(n)
}

/// The data `%b`/`%s` inserts.
fn bytes_operand<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a [u8]> {
    if let Some(d) = bytes_data(v) {
        return Ok(d);
    }
    if let Some(r) = crate::interp::attr::call_special_opt(vm, v, qstr::__bytes__, &[])? {
        return match bytes_data(r).filter(|_| !super::bytes_methods::is_bytearray(r)) {
            Some(d) => Ok(d),
            None => {
                let tn = vm.type_name(r);
                Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("__bytes__ returned non-bytes (type {})", tn),
                ))
            }
        };
    }
    let tn = vm.type_name(v);
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
            tn
        ),
    ))
}

fn char_operand(vm: &mut Vm, v: Value) -> PyResult<u8> {
    let not_a_byte = "%c requires an integer in range(256) or a single byte";
    if let Some(d) = bytes_data(v) {
        return match d {
            [b] => Ok(*b),
            _ => Err(vm.type_error(not_a_byte)),
        };
    }
    match index_of(vm, v) {
        Ok(i) => u8::try_from(i)
            .map_err(|_| vm.new_exception(&exception::OVERFLOW_ERROR, "%c arg not in range(256)")),
        Err(e) if vm.exception_matches(e, &exception::INDEX_ERROR) => {
            Err(vm.new_exception(&exception::OVERFLOW_ERROR, "%c arg not in range(256)"))
        }
        Err(e) if vm.exception_matches(e, &exception::TYPE_ERROR) => Err(vm.type_error(not_a_byte)),
        Err(e) => Err(e),
    }
}

/// Write `sign`, `prefix` and `body` padded to the spec's width, CPython's way: with a
/// zero fill the sign and prefix go before the padding, with spaces after it.
fn write_padded(
    vm: &mut Vm,
    out: &mut Vec<u8>,
    spec: &Spec,
    sign: Option<u8>,
    prefix: &[u8],
    body: &[u8],
    fill: u8,
) -> PyResult<()> {
    let len = usize::from(sign.is_some()) + prefix.len() + body.len();
    let pad = spec.width.unwrap_or(0).saturating_sub(len);
    crate::objects::bytes::reserve_buffer(vm, out, len + pad)?;
    let ljust = spec.flags & LJUST != 0;
    if fill != b' ' {
        out.extend(sign);
        out.extend_from_slice(prefix);
    }
    if !ljust {
        out.resize(out.len() + pad, fill);
    }
    if fill == b' ' {
        out.extend(sign);
        out.extend_from_slice(prefix);
    }
    out.extend_from_slice(body);
    if ljust {
        out.resize(out.len() + pad, b' ');
    }
    Ok(())
}

fn sign_for(negative: bool, flags: u8) -> Option<u8> {
    if negative {
        Some(b'-')
    } else if flags & SIGN != 0 {
        Some(b'+')
    } else if flags & BLANK != 0 {
        Some(b' ')
    } else {
        None
    }
}

fn format_int(vm: &mut Vm, v: Value, c: u8, spec: &Spec, out: &mut Vec<u8>) -> PyResult<()> {
    let decimal = matches!(c, b'd' | b'i' | b'u');
    let base = crate::interp::typeobj::native_base_of(v).unwrap_or(v);
    let num = if crate::objects::int::is_int(base) {
        base
    } else if decimal && base.is_float() {
        super::float_methods::float_to_int(vm, base.as_f64())?
    } else {
        match index_of(vm, v) {
            Ok(i) => crate::objects::int::int_from_i64(vm, i)?,
            Err(e) if !vm.exception_matches(e, &exception::TYPE_ERROR) => return Err(e),
            Err(_) => {
                let tn = vm.type_name(v);
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!(
                        "%{} format: {} is required, not {}",
                        char::from(if c == b'i' { b'd' } else { c }),
                        if decimal {
                            "a real number"
                        } else {
                            "an integer"
                        },
                        tn
                    ),
                ));
            }
        }
    };
    let ty = if decimal {
        "d"
    } else {
        core::str::from_utf8(core::slice::from_ref(&c)).unwrap_or("d")
    };
    let text_v = super::str_format::format_with_spec(vm, num, ty)?;
    let text = str_of(vm, text_v).unwrap_or("").as_bytes();
    let (negative, digits) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, text),
    };
    let mut body = Vec::new();
    if let Some(p) = spec.precision {
        crate::objects::bytes::reserve_buffer(vm, &mut body, p.max(digits.len()))?;
        body.resize(p.saturating_sub(digits.len()), b'0');
    }
    push_bytes(vm, &mut body, digits)?;
    let prefix: &[u8] = match c {
        b'x' if spec.flags & ALT != 0 => b"0x",
        b'X' if spec.flags & ALT != 0 => b"0X",
        b'o' if spec.flags & ALT != 0 => b"0o",
        _ => b"",
    };
    let fill = if spec.flags & ZERO != 0 && spec.flags & LJUST == 0 {
        b'0'
    } else {
        b' '
    };
    write_padded(
        vm,
        out,
        spec,
        sign_for(negative, spec.flags),
        prefix,
        &body,
        fill,
    )
}

fn format_float(vm: &mut Vm, v: Value, c: u8, spec: &Spec, out: &mut Vec<u8>) -> PyResult<()> {
    let base = crate::interp::typeobj::native_base_of(v).unwrap_or(v);
    let x = if base.is_float() {
        Some(base.as_f64())
    } else if crate::objects::int::is_int(base) {
        super::int_methods::int_to_f64(vm, base).ok()
    } else {
        match crate::interp::attr::call_special_opt(vm, v, qstr::__float__, &[]) {
            Ok(Some(f)) if f.is_float() => Some(f.as_f64()),
            _ => None,
        }
    };
    let Some(x) = x else {
        let tn = vm.type_name(v);
        return Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!("float argument required, not {}", tn),
        ));
    };
    let mut fspec = crate::objects::str::StrBuilder::new();
    if spec.flags & ALT != 0 {
        fspec.push_str(vm, "#")?;
    }
    fspec.push_fmt(
        vm,
        format_args!(".{}{}", spec.precision.unwrap_or(6), char::from(c)),
    )?;
    let text_v =
        super::str_format::format_with_spec(vm, Value::from_f64(x), fspec.as_str().unwrap_or("f"))?;
    let text = str_of(vm, text_v).unwrap_or("").as_bytes();
    let (negative, digits) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, text),
    };
    let fill = if spec.flags & ZERO != 0 && spec.flags & LJUST == 0 {
        b'0'
    } else {
        b' '
    };
    write_padded(
        vm,
        out,
        spec,
        sign_for(negative, spec.flags),
        &[],
        digits,
        fill,
    )
}

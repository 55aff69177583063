//! Text codecs for bytes and str (UTF-8, ASCII, Latin-1 under CPython's alias names, with
//! the `strict`, `ignore`, `replace`, `backslashreplace` and, for encoding,
//! `xmlcharrefreplace` error handlers), `bytes.decode`, and hex conversion
//! (`bytes.hex(sep, bytes_per_sep)`, `bytes.fromhex`).
//! In: byte data or text plus codec and handler names. Out: str or byte values, or
//! UnicodeDecodeError/UnicodeEncodeError with CPython's messages and `encoding`,
//! `object`, `start`, `end`, `reason` attributes.

use super::bytes_methods::{
    bytes_data, c_int_arg, keyword_args, new_bytearray, push_byte, push_bytes, str_param,
    BYTEARRAY_TYPE,
};
use crate::builtin_fn;
use crate::interp::{ops, PyErr, PyResult, Vm};
use crate::objects::bytes::{new_bytes, BYTES_TYPE};
use crate::objects::exception;
use crate::objects::str::{new_str, str_of, StrBuilder};
use crate::objects::type_object::TypeObject;
use crate::qstr;
use crate::value::Value;
use alloc::vec::Vec;

/// The codecs this build knows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The name CPython's messages use.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// Find a codec by any of CPython's spellings: case and punctuation are normalised like
/// `encodings.normalize_encoding`, then aliases are resolved.
pub fn lookup_codec(name: &str) -> Option<Codec> {
    let mut norm = [0u8; 24];
    let mut n = 0;
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && n > 0 {
                *norm.get_mut(n)? = b'_';
                n += 1;
            }
            *norm.get_mut(n)? = (c as u8).to_ascii_lowercase();
            n += 1;
            punct = false;
        } else if c.is_alphanumeric() {
            return None;
        } else {
            punct = true;
        }
    }
    let norm = core::str::from_utf8(norm.get(..n)?).ok()?;
    Some(match norm {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
        | "us_ascii" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "8859" | "cp819" | "csisolatin1" | "ibm819"
        | "iso8859" | "iso8859_1" | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" => {
            Codec::Latin1
        }
        _ => return None,
    })
}

fn codec_or_error(vm: &mut Vm, name: &str) -> PyResult<Codec> {
    lookup_codec(name).ok_or_else(|| {
        vm.new_exception_fmt(
            &exception::LOOKUP_ERROR,
            format_args!("unknown encoding: {}", name),
        )
    })
}

/// What to do with undecodable/unencodable input.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

/// The handler named `errors`, looked up only once an error occurs (like CPython, an
/// unknown name is harmless for clean input). Handlers this build cannot honour
/// (surrogates cannot live in its strings) act as `strict`.
fn handler(vm: &mut Vm, errors: &str) -> PyResult<Handler> {
    Ok(match errors {
        "strict" | "surrogateescape" | "surrogatepass" | "namereplace" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        _ => {
            return Err(vm.new_exception_fmt(
                &exception::LOOKUP_ERROR,
                format_args!("unknown error handler name '{}'", errors),
            ))
        }
    })
}

/// Where a codec failed: CPython's `encoding`, `object`, `start`, `end` and `reason`.
struct Failure<'a> {
    codec: Codec,
    object: Value,
    start: usize,
    end: usize,
    reason: &'a str,
}

/// A Unicode error of type `ty` with `message` and the failure's attributes.
fn unicode_error(
    vm: &mut Vm,
    ty: &'static TypeObject,
    message: core::fmt::Arguments<'_>,
    f: &Failure<'_>,
) -> PyErr {
    let built = (|| -> PyResult<Value> {
        let mut msg = StrBuilder::new();
        msg.push_fmt(vm, message)?;
        let text = msg.as_str().ok_or_else(|| vm.memory_error())?;
        let e = exception::new_with_message(vm, ty, text)?;
        let encoding = new_str(vm, f.codec.name())?;
        let reason = new_str(vm, f.reason)?;
        let attrs = [
            (qstr::encoding, encoding),
            (qstr::object, f.object),
            (qstr::start, Value::small_int_unchecked(f.start as i64)),
            (qstr::end, Value::small_int_unchecked(f.end as i64)),
            (qstr::reason, reason),
        ];
        for (name, value) in attrs {
            super::exception_methods::exception_setattr(vm, e, name, value)?;
        }
        Ok(e)
    })();
    match built {
        Ok(e) => PyErr(e),
        Err(err) => err,
    }
}

fn decode_error(
    vm: &mut Vm,
    codec: Codec,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let object = match new_bytes(vm, data) {
        Ok(o) => o,
        Err(e) => return e,
    };
    let f = Failure {
        codec,
        object,
        start,
        end,
        reason,
    };
    let ty = &exception::UNICODE_DECODE_ERROR;
    if end - start == 1 {
        let first = data.get(start).copied().unwrap_or(0);
        unicode_error(
            vm,
            ty,
            format_args!(
                "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                codec.name(),
                first,
                start,
                reason
            ),
            &f,
        )
    } else {
        unicode_error(
            vm,
            ty,
            format_args!(
                "'{}' codec can't decode bytes in position {}-{}: {}",
                codec.name(),
                start,
                end - 1,
                reason
            ),
            &f,
        )
    }
}

/// Decode `data` to a str value.
pub fn decode_bytes(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<Value> {
    let codec = codec_or_error(vm, encoding)?;
    let mut out = StrBuilder::new();
    if !out.reserve(vm, data.len()) {
        return Err(vm.memory_error());
    }
    match codec {
        Codec::Latin1 => {
            for &b in data {
                out.push_char(vm, char::from(b))?;
            }
        }
        Codec::Ascii => {
            let mut pos = 0;
            while pos < data.len() {
                let clean = data
                    .get(pos..)
                    .unwrap_or(&[])
                    .iter()
                    .take_while(|b| b.is_ascii())
                    .count();
                let run = data.get(pos..pos + clean).unwrap_or(&[]);
                out.push_str(vm, core::str::from_utf8(run).unwrap_or(""))?;
                pos += clean;
                if pos < data.len() {
                    bad_input(
                        vm,
                        (codec, data, errors),
                        (pos, pos + 1),
                        "ordinal not in range(128)",
                        &mut out,
                    )?;
                    pos += 1;
                }
            }
        }
        Codec::Utf8 => {
            let mut pos = 0;
            while pos < data.len() {
                let rest = data.get(pos..).unwrap_or(&[]);
                match core::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(vm, s)?;
                        break;
                    }
                    Err(e) => {
                        let valid = rest.get(..e.valid_up_to()).unwrap_or(&[]);
                        out.push_str(vm, core::str::from_utf8(valid).unwrap_or(""))?;
                        let start = pos + e.valid_up_to();
                        let (end, reason) = match e.error_len() {
                            None => (data.len(), "unexpected end of data"),
                            Some(n) => {
                                let lead = data.get(start).copied().unwrap_or(0);
                                let reason = if n == 1 && !(0xc2..=0xf4).contains(&lead) {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                };
                                (start + n, reason)
                            }
                        };
                        bad_input(vm, (codec, data, errors), (start, end), reason, &mut out)?;
                        pos = end;
                    }
                }
            }
        }
    }
    out.finish(vm)
}

/// Apply the `errors` handler to the undecodable `data[start..end]`.
fn bad_input(
    vm: &mut Vm,
    (codec, data, errors): (Codec, &[u8], &str),
    (start, end): (usize, usize),
    reason: &str,
    out: &mut StrBuilder,
) -> PyResult<()> {
    match handler(vm, errors)? {
        Handler::Strict => Err(decode_error(vm, codec, data, start, end, reason)),
        Handler::Ignore => Ok(()),
        Handler::Replace => out.push_char(vm, '\u{fffd}'),
        Handler::BackslashReplace => {
            for b in data.get(start..end).unwrap_or(&[]) {
                out.push_fmt(vm, format_args!("\\x{:02x}", b))?;
            }
            Ok(())
        }
        Handler::XmlCharRefReplace => {
            Err(vm.type_error("don't know how to handle UnicodeDecodeError in error callback"))
        }
    }
}

fn write_char_escape(vm: &Vm, c: char, out: &mut StrBuilder) -> PyResult<()> {
    let n = c as u32;
    if n < 0x100 {
        out.push_fmt(vm, format_args!("\\x{:02x}", n))
    } else if n < 0x10000 {
        out.push_fmt(vm, format_args!("\\u{:04x}", n))
    } else {
        out.push_fmt(vm, format_args!("\\U{:08x}", n))
    }
}

/// Encode `s` with the named codec into `out`.
pub fn encode_str(
    vm: &mut Vm,
    s: &str,
    encoding: &str,
    errors: &str,
    out: &mut Vec<u8>,
) -> PyResult<()> {
    let codec = codec_or_error(vm, encoding)?;
    let limit: u32 = match codec {
        Codec::Utf8 => return push_bytes(vm, out, s.as_bytes()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    crate::objects::bytes::reserve_buffer(vm, out, s.len())?;
    let mut chars = s.chars().enumerate().peekable();
    while let Some((i, c)) = chars.next() {
        if (c as u32) < limit {
            out.push(c as u8);
            continue;
        }
        // A run of unencodable characters is reported (and replaced) together.
        let mut bad = StrBuilder::new();
        bad.push_char(vm, c)?;
        let mut end = i + 1;
        while let Some(&(_, d)) = chars.peek() {
            if (d as u32) < limit {
                break;
            }
            bad.push_char(vm, d)?;
            chars.next();
            end += 1;
        }
        let run = bad.as_str().unwrap_or("");
        match handler(vm, errors)? {
            Handler::Strict => return Err(encode_error(vm, codec, s, i, end, c)),
            Handler::Ignore => {}
            Handler::Replace => {
                for _ in run.chars() {
                    push_byte(vm, out, b'?')?;
                }
            }
            Handler::BackslashReplace => {
                let mut esc = StrBuilder::new();
                for d in run.chars() {
                    write_char_escape(vm, d, &mut esc)?;
                }
                push_bytes(vm, out, esc.as_str().unwrap_or("").as_bytes())?;
            }
            Handler::XmlCharRefReplace => {
                let mut esc = StrBuilder::new();
                for d in run.chars() {
                    esc.push_fmt(vm, format_args!("&#{};", d as u32))?;
                }
                push_bytes(vm, out, esc.as_str().unwrap_or("").as_bytes())?;
            }
        }
    }
    Ok(())
}

fn encode_error(
    vm: &mut Vm,
    codec: Codec,
    s: &str,
    start: usize,
    end: usize,
    first: char,
) -> PyErr {
    let object = match new_str(vm, s) {
        Ok(o) => o,
        Err(e) => return e,
    };
    let reason = if codec == Codec::Ascii {
        "ordinal not in range(128)"
    } else {
        "ordinal not in range(256)"
    };
    let f = Failure {
        codec,
        object,
        start,
        end,
        reason,
    };
    let ty = &exception::UNICODE_ENCODE_ERROR;
    if end - start == 1 {
        let mut esc = StrBuilder::new();
        if let Err(e) = write_char_escape(vm, first, &mut esc) {
            return e;
        }
        unicode_error(
            vm,
            ty,
            format_args!(
                "'{}' codec can't encode character '{}' in position {}: {}",
                codec.name(),
                esc.as_str().unwrap_or(""),
                start,
                reason
            ),
            &f,
        )
    } else {
        unicode_error(
            vm,
            ty,
            format_args!(
                "'{}' codec can't encode characters in position {}-{}: {}",
                codec.name(),
                start,
                end - 1,
                reason
            ),
            &f,
        )
    }
}

fn m_decode(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let this = args.first().copied().unwrap_or(Value::NONE);
    let data =
        bytes_data(this).ok_or_else(|| vm.type_error("decode() requires a bytes-like object"))?;
    let [encoding, errors] = keyword_args(
        vm,
        args.get(1..).unwrap_or(&[]),
        kw,
        "decode",
        ["encoding", "errors"],
    )?;
    let encoding = str_param(vm, encoding, "decode", "encoding")?.unwrap_or("utf-8");
    let errors = str_param(vm, errors, "decode", "errors")?.unwrap_or("strict");
    decode_bytes(vm, data, encoding, errors)
}
builtin_fn!(DECODE, qstr::decode, m_decode);

// ---- hex ------------------------------------------------------------------------------

/// Write `data` as hex digits, with `sep` between groups of `group` bytes (counted from
/// the right when `from_right`).
pub fn write_hex(
    vm: &Vm,
    data: &[u8],
    sep: Option<char>,
    group: usize,
    from_right: bool,
    out: &mut StrBuilder,
) -> PyResult<()> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    if !out.reserve(vm, data.len() * 3) {
        return Err(vm.memory_error());
    }
    let n = data.len();
    for (i, b) in data.iter().enumerate() {
        if let Some(sep) = sep {
            let boundary = if from_right {
                i > 0 && (n - i).is_multiple_of(group)
            } else {
                i > 0 && i.is_multiple_of(group)
            };
            if boundary {
                out.push_char(vm, sep)?;
            }
        }
        for digit in [b >> 4, b & 15] {
            let c = DIGITS.get(usize::from(digit)).copied().unwrap_or(b'0');
            out.push_char(vm, char::from(c))?;
        }
    }
    Ok(())
}

fn m_hex(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let this = args.first().copied().unwrap_or(Value::NONE);
    let data =
        bytes_data(this).ok_or_else(|| vm.type_error("hex() requires a bytes-like object"))?;
    let [sep, per] = keyword_args(
        vm,
        args.get(1..).unwrap_or(&[]),
        kw,
        "hex",
        ["sep", "bytes_per_sep"],
    )?;
    let sep = match sep {
        None => None,
        Some(s) => Some(separator(vm, s)?),
    };
    let per = match per {
        Some(p) => i64::from(c_int_arg(vm, p)?),
        None => 1,
    };
    let group = usize::try_from(per.unsigned_abs()).unwrap_or(usize::MAX);
    let sep = if group == 0 { None } else { sep };
    let mut out = StrBuilder::new();
    write_hex(vm, data, sep, group.max(1), per > 0, &mut out)?;
    out.finish(vm)
}
builtin_fn!(HEX, qstr::hex, m_hex);

/// The `sep` argument of `hex()`: one ASCII character given as str or bytes.
fn separator(vm: &mut Vm, s: Value) -> PyResult<char> {
    if let Some(text) = str_of(vm, s) {
        let mut chars = text.chars();
        let (Some(c), None) = (chars.next(), chars.next()) else {
            return Err(vm.value_error("sep must be length 1."));
        };
        if !c.is_ascii() {
            return Err(vm.value_error("sep must be ASCII."));
        }
        return Ok(c);
    }
    let n = ops::len(vm, s)?;
    if n != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    match crate::objects::Obj::<crate::objects::bytes::BytesObj>::from_value(s) {
        Some(b) => match b.get().data() {
            [c] if c.is_ascii() => Ok(char::from(*c)),
            _ => Err(vm.value_error("sep must be ASCII.")),
        },
        None => Err(vm.value_error("sep must be str or bytes.")),
    }
}

fn hex_digit(c: char) -> Option<u8> {
    c.to_digit(16).map(|d| d as u8)
}

/// Parse `fromhex()` text: pairs of hex digits, ASCII whitespace allowed between pairs.
pub fn parse_hex(vm: &mut Vm, text: &str, out: &mut Vec<u8>) -> PyResult<()> {
    let mut chars = text.chars().enumerate().peekable();
    let bad = |vm: &mut Vm, pos: usize| {
        vm.new_exception_fmt(
            &exception::VALUE_ERROR,
            format_args!(
                "non-hexadecimal number found in fromhex() arg at position {}",
                pos
            ),
        )
    };
    let total = text.chars().count();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let high = hex_digit(c).ok_or_else(|| bad(vm, i))?;
        let low = match chars.next() {
            Some((_, d)) => match hex_digit(d) {
                Some(v) => v,
                None => return Err(bad(vm, i + 1)),
            },
            None => return Err(bad(vm, total)),
        };
        push_byte(vm, out, high << 4 | low)?;
    }
    Ok(())
}

fn m_fromhex(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = args.first().copied().unwrap_or(Value::NONE);
    let cls_type = crate::interp::typeobj::as_type(cls).unwrap_or(&BYTES_TYPE);
    let name = vm.qstr_str(cls_type.name.get());
    if !kw.is_empty() || args.len() != 2 {
        return Err(if kw.is_empty() {
            vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!(
                    "{}.fromhex() takes exactly one argument ({} given)",
                    name,
                    args.len().saturating_sub(1)
                ),
            )
        } else {
            vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("{}.fromhex() takes no keyword arguments", name),
            )
        });
    }
    let s = args.get(1).copied().unwrap_or(Value::NONE);
    let text = super::args::str_arg(vm, s, "fromhex")?;
    let mut out = Vec::new();
    parse_hex(vm, text, &mut out)?;
    if core::ptr::eq(cls_type, &BYTES_TYPE) {
        new_bytes(vm, &out)
    } else if core::ptr::eq(cls_type, &BYTEARRAY_TYPE) {
        new_bytearray(vm, &out)
    } else {
        let made = if crate::interp::typeobj::is_subtype(cls_type, &BYTEARRAY_TYPE) {
            new_bytearray(vm, &out)?
        } else {
            new_bytes(vm, &out)?
        };
        crate::interp::call::call(vm, cls, &[made], &[])
    }
}
builtin_fn!(FROMHEX, qstr::fromhex, m_fromhex);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codec_aliases_normalise() {
        assert_eq!(lookup_codec("UTF-8"), Some(Codec::Utf8));
        assert_eq!(lookup_codec("utf_8"), Some(Codec::Utf8));
        assert_eq!(lookup_codec("Latin-1"), Some(Codec::Latin1));
        assert_eq!(lookup_codec("iso-8859-1"), Some(Codec::Latin1));
        assert_eq!(lookup_codec("US-ASCII"), Some(Codec::Ascii));
        assert_eq!(lookup_codec("utf-16"), None);
        assert_eq!(lookup_codec(""), None);
    }
}

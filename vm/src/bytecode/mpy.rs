//! Reading and writing the `.mpy` v6.3 container (MPY.md §6): header, qstr table,
//! constant table and the raw-code tree.
//!
//! In: the bytes of a file (arbitrary, possibly hostile) or an [`MpyModule`]; out: the
//! module or the bytes. The reader is total: every count and length is checked against
//! the remaining input before anything is allocated, allocations use `try_reserve`, and
//! nesting is bounded, so bad input yields an [`MpyError`], never a panic or an
//! unbounded allocation. Only bytecode raw codes are supported; native code is refused.
//! Bytecode is kept byte-for-byte; checking it is the job of `validate`.

use super::encode::{push_byte, push_bytes, read_vuint, write_vuint, OutOfMemory};
use super::module::{MpyConst, MpyModule, RawCode, RawCodeKind};
use super::static_qstrs::{static_qstr_index, STATIC_QSTRS};
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

/// File magic, byte 0.
const MAGIC: u8 = b'M';
/// Major version, byte 1.
const VERSION: u8 = 6;
/// Widest small int our runtime holds; files compiled for wider ones may contain
/// `LOAD_CONST_SMALL_INT` values we cannot represent.
pub const RUNTIME_SMALL_INT_BITS: u8 = 47;
/// Deepest nesting of raw codes (functions in functions) and of constant tuples accepted,
/// so recursion depth stays bounded whatever the input.
pub const MAX_NESTING: usize = 64;
/// Highest native arch number defined by the format (13 = debug).
const MAX_ARCH: u8 = 13;
/// Arch number of rv32imc, the only arch that may carry the arch-flags vuint.
const ARCH_RV32IMC: u8 = 11;

/// Constant kinds (§6.5).
mod kind {
    pub const FUN_TABLE: u8 = 0;
    pub const NONE: u8 = 1;
    pub const FALSE: u8 = 2;
    pub const TRUE: u8 = 3;
    pub const ELLIPSIS: u8 = 4;
    pub const STR: u8 = 5;
    pub const BYTES: u8 = 6;
    pub const INT: u8 = 7;
    pub const FLOAT: u8 = 8;
    pub const COMPLEX: u8 = 9;
    pub const TUPLE: u8 = 10;
}

/// Why a file could not be read or a module could not be written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MpyError {
    /// Wrong magic or version, or compiled for wider small ints than ours.
    IncompatibleMpy,
    /// Invalid arch field or arch flags.
    IncompatibleArch,
    /// A valid native arch, or a native/viper/asm raw code.
    NativeUnsupported,
    /// The input ends in the middle of a field.
    Truncated,
    /// A field holds an impossible value.
    Malformed(&'static str),
    OutOfMemory,
}

impl fmt::Display for MpyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MpyError::IncompatibleMpy => f.write_str("incompatible .mpy file"),
            MpyError::IncompatibleArch => f.write_str("incompatible .mpy arch"),
            MpyError::NativeUnsupported => f.write_str("native code in .mpy unsupported"),
            MpyError::Truncated => f.write_str("truncated .mpy file"),
            MpyError::Malformed(what) => write!(f, "malformed .mpy file: {what}"),
            MpyError::OutOfMemory => f.write_str("out of memory"),
        }
    }
}

impl From<OutOfMemory> for MpyError {
    fn from(_: OutOfMemory) -> Self {
        MpyError::OutOfMemory
    }
}

/// A cursor over the input that turns every shortfall into `Truncated`.
struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn remaining(&self) -> usize {
        self.data.len().saturating_sub(self.pos)
    }

    fn byte(&mut self) -> Result<u8, MpyError> {
        let b = *self.data.get(self.pos).ok_or(MpyError::Truncated)?;
        self.pos += 1;
        Ok(b)
    }

    fn bytes(&mut self, n: usize) -> Result<&'a [u8], MpyError> {
        let end = self.pos.checked_add(n).ok_or(MpyError::Truncated)?;
        let slice = self.data.get(self.pos..end).ok_or(MpyError::Truncated)?;
        self.pos = end;
        Ok(slice)
    }

    fn vuint(&mut self) -> Result<u64, MpyError> {
        let mut pos = self.pos;
        match read_vuint(self.data, &mut pos) {
            Some(v) => {
                self.pos = pos;
                Ok(v)
            }
            None if pos >= self.data.len() => Err(MpyError::Truncated),
            None => Err(MpyError::Malformed("integer too large")),
        }
    }

    /// A count or length that must not exceed the remaining input: each counted item
    /// takes at least one byte, so this bounds every allocation by the input size.
    fn bounded_len(&mut self) -> Result<usize, MpyError> {
        let v = self.vuint()?;
        match usize::try_from(v) {
            Ok(n) if n <= self.remaining() => Ok(n),
            _ => Err(MpyError::Truncated),
        }
    }

    /// `len` bytes followed by the `00` terminator that inline strings carry (§6.4).
    fn terminated(&mut self, len: usize) -> Result<&'a [u8], MpyError> {
        let body = self.bytes(len)?;
        if self.byte()? != 0 {
            return Err(MpyError::Malformed("missing string terminator"));
        }
        Ok(body)
    }
}

fn vec_with_capacity<T>(n: usize) -> Result<Vec<T>, MpyError> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| MpyError::OutOfMemory)?;
    Ok(v)
}

fn string_from(bytes: &[u8]) -> Result<String, MpyError> {
    let s = core::str::from_utf8(bytes).map_err(|_| MpyError::Malformed("string not UTF-8"))?;
    let mut out = String::new();
    out.try_reserve_exact(s.len())
        .map_err(|_| MpyError::OutOfMemory)?;
    out.push_str(s);
    Ok(out)
}

fn bytes_from(bytes: &[u8]) -> Result<Vec<u8>, MpyError> {
    let mut out = vec_with_capacity(bytes.len())?;
    out.extend_from_slice(bytes);
    Ok(out)
}

/// Parse a `.mpy` file into a module (§6). Trailing bytes after the module raw code are
/// ignored, as MicroPython does.
pub fn read_mpy(data: &[u8]) -> Result<MpyModule, MpyError> {
    let mut r = Reader { data, pos: 0 };
    let header = r.bytes(4).map_err(|_| MpyError::IncompatibleMpy)?;
    let &[magic, version, features, small_int_bits] = header else {
        return Err(MpyError::IncompatibleMpy);
    };
    if magic != MAGIC || version != VERSION {
        return Err(MpyError::IncompatibleMpy);
    }
    check_features(features)?;
    if small_int_bits > RUNTIME_SMALL_INT_BITS {
        return Err(MpyError::IncompatibleMpy);
    }
    let n_qstr = r.bounded_len()?;
    let n_obj = r.bounded_len()?;
    let mut qstrs = vec_with_capacity(n_qstr)?;
    for _ in 0..n_qstr {
        qstrs.push(read_qstr(&mut r)?);
    }
    let mut consts = vec_with_capacity(n_obj)?;
    for _ in 0..n_obj {
        consts.push(read_const(&mut r, 0)?);
    }
    let root = read_raw_code(&mut r, 0)?;
    Ok(MpyModule {
        small_int_bits,
        qstrs,
        consts,
        root,
    })
}

/// Feature byte (§6.1): bytecode-only files have arch 0 and any sub-version.
fn check_features(features: u8) -> Result<(), MpyError> {
    let arch = (features >> 2) & 0x2f;
    let has_arch_flags = features & 0x40 != 0;
    if arch == 0 {
        return if has_arch_flags {
            Err(MpyError::IncompatibleArch)
        } else {
            Ok(())
        };
    }
    if features & 3 != 3 {
        return Err(MpyError::IncompatibleMpy);
    }
    if arch > MAX_ARCH || (has_arch_flags && arch != ARCH_RV32IMC) {
        return Err(MpyError::IncompatibleArch);
    }
    Err(MpyError::NativeUnsupported)
}

fn read_qstr(r: &mut Reader<'_>) -> Result<String, MpyError> {
    let v = r.vuint()?;
    if v & 1 == 1 {
        let index = usize::try_from(v >> 1).map_err(|_| MpyError::Malformed("static qstr"))?;
        return match STATIC_QSTRS.get(index) {
            Some(s) if index != 0 => string_from(s.as_bytes()),
            _ => Err(MpyError::Malformed("static qstr index")),
        };
    }
    let len = usize::try_from(v >> 1).map_err(|_| MpyError::Truncated)?;
    let body = r.terminated(len)?;
    string_from(body)
}

fn read_const(r: &mut Reader<'_>, depth: usize) -> Result<MpyConst, MpyError> {
    Ok(match r.byte()? {
        kind::FUN_TABLE => MpyConst::FunTable,
        kind::NONE => MpyConst::None,
        kind::FALSE => MpyConst::False,
        kind::TRUE => MpyConst::True,
        kind::ELLIPSIS => MpyConst::Ellipsis,
        kind::STR => {
            let len = r.bounded_len()?;
            MpyConst::Str(string_from(r.terminated(len)?)?)
        }
        kind::BYTES => {
            let len = r.bounded_len()?;
            MpyConst::Bytes(bytes_from(r.terminated(len)?)?)
        }
        kind::INT => {
            let len = r.bounded_len()?;
            let text = r.bytes(len)?;
            if !is_int_text(text) {
                return Err(MpyError::Malformed("int constant"));
            }
            MpyConst::Int(string_from(text)?)
        }
        kind::FLOAT => {
            let len = r.bounded_len()?;
            let text = r.bytes(len)?;
            if !is_float_text(text) {
                return Err(MpyError::Malformed("float constant"));
            }
            MpyConst::Float(string_from(text)?)
        }
        kind::COMPLEX => {
            let len = r.bounded_len()?;
            let text = r.bytes(len)?;
            match text.split_last() {
                Some((b'j' | b'J', real)) if is_float_text(real) => {}
                _ => return Err(MpyError::Malformed("complex constant")),
            }
            MpyConst::Complex(string_from(text)?)
        }
        kind::TUPLE => {
            if depth >= MAX_NESTING {
                return Err(MpyError::Malformed("constant tuples nested too deeply"));
            }
            let n = r.bounded_len()?;
            let mut items = vec_with_capacity(n)?;
            for _ in 0..n {
                items.push(read_const(r, depth + 1)?);
            }
            MpyConst::Tuple(items)
        }
        _ => return Err(MpyError::Malformed("constant kind")),
    })
}

/// Decimal integer text with an optional leading `-` (§6.5 kind 7).
fn is_int_text(text: &[u8]) -> bool {
    let digits = text.strip_prefix(b"-").unwrap_or(text);
    !digits.is_empty() && digits.iter().all(u8::is_ascii_digit)
}

/// Float text as a float parser accepts it: `[sign] (digits[.digits] | .digits)
/// [e[sign]digits]`, or `[sign] inf|nan`.
fn is_float_text(text: &[u8]) -> bool {
    let body = match text.first() {
        Some(b'-' | b'+') => text.get(1..).unwrap_or(&[]),
        _ => text,
    };
    if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"nan") {
        return true;
    }
    let (mantissa, exponent) = match body.iter().position(|&b| b == b'e' || b == b'E') {
        Some(i) => (
            body.get(..i).unwrap_or(&[]),
            Some(body.get(i + 1..).unwrap_or(&[])),
        ),
        None => (body, None),
    };
    let (int_part, frac_part) = match mantissa.iter().position(|&b| b == b'.') {
        Some(i) => (
            mantissa.get(..i).unwrap_or(&[]),
            mantissa.get(i + 1..).unwrap_or(&[]),
        ),
        None => (mantissa, &[][..]),
    };
    let all_digits = |s: &[u8]| s.iter().all(u8::is_ascii_digit);
    let mantissa_ok = (!int_part.is_empty() || !frac_part.is_empty())
        && all_digits(int_part)
        && all_digits(frac_part);
    let exponent_ok = match exponent {
        None => true,
        Some(e) => {
            let digits = match e.first() {
                Some(b'-' | b'+') => e.get(1..).unwrap_or(&[]),
                _ => e,
            };
            !digits.is_empty() && all_digits(digits)
        }
    };
    mantissa_ok && exponent_ok
}

fn read_raw_code(r: &mut Reader<'_>, depth: usize) -> Result<RawCode, MpyError> {
    if depth >= MAX_NESTING {
        return Err(MpyError::Malformed("raw codes nested too deeply"));
    }
    let kind_word = r.vuint()?;
    if kind_word & 3 != RawCodeKind::Bytecode as u64 {
        return Err(MpyError::NativeUnsupported);
    }
    let has_children = kind_word & 4 != 0;
    let len = usize::try_from(kind_word >> 3).map_err(|_| MpyError::Truncated)?;
    let fun_data = bytes_from(r.bytes(len)?)?;
    let children = if has_children {
        let n = r.bounded_len()?;
        let mut children = vec_with_capacity(n)?;
        for _ in 0..n {
            children.push(read_raw_code(r, depth + 1)?);
        }
        children
    } else {
        Vec::new()
    };
    Ok(RawCode {
        kind: RawCodeKind::Bytecode,
        fun_data,
        children,
        local_names: Vec::new(),
    })
}

/// Serialise a module as mpy-cross does (§6): header `4d 06 00 <small_int_bits>`,
/// qstrs static iff in Appendix A, constants per §6.5, bytecode raw codes per §6.6.
pub fn write_mpy(m: &MpyModule) -> Result<Vec<u8>, MpyError> {
    let mut out = Vec::new();
    push_bytes(&mut out, &[MAGIC, VERSION, 0, m.small_int_bits])?;
    write_vuint(&mut out, m.qstrs.len() as u64)?;
    write_vuint(&mut out, m.consts.len() as u64)?;
    for q in &m.qstrs {
        match static_qstr_index(q) {
            Some(index) => write_vuint(&mut out, (index as u64) << 1 | 1)?,
            None => {
                write_vuint(&mut out, (q.len() as u64) << 1)?;
                push_bytes(&mut out, q.as_bytes())?;
                push_byte(&mut out, 0)?;
            }
        }
    }
    for c in &m.consts {
        write_const(&mut out, c, 0)?;
    }
    write_raw_code(&mut out, &m.root, 0)?;
    Ok(out)
}

fn write_text(out: &mut Vec<u8>, kind: u8, text: &[u8], terminated: bool) -> Result<(), MpyError> {
    push_byte(out, kind)?;
    write_vuint(out, text.len() as u64)?;
    push_bytes(out, text)?;
    if terminated {
        push_byte(out, 0)?;
    }
    Ok(())
}

fn write_const(out: &mut Vec<u8>, c: &MpyConst, depth: usize) -> Result<(), MpyError> {
    match c {
        MpyConst::FunTable => push_byte(out, kind::FUN_TABLE)?,
        MpyConst::None => push_byte(out, kind::NONE)?,
        MpyConst::False => push_byte(out, kind::FALSE)?,
        MpyConst::True => push_byte(out, kind::TRUE)?,
        MpyConst::Ellipsis => push_byte(out, kind::ELLIPSIS)?,
        MpyConst::Str(s) => write_text(out, kind::STR, s.as_bytes(), true)?,
        MpyConst::Bytes(b) => write_text(out, kind::BYTES, b, true)?,
        MpyConst::Int(t) => write_text(out, kind::INT, t.as_bytes(), false)?,
        MpyConst::Float(t) => write_text(out, kind::FLOAT, t.as_bytes(), false)?,
        MpyConst::Complex(t) => write_text(out, kind::COMPLEX, t.as_bytes(), false)?,
        MpyConst::Tuple(items) => {
            if depth >= MAX_NESTING {
                return Err(MpyError::Malformed("constant tuples nested too deeply"));
            }
            push_byte(out, kind::TUPLE)?;
            write_vuint(out, items.len() as u64)?;
            for item in items {
                write_const(out, item, depth + 1)?;
            }
        }
    }
    Ok(())
}

fn write_raw_code(out: &mut Vec<u8>, rc: &RawCode, depth: usize) -> Result<(), MpyError> {
    if rc.kind != RawCodeKind::Bytecode {
        return Err(MpyError::NativeUnsupported);
    }
    if depth >= MAX_NESTING {
        return Err(MpyError::Malformed("raw codes nested too deeply"));
    }
    let has_children = !rc.children.is_empty();
    let kind_word = (rc.fun_data.len() as u64) << 3 | u64::from(has_children) << 2;
    write_vuint(out, kind_word)?;
    push_bytes(out, &rc.fun_data)?;
    if has_children {
        write_vuint(out, rc.children.len() as u64)?;
        for child in &rc.children {
            write_raw_code(out, child, depth + 1)?;
        }
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use alloc::vec;
    use std::string::ToString;

    /// Parse a hexdump (`xxd` rows or bare hex) into bytes; the ASCII column is skipped.
    pub(crate) fn hex(text: &str) -> Vec<u8> {
        let mut out = vec![];
        for line in text.lines() {
            let body = match line.find(": ") {
                Some(i) => &line[i + 2..],
                None => line,
            };
            // In xxd rows the hex part ends at a double space before the ASCII column.
            let body = match body.find("  ") {
                Some(i) => &body[..i],
                None => body,
            };
            let digits: Vec<u8> = body.bytes().filter(u8::is_ascii_hexdigit).collect();
            for pair in digits.chunks(2) {
                let s = core::str::from_utf8(pair).unwrap();
                out.push(u8::from_str_radix(s, 16).unwrap());
            }
        }
        out
    }

    /// MPY.md §8.1: `x = 1 + 2`.
    pub(crate) const EX1: &str = "\
00000000: 4d06 001f 0300 0c65 7831 2e70 7900 0f02  M......ex1.py...
00000010: 7800 4000 0201 8316 0251 63              x.@......Qc";

    /// MPY.md §8.2: function with a default argument and a closure.
    pub(crate) const EX2B: &str = "\
00000000: 4d06 001f 0800 0e65 7832 622e 7079 000f  M......ex2b.py..
00000010: 0a6f 7574 6572 000a 696e 6e65 7200 0261  .outer..inner..a
00000020: 0002 6200 0b02 6300 6c08 0201 822a 0153  ..b...c.l....*.S
00000030: 3300 1602 5163 0181 1ca2 018a 0102 0405  3...Qc..........
00000040: 2046 0001 b0b1 2000 02c2 b263 0178 230a   F.... ....c.x#.
00000050: 0306 0607 4025 0025 01f2 b2f2 63         ....@%.%....c";

    /// MPY.md §8.3: `for` loop with `try`/`finally` and `break`.
    pub(crate) const EX3: &str = "\
00000000: 4d06 001f 0500 0c65 7833 2e70 7900 0f02  M......ex3.py...
00000010: 6600 814d 8177 4c00 0201 3200 1602 5163  f..M.wL...2...Qc
00000020: 0182 685d 1402 0320 2225 2225 2345 2980  ..h]... \"%\"%#E).
00000030: c1b0 5f4b 19c2 490d b280 d744 4340 4f81  .._K..I....DC@O.
00000040: b1b2 e5c1 5112 04b2 3401 595d 4225 b163  ....Q...4.Y]B%.c";

    /// MPY.md §8.4: class with a method using `super()`.
    pub(crate) const EX4: &str = "\
00000000: 4d06 001f 0d00 0c65 7834 2e70 7900 0f02  M......ex4.py...
00000010: 4100 026d 0002 6b00 0242 002f 2d35 0b82  A..m..k..B./-5..
00000020: 1302 7600 8235 8104 1802 0154 3200 1002  ..v..5.....T2...
00000030: 1105 3403 1602 5163 0181 2c08 0502 2800  ..4...Qc..,...(.
00000040: 1106 1607 1002 1608 b020 0001 1603 b063  ......... .....c
00000050: 0181 302b 0a03 090a 0b40 120c 2500 b115  ..0+.....@..%...
00000060: 03b2 3601 b113 04f2 63                   ..6.....c";

    /// MPY.md §8.5: big int, float, bytes, long string, tuple constants.
    pub(crate) const EX5: &str = "\
00000000: 4d06 001f 0705 0c65 7835 2e70 7900 0f06  M......ex5.py...
00000010: 6269 6700 0266 0002 6200 0273 0002 7400  big..f..b..s..t.
00000020: 0714 3132 3334 3536 3738 3930 3132 3334  ..12345678901234
00000030: 3536 3738 3930 0804 2d31 2e35 0603 0068  567890..-1.5...h
00000040: 6900 0518 6120 6c6f 6e67 6572 2073 7472  i...a longer str
00000050: 696e 6720 636f 6e73 7461 6e74 000a 0307  ing constant....
00000060: 0131 0501 7800 0181 6800 0a01 2424 2424  .1..x...h...$$$$
00000070: 2300 1602 2301 1603 2302 1604 2303 1605  #...#...#...#...
00000080: 2304 1606 5163                           #...Qc";

    /// Real `mpy-cross` output committed under `vm/tests/fixtures/mpy/` (with the `.py`
    /// sources); `ex*` are the sources of MPY.md §8.
    pub(crate) const FIXTURES: [(&str, &[u8]); 12] = [
        (
            "functions",
            include_bytes!("../../tests/fixtures/mpy/functions.mpy"),
        ),
        (
            "classes",
            include_bytes!("../../tests/fixtures/mpy/classes.mpy"),
        ),
        (
            "operators",
            include_bytes!("../../tests/fixtures/mpy/operators.mpy"),
        ),
        (
            "closures",
            include_bytes!("../../tests/fixtures/mpy/closures.mpy"),
        ),
        (
            "try_with",
            include_bytes!("../../tests/fixtures/mpy/try_with.mpy"),
        ),
        (
            "generators",
            include_bytes!("../../tests/fixtures/mpy/generators.mpy"),
        ),
        (
            "constants",
            include_bytes!("../../tests/fixtures/mpy/constants.mpy"),
        ),
        ("ex1", include_bytes!("../../tests/fixtures/mpy/ex1.mpy")),
        ("ex2b", include_bytes!("../../tests/fixtures/mpy/ex2b.mpy")),
        ("ex3", include_bytes!("../../tests/fixtures/mpy/ex3.mpy")),
        ("ex4", include_bytes!("../../tests/fixtures/mpy/ex4.mpy")),
        ("ex5", include_bytes!("../../tests/fixtures/mpy/ex5.mpy")),
    ];

    fn assert_round_trip(name: &str, bytes: &[u8]) -> MpyModule {
        let m = read_mpy(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let written = write_mpy(&m).unwrap();
        assert_eq!(written, bytes, "{name}: re-encoding differs");
        m
    }

    #[test]
    fn worked_examples_round_trip_byte_exact() {
        for (name, dump) in [
            ("ex1", EX1),
            ("ex2b", EX2B),
            ("ex3", EX3),
            ("ex4", EX4),
            ("ex5", EX5),
        ] {
            assert_round_trip(name, &hex(dump));
        }
    }

    #[test]
    fn worked_examples_are_what_mpy_cross_writes() {
        let fixture = |name: &str| FIXTURES.iter().find(|f| f.0 == name).unwrap().1;
        assert_eq!(hex(EX1), fixture("ex1"));
        assert_eq!(hex(EX2B), fixture("ex2b"));
        assert_eq!(hex(EX3), fixture("ex3"));
        assert_eq!(hex(EX4), fixture("ex4"));
        assert_eq!(hex(EX5), fixture("ex5"));
    }

    #[test]
    fn fixtures_round_trip_byte_exact() {
        for (name, bytes) in FIXTURES {
            assert_round_trip(name, bytes);
        }
    }

    #[test]
    fn ex1_decodes_as_annotated() {
        let m = read_mpy(&hex(EX1)).unwrap();
        assert_eq!(m.small_int_bits, 31);
        assert_eq!(m.qstrs, ["ex1.py", "<module>", "x"]);
        assert!(m.consts.is_empty());
        assert_eq!(m.root.kind, RawCodeKind::Bytecode);
        assert_eq!(
            m.root.fun_data,
            [0x00, 0x02, 0x01, 0x83, 0x16, 0x02, 0x51, 0x63]
        );
        assert!(m.root.children.is_empty());
    }

    #[test]
    fn ex2b_tree_and_static_qstrs() {
        let m = read_mpy(&hex(EX2B)).unwrap();
        assert_eq!(
            m.qstrs,
            ["ex2b.py", "<module>", "outer", "inner", "a", "b", "*", "c"]
        );
        assert_eq!(m.root.fun_data.len(), 13);
        assert_eq!(m.root.children.len(), 1);
        let outer = &m.root.children[0];
        assert_eq!(outer.fun_data.len(), 19);
        assert_eq!(outer.children.len(), 1);
        assert_eq!(outer.children[0].fun_data.len(), 15);
        assert!(outer.children[0].children.is_empty());
    }

    #[test]
    fn ex4_and_ex5_tables() {
        let m = read_mpy(&hex(EX4)).unwrap();
        assert_eq!(m.qstrs[6], "__name__");
        assert_eq!(m.qstrs[10], "self");
        assert_eq!(m.qstrs[12], "super");
        let m = read_mpy(&hex(EX5)).unwrap();
        assert_eq!(
            m.consts,
            [
                MpyConst::Int("12345678901234567890".to_string()),
                MpyConst::Float("-1.5".to_string()),
                MpyConst::Bytes(b"\x00hi".to_vec()),
                MpyConst::Str("a longer string constant".to_string()),
                MpyConst::Tuple(vec![
                    MpyConst::Int("1".to_string()),
                    MpyConst::Str("x".to_string()),
                    MpyConst::None,
                ]),
            ]
        );
    }

    #[test]
    fn writer_chooses_static_or_inline_qstrs() {
        let m = MpyModule {
            small_int_bits: 31,
            qstrs: vec![
                "t.py".to_string(),
                "<module>".to_string(),
                "".to_string(),
                "print".to_string(),
                "<lambda>".to_string(),
            ],
            consts: vec![
                MpyConst::Bytes(vec![]),
                MpyConst::Complex("2j".to_string()),
                MpyConst::Ellipsis,
            ],
            root: RawCode {
                kind: RawCodeKind::Bytecode,
                fun_data: vec![0x00, 0x02, 0x01, 0x51, 0x63],
                children: vec![],
                local_names: vec![],
            },
        };
        let bytes = write_mpy(&m).unwrap();
        let expected = hex(
            "4d06001f 0503 08742e707900 0f 03 8177 103c6c616d6264613e00 \
             060000 0902326a 04 28 0002015163",
        );
        assert_eq!(bytes, expected);
        assert_eq!(read_mpy(&bytes).unwrap(), m);
    }

    #[test]
    fn inline_form_of_a_static_string_reads_the_same() {
        // `print` spelled inline instead of as static 123.
        let bytes = hex("4d06001f 0200 0a7072696e7400 0f 28 0002015163");
        let m = read_mpy(&bytes).unwrap();
        assert_eq!(m.qstrs, ["print", "<module>"]);
    }

    #[test]
    fn header_checks() {
        let body = "0100 0f 28 0002005163";
        let ok = hex(&["4d06001f", body].concat());
        assert!(read_mpy(&ok).is_ok());
        assert_eq!(read_mpy(&hex("4d06")), Err(MpyError::IncompatibleMpy));
        let cases: [(&str, MpyError); 9] = [
            ("4c06001f", MpyError::IncompatibleMpy),
            ("4d05001f", MpyError::IncompatibleMpy),
            ("4d060030", MpyError::IncompatibleMpy),
            ("4d060b1f", MpyError::NativeUnsupported),
            ("4d06131f", MpyError::NativeUnsupported),
            ("4d06081f", MpyError::IncompatibleMpy),
            ("4d06bf1f", MpyError::IncompatibleArch),
            ("4d06401f", MpyError::IncompatibleArch),
            ("4d06431f", MpyError::IncompatibleArch),
        ];
        for (header, err) in cases {
            assert_eq!(
                read_mpy(&hex(&[header, body].concat())),
                Err(err),
                "{header}"
            );
        }
        // Sub-version bits are ignored for bytecode-only files; 47-bit small ints fit.
        assert!(read_mpy(&hex(&["4d06032f", body].concat())).is_ok());
    }

    #[test]
    fn bad_fields_are_errors() {
        let cases: [(&str, MpyError); 12] = [
            // static qstr 0 and 166
            (
                "4d06001f 0100 01 28 0002005163",
                MpyError::Malformed("static qstr index"),
            ),
            (
                "4d06001f 0100 824d 28 0002005163",
                MpyError::Malformed("static qstr index"),
            ),
            // inline string without its terminator
            (
                "4d06001f 0100 02 7801 28 0002005163",
                MpyError::Malformed("missing string terminator"),
            ),
            // invalid UTF-8
            (
                "4d06001f 0100 02 ff00 28 0002005163",
                MpyError::Malformed("string not UTF-8"),
            ),
            // constant kind 11
            (
                "4d06001f 0101 0f 0b 28 0002005163",
                MpyError::Malformed("constant kind"),
            ),
            // int text with a letter
            (
                "4d06001f 0101 0f 07023161 28 0002005163",
                MpyError::Malformed("int constant"),
            ),
            (
                "4d06001f 0101 0f 0701 2d 28 0002005163",
                MpyError::Malformed("int constant"),
            ),
            (
                "4d06001f 0101 0f 08022e65 28 0002005163",
                MpyError::Malformed("float constant"),
            ),
            (
                "4d06001f 0101 0f 09013228 0002005163",
                MpyError::Malformed("complex constant"),
            ),
            // native raw code
            (
                "4d06001f 0100 0f 29 0002005163",
                MpyError::NativeUnsupported,
            ),
            // fun_data longer than the file
            ("4d06001f 0100 0f 30 0002005163", MpyError::Truncated),
            // a count larger than the rest of the file
            ("4d06001f 8f7f00", MpyError::Truncated),
        ];
        for (text, err) in cases {
            assert_eq!(read_mpy(&hex(text)), Err(err), "{text}");
        }
    }

    #[test]
    fn float_and_complex_texts_of_mpy_cross_are_accepted() {
        for t in [
            "0.1", "1e+100", "1e-07", "-0.0", "3.0", "inf", "-inf", "nan", "1.", ".5",
        ] {
            assert!(is_float_text(t.as_bytes()), "{t}");
        }
        for t in ["", "-", ".", "e5", "1e", "1e+", "1.2.3", "0x10", "1_0"] {
            assert!(!is_float_text(t.as_bytes()), "{t}");
        }
    }

    #[test]
    fn nesting_is_bounded() {
        let mut deep_tuple = hex("4d06001f 0001");
        for _ in 0..MAX_NESTING + 1 {
            deep_tuple.extend_from_slice(&[0x0a, 0x01]);
        }
        deep_tuple.push(0x01);
        assert_eq!(
            read_mpy(&deep_tuple),
            Err(MpyError::Malformed("constant tuples nested too deeply"))
        );
        // Each level: kind word 0x04 (no fun_data, has children), one child.
        let mut deep_code = hex("4d06001f 0000");
        for _ in 0..MAX_NESTING + 1 {
            deep_code.extend_from_slice(&[0x04, 0x01]);
        }
        deep_code.push(0x00);
        assert_eq!(
            read_mpy(&deep_code),
            Err(MpyError::Malformed("raw codes nested too deeply"))
        );
    }

    #[test]
    fn native_code_of_mpy_cross_is_refused() {
        // MPY.md §8.6 compiled with `mpy-cross -march=x64`: header `4d 06 0b 1f`.
        let bytes = include_bytes!("../../tests/fixtures/mpy/native.mpy");
        assert_eq!(&bytes[..4], &[0x4d, 0x06, 0x0b, 0x1f]);
        assert_eq!(read_mpy(bytes), Err(MpyError::NativeUnsupported));
        // The same file claiming to be bytecode-only still fails at the first native
        // raw code rather than misreading it.
        let mut relabelled = bytes.to_vec();
        relabelled[2] = 0;
        assert_eq!(read_mpy(&relabelled), Err(MpyError::NativeUnsupported));
    }

    #[test]
    fn writer_refuses_native_code() {
        let mut m = read_mpy(&hex(EX1)).unwrap();
        m.root.kind = RawCodeKind::Native;
        assert_eq!(write_mpy(&m), Err(MpyError::NativeUnsupported));
    }
}

//! The code-object prelude of MPY.md §5.2–§5.3: the bit-interleaved signature
//! (n_state, n_exc_stack, scope flags, argument counts) and the size header
//! (n_info, n_cell) at the start of every bytecode `fun_data`.

use super::encode::{push_byte, read_vuint, OutOfMemory};
use alloc::vec::Vec;
use core::ops::Range;

/// Scope flags stored in the signature (§5.7).
pub mod scope_flags {
    pub const GENERATOR: u8 = 0x01;
    pub const VARKEYWORDS: u8 = 0x02;
    pub const VARARGS: u8 = 0x04;
    pub const DEFKWARGS: u8 = 0x08;
}

/// The six values of the signature.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Signature {
    pub n_state: u32,
    pub n_exc_stack: u32,
    pub scope_flags: u8,
    pub n_pos_args: u32,
    pub n_kwonly_args: u32,
    pub n_def_pos_args: u32,
}

/// The size header: bytes of code info and of the cell list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SizeHeader {
    pub n_info: u32,
    pub n_cell: u32,
}

/// Append the signature (§5.2). `n_state` must be at least 1.
pub fn write_signature(out: &mut Vec<u8>, sig: &Signature) -> Result<(), OutOfMemory> {
    let mut s = sig.n_state.saturating_sub(1);
    let mut e = sig.n_exc_stack;
    let mut f = u32::from(sig.scope_flags);
    let mut a = sig.n_pos_args;
    let mut k = sig.n_kwonly_args;
    let mut d = sig.n_def_pos_args;
    let mut byte = (((s & 0xf) << 3) | ((e & 1) << 2) | (a & 3)) as u8;
    s >>= 4;
    e >>= 1;
    a >>= 2;
    while s | e | f | a | k | d != 0 {
        push_byte(out, byte | 0x80)?;
        byte = (((f & 1) << 6)
            | ((s & 3) << 4)
            | ((k & 1) << 3)
            | ((a & 1) << 2)
            | ((e & 1) << 1)
            | (d & 1)) as u8;
        s >>= 2;
        e >>= 1;
        f >>= 1;
        a >>= 1;
        k >>= 1;
        d >>= 1;
    }
    push_byte(out, byte)
}

/// Read a signature at `*pos`, advancing it. `None` on truncated or oversized input.
pub fn read_signature(data: &[u8], pos: &mut usize) -> Option<Signature> {
    let mut z = *data.get(*pos)?;
    *pos += 1;
    let mut s = u32::from((z >> 3) & 0xf);
    let mut e = u32::from((z >> 2) & 1);
    let mut f = 0u32;
    let mut a = u32::from(z & 3);
    let mut k = 0u32;
    let mut d = 0u32;
    let mut n = 0u32;
    while z & 0x80 != 0 {
        if n >= 12 {
            return None;
        }
        z = *data.get(*pos)?;
        *pos += 1;
        f |= u32::from((z >> 6) & 1) << n;
        s |= u32::from((z >> 4) & 3) << (4 + 2 * n);
        k |= u32::from((z >> 3) & 1) << n;
        a |= u32::from((z >> 2) & 1) << (2 + n);
        e |= u32::from((z >> 1) & 1) << (1 + n);
        d |= u32::from(z & 1) << n;
        n += 1;
    }
    Some(Signature {
        n_state: s + 1,
        n_exc_stack: e,
        scope_flags: u8::try_from(f).ok()?,
        n_pos_args: a,
        n_kwonly_args: k,
        n_def_pos_args: d,
    })
}

/// Append the size header (§5.3).
pub fn write_size_header(out: &mut Vec<u8>, size: &SizeHeader) -> Result<(), OutOfMemory> {
    let mut i = size.n_info;
    let mut c = size.n_cell;
    loop {
        let mut byte = (((i & 0x3f) << 1) | (c & 1)) as u8;
        i >>= 6;
        c >>= 1;
        if i | c != 0 {
            byte |= 0x80;
        }
        push_byte(out, byte)?;
        if byte & 0x80 == 0 {
            return Ok(());
        }
    }
}

/// Read a size header at `*pos`, advancing it. n_cell takes one bit per byte, so a
/// frame with many cells needs many bytes (34 cells: 6 bytes); values beyond 32 bits
/// are refused.
pub fn read_size_header(data: &[u8], pos: &mut usize) -> Option<SizeHeader> {
    let mut i = 0u64;
    let mut c = 0u64;
    for n in 0..32u32 {
        let z = *data.get(*pos)?;
        *pos += 1;
        let info_bits = u64::from((z >> 1) & 0x3f);
        match 6 * n {
            shift @ 0..=63 => i |= info_bits << shift,
            _ if info_bits != 0 => return None,
            _ => {}
        }
        c |= u64::from(z & 1) << n;
        if z & 0x80 == 0 {
            return Some(SizeHeader {
                n_info: u32::try_from(i).ok()?,
                n_cell: u32::try_from(c).ok()?,
            });
        }
    }
    None
}

/// Where the parts of a bytecode `fun_data` lie (§5.1); all positions are offsets into
/// `fun_data`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeLayout {
    pub signature: Signature,
    pub size: SizeHeader,
    /// Bytes taken by the signature and by the size header (the encoding is not unique).
    pub signature_len: usize,
    pub size_len: usize,
    /// qstr index of the block name.
    pub name: u64,
    /// Start of the n_pos_args + n_kwonly_args argument-name vuints.
    pub arg_names_start: usize,
    pub line_table: Range<usize>,
    pub cells: Range<usize>,
    /// First bytecode byte; the bytecode runs to the end of `fun_data`.
    pub code_start: usize,
}

/// Why [`code_layout`] failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LayoutError {
    Signature,
    SizeHeader,
    /// Code info or cell list run past the end of `fun_data`.
    OutOfBounds,
    /// The block name or argument names do not fit in the code info.
    CodeInfo,
}

impl CodeLayout {
    /// Number of argument names in the code info.
    pub fn n_arg_names(&self) -> u64 {
        u64::from(self.signature.n_pos_args) + u64::from(self.signature.n_kwonly_args)
    }

    /// The argument-name qstr indices, in slot order.
    pub fn arg_names<'a>(&self, fun_data: &'a [u8]) -> impl Iterator<Item = u64> + 'a {
        let mut pos = self.arg_names_start;
        let end = self.line_table.start;
        (0..self.n_arg_names()).map_while(move |_| {
            let v = read_vuint(fun_data, &mut pos)?;
            (pos <= end).then_some(v)
        })
    }
}

/// Locate signature, size header, code info, cell list and bytecode in `fun_data`.
pub fn code_layout(fun_data: &[u8]) -> Result<CodeLayout, LayoutError> {
    let mut pos = 0;
    let signature = read_signature(fun_data, &mut pos).ok_or(LayoutError::Signature)?;
    let signature_len = pos;
    let size = read_size_header(fun_data, &mut pos).ok_or(LayoutError::SizeHeader)?;
    let size_len = pos - signature_len;
    let info_start = pos;
    let info_end = info_start
        .checked_add(size.n_info as usize)
        .ok_or(LayoutError::OutOfBounds)?;
    let code_start = info_end
        .checked_add(size.n_cell as usize)
        .ok_or(LayoutError::OutOfBounds)?;
    if code_start > fun_data.len() {
        return Err(LayoutError::OutOfBounds);
    }
    let info = fun_data.get(..info_end).ok_or(LayoutError::OutOfBounds)?;
    let name = read_vuint(info, &mut pos).ok_or(LayoutError::CodeInfo)?;
    let arg_names_start = pos;
    let n_args = u64::from(signature.n_pos_args) + u64::from(signature.n_kwonly_args);
    for _ in 0..n_args {
        read_vuint(info, &mut pos).ok_or(LayoutError::CodeInfo)?;
    }
    Ok(CodeLayout {
        signature,
        size,
        signature_len,
        size_len,
        name,
        arg_names_start,
        line_table: pos..info_end,
        cells: info_end..code_start,
        code_start,
    })
}

/// The (Δbc, Δline) entries of a line-number table (§5.5); a long entry cut off by the
/// end of the table yields `Err(())` and ends the iteration.
pub fn line_entries(table: &[u8]) -> impl Iterator<Item = Result<(u32, u32), ()>> + '_ {
    let mut pos = 0;
    core::iter::from_fn(move || {
        let b = *table.get(pos)?;
        pos += 1;
        if b & 0x80 == 0 {
            return Some(Ok((u32::from(b & 0x1f), u32::from((b >> 5) & 3))));
        }
        match table.get(pos) {
            Some(&low) => {
                pos += 1;
                Some(Ok((
                    u32::from(b & 0x0f),
                    (u32::from((b >> 4) & 7) << 8) | u32::from(low),
                )))
            }
            None => {
                pos = table.len();
                Some(Err(()))
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    fn roundtrip_sig(bytes: &[u8]) -> Signature {
        let mut pos = 0;
        let sig = read_signature(bytes, &mut pos).unwrap();
        assert_eq!(pos, bytes.len());
        let mut out = vec![];
        write_signature(&mut out, &sig).unwrap();
        assert_eq!(out, bytes);
        sig
    }

    #[test]
    fn signature_examples_of_mpy_md() {
        let s = roundtrip_sig(&[0xb1, 0x40]);
        assert_eq!((s.n_state, s.n_pos_args, s.scope_flags), (7, 1, 0x01));
        let s = roundtrip_sig(&[0xca, 0x81, 0xc8, 0xc0, 0x40]);
        assert_eq!(s.n_state, 10);
        assert_eq!((s.n_exc_stack, s.n_pos_args, s.n_def_pos_args), (0, 2, 1));
        assert_eq!((s.n_kwonly_args, s.scope_flags), (2, 0x0e));
        let s = roundtrip_sig(&[0xa2, 0x01]);
        assert_eq!((s.n_state, s.n_pos_args, s.n_def_pos_args), (5, 2, 1));
        let s = roundtrip_sig(&[0x5d]);
        assert_eq!((s.n_state, s.n_exc_stack, s.n_pos_args), (12, 1, 1));
    }

    #[test]
    fn size_header_examples_of_mpy_md() {
        let cases: [(&[u8], u32, u32); 5] = [
            (&[0x90, 0x85, 0x80, 0x80, 0x80, 0x01], 136, 34),
            (&[0x02], 1, 0),
            (&[0x05], 2, 1),
            (&[0x8a, 0x01], 5, 2),
            (&[0x90, 0x01], 8, 2),
        ];
        for (bytes, n_info, n_cell) in cases {
            let mut pos = 0;
            let h = read_size_header(bytes, &mut pos).unwrap();
            assert_eq!((h.n_info, h.n_cell), (n_info, n_cell));
            let mut out = vec![];
            write_size_header(&mut out, &h).unwrap();
            assert_eq!(out, bytes);
        }
    }

    #[test]
    fn layout_of_outer_in_mpy_md_8_2() {
        let fun_data = [
            0xa2, 0x01, 0x8a, 0x01, 0x02, 0x04, 0x05, 0x20, 0x46, 0x00, 0x01, 0xb0, 0xb1, 0x20,
            0x00, 0x02, 0xc2, 0xb2, 0x63,
        ];
        let l = code_layout(&fun_data).unwrap();
        assert_eq!((l.signature_len, l.size_len), (2, 2));
        assert_eq!(l.name, 2);
        assert_eq!(l.arg_names(&fun_data).collect::<Vec<_>>(), [4, 5]);
        assert_eq!(l.line_table, 7..9);
        assert_eq!(l.cells, 9..11);
        assert_eq!(l.code_start, 11);
        let entries: Vec<_> = line_entries(&fun_data[l.line_table.clone()]).collect();
        assert_eq!(entries, [Ok((0, 1)), Ok((6, 2))]);
    }

    #[test]
    fn layout_errors() {
        assert_eq!(code_layout(&[]), Err(LayoutError::Signature));
        assert_eq!(code_layout(&[0x80]), Err(LayoutError::Signature));
        assert_eq!(code_layout(&[0x00]), Err(LayoutError::SizeHeader));
        assert_eq!(
            code_layout(&[0x00, 0x04, 0x01]),
            Err(LayoutError::OutOfBounds)
        );
        // One positional argument, but the code info only holds the name.
        assert_eq!(
            code_layout(&[0x01, 0x02, 0x01, 0x63]),
            Err(LayoutError::CodeInfo)
        );
    }

    #[test]
    fn long_line_entries() {
        let entries: Vec<_> = line_entries(&[0x80, 0x07, 0x6d, 0x40, 0xff]).collect();
        assert_eq!(entries, [Ok((0, 7)), Ok((13, 3)), Ok((0, 2)), Err(())]);
    }
}

//! The ELF loader, with VibeOS's loader contract (KAPI.md "Loading and entry"): AArch64
//! ELF64 little-endian, ET_DYN or ET_EXEC; only PT_LOAD segments are copied (memsz beyond
//! filesz zeroed) and only PT_DYNAMIC's DT_RELA entries of type R_AARCH64_RELATIVE applied.
//!
//! In: the file's bytes and the memory it is loaded into (`mem`, which starts at address
//! `base`). Out: the entry's offset from `base`. Every field is read with explicit byte
//! order from byte slices: the kernel runs with the MMU off, where unaligned wide accesses
//! fault, and a malformed file must give an error, not a wild write.

const PT_LOAD: u32 = 1;
const PT_DYNAMIC: u32 = 2;
const DT_NULL: u64 = 0;
const DT_RELA: u64 = 7;
const DT_RELASZ: u64 = 8;
const DT_RELAENT: u64 = 9;
const R_AARCH64_RELATIVE: u64 = 1027;
const EM_AARCH64: u16 = 183;
const ET_EXEC: u16 = 2;
const ET_DYN: u16 = 3;
const PHDR_SIZE: usize = 56;
const RELA_SIZE: usize = 24;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadError {
    NotAarch64Elf,
    Truncated,
    TooBig,
    BadRelocation,
}

fn u16_at(bytes: &[u8], at: usize) -> Result<u16, LoadError> {
    let b = bytes.get(at..at + 2).ok_or(LoadError::Truncated)?;
    Ok(u16::from_le_bytes([b[0], b[1]]))
}

fn u32_at(bytes: &[u8], at: usize) -> Result<u32, LoadError> {
    let b = bytes.get(at..at + 4).ok_or(LoadError::Truncated)?;
    let mut a = [0u8; 4];
    a.copy_from_slice(b);
    Ok(u32::from_le_bytes(a))
}

fn u64_at(bytes: &[u8], at: usize) -> Result<u64, LoadError> {
    let b = bytes.get(at..at + 8).ok_or(LoadError::Truncated)?;
    let mut a = [0u8; 8];
    a.copy_from_slice(b);
    Ok(u64::from_le_bytes(a))
}

fn usize_at(bytes: &[u8], at: usize) -> Result<usize, LoadError> {
    usize::try_from(u64_at(bytes, at)?).map_err(|_| LoadError::TooBig)
}

struct Segment {
    kind: u32,
    offset: usize,
    vaddr: usize,
    filesz: usize,
    memsz: usize,
}

fn segments(
    image: &[u8],
) -> Result<impl Iterator<Item = Result<Segment, LoadError>> + '_, LoadError> {
    if image.get(..6) != Some(b"\x7fELF\x02\x01".as_slice())
        || u16_at(image, 18)? != EM_AARCH64
        || !matches!(u16_at(image, 16)?, ET_EXEC | ET_DYN)
    {
        return Err(LoadError::NotAarch64Elf);
    }
    let phoff = usize_at(image, 32)?;
    let phentsize = usize::from(u16_at(image, 54)?).max(PHDR_SIZE);
    let phnum = usize::from(u16_at(image, 56)?);
    Ok((0..phnum).map(move |i| {
        let at = phoff + i * phentsize;
        Ok(Segment {
            kind: u32_at(image, at)?,
            offset: usize_at(image, at + 8)?,
            vaddr: usize_at(image, at + 16)?,
            filesz: usize_at(image, at + 32)?,
            memsz: usize_at(image, at + 40)?,
        })
    }))
}

/// Bytes from the load address to the end of the last segment.
pub fn span(image: &[u8]) -> Result<usize, LoadError> {
    let mut end = 0;
    for segment in segments(image)? {
        let s = segment?;
        if s.kind == PT_LOAD {
            end = end.max(s.vaddr.checked_add(s.memsz).ok_or(LoadError::TooBig)?);
        }
    }
    Ok(end)
}

/// Load `image` into `mem` (at address `base`) and relocate it; the entry's offset.
pub fn load(image: &[u8], mem: &mut [u8], base: u64) -> Result<usize, LoadError> {
    let mut dynamic = None;
    for segment in segments(image)? {
        let s = segment?;
        match s.kind {
            PT_LOAD => {
                let end = s.vaddr.checked_add(s.memsz).ok_or(LoadError::TooBig)?;
                let dest = mem.get_mut(s.vaddr..end).ok_or(LoadError::TooBig)?;
                let filesz = s.filesz.min(s.memsz);
                let src = image
                    .get(s.offset..s.offset + filesz)
                    .ok_or(LoadError::Truncated)?;
                let (file_part, bss) = dest.split_at_mut(filesz);
                file_part.copy_from_slice(src);
                bss.fill(0);
            }
            PT_DYNAMIC => dynamic = Some(s.vaddr),
            _ => {}
        }
    }
    if let Some(dynamic) = dynamic {
        relocate(mem, dynamic, base)?;
    }
    let entry = usize_at(image, 24)?;
    if entry >= mem.len() {
        return Err(LoadError::TooBig);
    }
    Ok(entry)
}

/// Apply the R_AARCH64_RELATIVE entries of the loaded dynamic section at `dynamic`.
fn relocate(mem: &mut [u8], dynamic: usize, base: u64) -> Result<(), LoadError> {
    let (mut rela, mut relasz, mut relaent) = (None, 0, RELA_SIZE);
    let mut at = dynamic;
    loop {
        let tag = u64_at(mem, at)?;
        let value = usize_at(mem, at + 8)?;
        match tag {
            DT_NULL => break,
            DT_RELA => rela = Some(value),
            DT_RELASZ => relasz = value,
            DT_RELAENT => relaent = value.max(RELA_SIZE),
            _ => {}
        }
        at += 16;
    }
    let Some(rela) = rela else {
        return Ok(());
    };
    for i in 0..relasz / relaent {
        let entry = rela + i * relaent;
        let offset = usize_at(mem, entry)?;
        let info = u64_at(mem, entry + 8)?;
        let addend = u64_at(mem, entry + 16)?;
        if info & 0xffff_ffff != R_AARCH64_RELATIVE {
            continue;
        }
        let value = base.wrapping_add(addend).to_le_bytes();
        mem.get_mut(offset..offset + 8)
            .ok_or(LoadError::BadRelocation)?
            .copy_from_slice(&value);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec::Vec;

    fn put(buf: &mut [u8], at: usize, bytes: &[u8]) {
        buf[at..at + bytes.len()].copy_from_slice(bytes);
    }

    /// An ET_DYN image: one PT_LOAD (file 0x140 bytes + 0x40 of .bss), a dynamic section
    /// at 0xc0 with one RELATIVE relocation (at 0x100) writing `base + 0x10` at 0xb0.
    fn tiny_elf() -> Vec<u8> {
        let mut f = std::vec![0u8; 0x140];
        put(&mut f, 0, b"\x7fELF\x02\x01\x01");
        put(&mut f, 16, &ET_DYN.to_le_bytes());
        put(&mut f, 18, &EM_AARCH64.to_le_bytes());
        put(&mut f, 24, &0x20u64.to_le_bytes());
        put(&mut f, 32, &0x40u64.to_le_bytes());
        put(&mut f, 54, &56u16.to_le_bytes());
        put(&mut f, 56, &1u16.to_le_bytes());
        // PT_LOAD at file 0, vaddr 0, filesz 0x140, memsz 0x180.
        put(&mut f, 0x40, &PT_LOAD.to_le_bytes());
        put(&mut f, 0x40 + 32, &0x140u64.to_le_bytes());
        put(&mut f, 0x40 + 40, &0x180u64.to_le_bytes());
        // The rela entry and the dynamic section (a PT_DYNAMIC is added by the test).
        put(&mut f, 0x100, &0xb0u64.to_le_bytes());
        put(&mut f, 0x108, &R_AARCH64_RELATIVE.to_le_bytes());
        put(&mut f, 0x110, &0x10u64.to_le_bytes());
        for (i, (tag, value)) in [(DT_RELA, 0x100u64), (DT_RELASZ, 24), (DT_RELAENT, 24)]
            .into_iter()
            .enumerate()
        {
            put(&mut f, 0xc0 + 16 * i, &tag.to_le_bytes());
            put(&mut f, 0xc8 + 16 * i, &value.to_le_bytes());
        }
        f
    }

    #[test]
    fn loads_zeroes_bss_and_relocates() {
        let mut f = tiny_elf();
        // A second program header: PT_DYNAMIC at 0xc0.
        put(&mut f, 56, &2u16.to_le_bytes());
        put(&mut f, 0x40 + 56, &PT_DYNAMIC.to_le_bytes());
        put(&mut f, 0x40 + 56 + 16, &0xc0u64.to_le_bytes());
        assert_eq!(span(&f), Ok(0x180));
        let mut mem = std::vec![0xAAu8; 0x180];
        assert_eq!(load(&f, &mut mem, 0x4100_0000), Ok(0x20));
        assert_eq!(&mem[0xb0..0xb8], &0x4100_0010u64.to_le_bytes());
        assert!(mem[0x140..].iter().all(|&b| b == 0));
        assert_eq!(&mem[..4], b"\x7fELF");
    }

    #[test]
    fn rejects_what_is_not_an_aarch64_elf_or_does_not_fit() {
        let f = tiny_elf();
        let mut mem = std::vec![0u8; 0x100];
        assert_eq!(load(&f, &mut mem, 0), Err(LoadError::TooBig));
        assert_eq!(
            load(b"#!/bin/sh\n", &mut mem, 0),
            Err(LoadError::NotAarch64Elf)
        );
        let mut other = tiny_elf();
        put(&mut other, 18, &62u16.to_le_bytes());
        assert_eq!(span(&other), Err(LoadError::NotAarch64Elf));
        assert_eq!(span(&f[..0x50]), Err(LoadError::Truncated));
    }
}

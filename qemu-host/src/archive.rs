//! A reader of ustar archives (POSIX.1-1988 headers, as Python's `tarfile` writes with
//! `format=USTAR_FORMAT`): the initial file system, loaded by QEMU through fw_cfg.
//!
//! In: the archive bytes. Out: `(path, Member)` items in archive order. Only regular files
//! ('0' or NUL) and directories ('5') are kept; other members (links, pax headers) are
//! skipped with their data. A malformed header ends the walk: the archive is ours, built by
//! the test harness or the Makefile, so a truncated one is reported by what is missing.

const BLOCK: usize = 512;

#[derive(Debug, PartialEq, Eq)]
pub enum Member<'a> {
    File(&'a [u8]),
    Dir,
}

/// The members of `archive`.
pub fn members(archive: &[u8]) -> Members<'_> {
    Members { rest: archive }
}

pub struct Members<'a> {
    rest: &'a [u8],
}

/// A NUL-terminated header field.
fn field(header: &[u8], start: usize, len: usize) -> &[u8] {
    let bytes = header.get(start..start + len).unwrap_or(&[]);
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    bytes.get(..end).unwrap_or(&[])
}

/// An octal number field (spaces and NULs around it ignored).
fn octal(bytes: &[u8]) -> Option<usize> {
    let mut value: usize = 0;
    let mut digits = 0;
    for &b in bytes {
        match b {
            b'0'..=b'7' => {
                value = value.checked_mul(8)?.checked_add(usize::from(b - b'0'))?;
                digits += 1;
            }
            b' ' | 0 if digits == 0 => {}
            b' ' | 0 => break,
            _ => return None,
        }
    }
    Some(value)
}

impl<'a> Iterator for Members<'a> {
    /// The member's path as stored (prefix '/' name), and what it is.
    type Item = (alloc::string::String, Member<'a>);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let header = self.rest.get(..BLOCK)?;
            if header.iter().all(|&b| b == 0) {
                return None;
            }
            let size = octal(field(header, 124, 12))?;
            let kind = header.get(156).copied().unwrap_or(0);
            let data_blocks = size.div_ceil(BLOCK);
            let data = self.rest.get(BLOCK..BLOCK + size)?;
            self.rest = self.rest.get(BLOCK + data_blocks * BLOCK..).unwrap_or(&[]);
            let member = match kind {
                b'0' | 0 => Member::File(data),
                b'5' => Member::Dir,
                _ => continue,
            };
            let name = field(header, 0, 100);
            let prefix = field(header, 345, 155);
            let mut path = alloc::string::String::new();
            if !prefix.is_empty() {
                path.push_str(&alloc::string::String::from_utf8_lossy(prefix));
                path.push('/');
            }
            path.push_str(&alloc::string::String::from_utf8_lossy(name));
            return Some((path, member));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec::Vec;

    /// A ustar header for `name` of `kind` with `size` bytes of data.
    fn header(name: &str, kind: u8, size: usize) -> Vec<u8> {
        let mut h = std::vec![0u8; BLOCK];
        h[..name.len()].copy_from_slice(name.as_bytes());
        let size = std::format!("{size:011o}\0");
        h[124..136].copy_from_slice(size.as_bytes());
        h[156] = kind;
        h[257..263].copy_from_slice(b"ustar\0");
        h
    }

    fn archive(members: &[(&str, u8, &[u8])]) -> Vec<u8> {
        let mut out = Vec::new();
        for (name, kind, data) in members {
            out.extend(header(name, *kind, data.len()));
            out.extend_from_slice(data);
            out.resize(out.len().div_ceil(BLOCK) * BLOCK, 0);
        }
        out.extend([0u8; 2 * BLOCK]);
        out
    }

    #[test]
    fn files_and_directories_in_order() {
        let big = [7u8; 700];
        let bytes = archive(&[
            ("python", b'5', b""),
            ("python/hello.py", b'0', b"print(1 + 2)\n"),
            ("link", b'2', b""),
            ("python/big.bin", b'0', &big),
        ]);
        let got: Vec<_> = members(&bytes).collect();
        assert_eq!(
            got,
            [
                ("python".into(), Member::Dir),
                ("python/hello.py".into(), Member::File(b"print(1 + 2)\n")),
                ("python/big.bin".into(), Member::File(&big[..])),
            ]
        );
    }

    #[test]
    fn a_truncated_archive_ends_the_walk() {
        let mut bytes = archive(&[("a.txt", b'0', b"hello")]);
        bytes.truncate(BLOCK + 2);
        assert_eq!(members(&bytes).count(), 0);
        assert_eq!(members(&[]).count(), 0);
    }
}

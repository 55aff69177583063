//! The in-memory file system behind kapi's file entries, with VibeOS's semantics
//! (KAPI.md "Behaviour details", 1. Files): case-insensitive, case-preserving paths that
//! are normalised (`.`, `..`, `//`, a trailing `/`) and joined to the cwd; `write` replaces
//! a file's whole content and re-creates a deleted one; `create` returns an existing file
//! untouched; `mkdir` of an existing name fails; `rename` renames in place (the last
//! component of the new name); `readdir` lists in creation order, without `.`/`..`.
//!
//! In: paths and bytes from kapi calls and the boot archive. Out: contents, listings and
//! status codes. Everything lives in RAM: files created at run time are lost at power-off.

use alloc::string::String;
use alloc::vec::Vec;

/// VibeOS cuts absolute paths to 255 bytes.
const MAX_PATH: usize = 255;

/// What a path names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    File,
    Dir,
}

impl Kind {
    /// The `readdir` type code: 1 file, 2 directory.
    pub fn code(self) -> u8 {
        match self {
            Kind::File => 1,
            Kind::Dir => 2,
        }
    }
}

struct Entry {
    /// Absolute, normalised, as first created ("/python/hello.py").
    path: String,
    /// `None` for a directory.
    data: Option<Vec<u8>>,
}

pub struct RamFs {
    /// Every file and directory but the root, in creation order.
    entries: Vec<Entry>,
    cwd: String,
}

impl Default for RamFs {
    fn default() -> Self {
        Self::new()
    }
}

/// `a` and `b` name the same path (ASCII case-insensitive).
fn same(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// The parent of an absolute normalised path ("/" for top-level names and the root).
fn parent(path: &str) -> &str {
    match path.rfind('/') {
        Some(0) | None => "/",
        Some(at) => path.get(..at).unwrap_or("/"),
    }
}

/// The last component of a path.
fn last(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or("")
}

/// `path` is `dir` or lies under it.
fn within(path: &str, dir: &str) -> bool {
    if same(path, dir) {
        return true;
    }
    let prefix = if dir == "/" { "" } else { dir };
    path.len() > prefix.len()
        && path.as_bytes().get(prefix.len()) == Some(&b'/')
        && path.get(..prefix.len()).is_some_and(|p| same(p, prefix))
}

impl RamFs {
    pub const fn new() -> Self {
        RamFs {
            entries: Vec::new(),
            cwd: String::new(),
        }
    }

    /// The absolute normalised form of `path`, relative to the cwd.
    pub fn resolve(&self, path: &str) -> String {
        let mut parts: Vec<&str> = Vec::new();
        let base = if path.starts_with('/') { "" } else { &self.cwd };
        for part in base.split('/').chain(path.split('/')) {
            match part {
                "" | "." => {}
                ".." => {
                    parts.pop();
                }
                name => parts.push(name),
            }
        }
        let mut out = String::new();
        for part in parts {
            out.push('/');
            out.push_str(part);
        }
        if out.is_empty() {
            out.push('/');
        }
        while out.len() > MAX_PATH {
            out.pop();
        }
        out
    }

    fn find(&self, abs: &str) -> Option<usize> {
        self.entries.iter().position(|e| same(&e.path, abs))
    }

    /// What `path` names, if it exists.
    pub fn kind(&self, path: &str) -> Option<Kind> {
        let abs = self.resolve(path);
        if abs == "/" {
            return Some(Kind::Dir);
        }
        let entry = self.entries.get(self.find(&abs)?)?;
        Some(if entry.data.is_some() {
            Kind::File
        } else {
            Kind::Dir
        })
    }

    fn is_dir(&self, abs: &str) -> bool {
        self.kind(abs) == Some(Kind::Dir)
    }

    /// Bytes of a file from `offset` into `buf`: the count (0 at or past the end), or
    /// `None` for a missing file or a directory.
    pub fn read(&self, path: &str, buf: &mut [u8], offset: usize) -> Option<usize> {
        let abs = self.resolve(path);
        let data = self.entries.get(self.find(&abs)?)?.data.as_ref()?;
        let from = data.get(offset..).unwrap_or(&[]);
        let n = from.len().min(buf.len());
        buf.get_mut(..n)?.copy_from_slice(from.get(..n)?);
        Some(n)
    }

    /// The size of a file (0 for a directory), if it exists.
    pub fn size(&self, path: &str) -> Option<usize> {
        let abs = self.resolve(path);
        if abs == "/" {
            return Some(0);
        }
        let entry = self.entries.get(self.find(&abs)?)?;
        Some(entry.data.as_ref().map_or(0, Vec::len))
    }

    /// Replace a file's content, creating it if its directory exists. False for a
    /// directory, a missing parent or no memory.
    pub fn write(&mut self, path: &str, bytes: &[u8]) -> bool {
        let abs = self.resolve(path);
        let mut data = Vec::new();
        if data.try_reserve_exact(bytes.len()).is_err() {
            return false;
        }
        data.extend_from_slice(bytes);
        match self.find(&abs) {
            Some(at) => match self.entries.get_mut(at) {
                Some(Entry {
                    data: Some(old), ..
                }) => {
                    *old = data;
                    true
                }
                _ => false,
            },
            None => self.add(abs, Some(data)),
        }
    }

    fn add(&mut self, abs: String, data: Option<Vec<u8>>) -> bool {
        if abs == "/" || !self.is_dir(parent(&abs)) || self.entries.try_reserve(1).is_err() {
            return false;
        }
        self.entries.push(Entry { path: abs, data });
        true
    }

    /// `create`: an existing file or directory is returned untouched; otherwise an empty
    /// file, if the parent directory exists.
    pub fn create(&mut self, path: &str) -> Option<Kind> {
        if let Some(kind) = self.kind(path) {
            return Some(kind);
        }
        self.add(self.resolve(path), Some(Vec::new()))
            .then_some(Kind::File)
    }

    /// `mkdir`: false if the name exists or the parent is missing.
    pub fn mkdir(&mut self, path: &str) -> bool {
        self.kind(path).is_none() && self.add(self.resolve(path), None)
    }

    /// `mkdir -p`, for unpacking the boot archive.
    pub fn make_dirs(&mut self, path: &str) -> bool {
        let abs = self.resolve(path);
        let mut at = 0;
        while let Some(next) = abs.get(at + 1..).and_then(|rest| rest.find('/')) {
            at += next + 1;
            let dir = abs.get(..at).unwrap_or("/");
            if self.kind(dir).is_none() && !self.mkdir(dir) {
                return false;
            }
        }
        self.kind(&abs) == Some(Kind::Dir) || self.mkdir(&abs)
    }

    /// `delete`: a file only.
    pub fn delete(&mut self, path: &str) -> bool {
        let abs = self.resolve(path);
        match self.find(&abs) {
            Some(at) if self.entries.get(at).is_some_and(|e| e.data.is_some()) => {
                self.entries.remove(at);
                true
            }
            _ => false,
        }
    }

    /// `delete_dir`: an empty directory only.
    pub fn delete_dir(&mut self, path: &str) -> bool {
        let abs = self.resolve(path);
        let Some(at) = self.find(&abs) else {
            return false;
        };
        if !self.is_dir(&abs) || self.readdir(&abs, 0).is_some() {
            return false;
        }
        self.entries.remove(at);
        true
    }

    /// `delete_recursive`: a file, or a directory with everything under it.
    pub fn delete_recursive(&mut self, path: &str) -> bool {
        let abs = self.resolve(path);
        if abs == "/" || self.find(&abs).is_none() {
            return false;
        }
        self.entries.retain(|e| !within(&e.path, &abs));
        true
    }

    /// `rename(path, newname)`: in place, keeping only the last component of `newname`.
    pub fn rename(&mut self, path: &str, newname: &str) -> bool {
        let abs = self.resolve(path);
        let name = last(newname);
        if abs == "/" || name.is_empty() || name == "." || name == ".." || self.find(&abs).is_none()
        {
            return false;
        }
        let dir = parent(&abs);
        let mut renamed = String::from(if dir == "/" { "" } else { dir });
        renamed.push('/');
        renamed.push_str(name);
        for entry in &mut self.entries {
            if within(&entry.path, &abs) {
                let rest = entry.path.get(abs.len()..).unwrap_or("");
                let mut path = renamed.clone();
                path.push_str(rest);
                entry.path = path;
            }
        }
        true
    }

    /// Entry `index` of a directory: its name and kind.
    pub fn readdir(&self, path: &str, index: usize) -> Option<(&str, Kind)> {
        let abs = self.resolve(path);
        if !self.is_dir(&abs) {
            return None;
        }
        let entry = self
            .entries
            .iter()
            .filter(|e| same(parent(&e.path), &abs))
            .nth(index)?;
        let kind = if entry.data.is_some() {
            Kind::File
        } else {
            Kind::Dir
        };
        Some((last(&entry.path), kind))
    }

    /// `set_cwd`: an existing directory only.
    pub fn set_cwd(&mut self, path: &str) -> bool {
        let abs = self.resolve(path);
        if !self.is_dir(&abs) {
            return false;
        }
        self.cwd = if abs == "/" { String::new() } else { abs };
        true
    }

    pub fn cwd(&self) -> &str {
        if self.cwd.is_empty() {
            "/"
        } else {
            &self.cwd
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec::Vec;

    fn listing(fs: &RamFs, dir: &str) -> Vec<(std::string::String, Kind)> {
        (0..)
            .map_while(|i| fs.readdir(dir, i))
            .map(|(name, kind)| (name.into(), kind))
            .collect()
    }

    #[test]
    fn paths_are_normalised_case_insensitive_and_relative_to_the_cwd() {
        let mut fs = RamFs::new();
        assert!(fs.make_dirs("/python/lib"));
        assert!(fs.write("/python/Hello.py", b"print(1)"));
        assert_eq!(fs.kind("/PYTHON/hello.PY"), Some(Kind::File));
        assert_eq!(fs.kind("//python/./lib/../hello.py"), Some(Kind::File));
        assert!(fs.set_cwd("/python/"));
        assert_eq!(fs.cwd(), "/python");
        assert_eq!(fs.size("hello.py"), Some(8));
        assert_eq!(fs.kind("lib"), Some(Kind::Dir));
        assert!(!fs.set_cwd("hello.py"));
        assert_eq!(listing(&fs, "/"), [("python".into(), Kind::Dir)]);
        assert_eq!(
            listing(&fs, "."),
            [("lib".into(), Kind::Dir), ("Hello.py".into(), Kind::File)]
        );
    }

    #[test]
    fn write_replaces_and_create_keeps() {
        let mut fs = RamFs::new();
        assert!(fs.write("/a.txt", b"first"));
        assert!(fs.write("/a.txt", b"2nd"));
        let mut buf = [0u8; 8];
        assert_eq!(fs.read("/a.txt", &mut buf, 0), Some(3));
        assert_eq!(&buf[..3], b"2nd");
        assert_eq!(fs.read("/a.txt", &mut buf, 1), Some(2));
        assert_eq!(fs.read("/a.txt", &mut buf, 9), Some(0));
        assert_eq!(fs.create("/a.txt"), Some(Kind::File));
        assert_eq!(fs.size("/a.txt"), Some(3));
        assert_eq!(fs.create("/missing/b.txt"), None);
        assert!(!fs.write("/missing/b.txt", b"x"));
        assert!(fs.mkdir("/d"));
        assert!(!fs.mkdir("/D"));
        assert!(!fs.write("/d", b"x"));
        assert_eq!(fs.read("/d", &mut buf, 0), None);
    }

    #[test]
    fn deleting_and_renaming() {
        let mut fs = RamFs::new();
        assert!(fs.make_dirs("/d/e"));
        assert!(fs.write("/d/e/f.txt", b"x"));
        assert!(!fs.delete("/d"));
        assert!(!fs.delete_dir("/d"));
        assert!(fs.rename("/d/e", "/elsewhere/g"));
        assert_eq!(fs.kind("/d/g/f.txt"), Some(Kind::File));
        assert_eq!(fs.kind("/d/e"), None);
        assert!(fs.delete("/d/g/f.txt"));
        assert!(fs.delete_dir("/d/g"));
        assert!(fs.write("/d/h.txt", b"y"));
        assert!(fs.delete_recursive("/d"));
        assert_eq!(listing(&fs, "/"), []);
        assert!(!fs.delete_recursive("/d"));
    }
}

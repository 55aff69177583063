//! The file layer Python's `open()`, `os` and friends stand on, over kapi's file entries.
//!
//! kapi reports failure without a reason, so each operation looks before it leaps (does
//! the path exist, is it a directory, does the parent exist) to give the errno Python
//! expects. kapi `write` replaces a whole file, so writing is whole-content (`write_all`)
//! and appending is read + rewrite (`append`); a Python file object buffers its content and
//! writes it on flush/close. kapi `rename` only renames within a directory: a move to
//! another directory is done by copying (files, and directories entry by entry) and then
//! deleting the source, so it is not atomic and a failure half-way can leave both copies.
//!
//! Paths are made absolute against the current directory here (`absolute`), the way VibeOS
//! does it, so that a file object keeps naming the same file after `chdir`.

use alloc::vec::Vec;
use kernel_api::{Kapi, KapiError, Node};

/// Longest absolute path VibeOS keeps; longer ones are refused (it would cut them).
pub const PATH_MAX: usize = 255;

/// POSIX error numbers, as OSError carries them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(i32)]
pub enum Errno {
    ENOENT = 2,
    EIO = 5,
    EBADF = 9,
    ENOMEM = 12,
    EEXIST = 17,
    ENODEV = 19,
    ENOTDIR = 20,
    EISDIR = 21,
    EINVAL = 22,
    ENAMETOOLONG = 36,
    ENOSYS = 38,
    ENOTEMPTY = 39,
}

/// Every `Errno`, for looking one up by number.
const ALL_ERRNOS: [Errno; 12] = [
    Errno::ENOENT,
    Errno::EIO,
    Errno::EBADF,
    Errno::ENOMEM,
    Errno::EEXIST,
    Errno::ENOTDIR,
    Errno::EISDIR,
    Errno::EINVAL,
    Errno::ENAMETOOLONG,
    Errno::ENOTEMPTY,
    Errno::ENODEV,
    Errno::ENOSYS,
];

impl Errno {
    pub fn code(self) -> i32 {
        self as i32
    }

    pub fn from_code(code: i64) -> Option<Errno> {
        ALL_ERRNOS.into_iter().find(|e| i64::from(e.code()) == code)
    }

    /// The symbolic name (`errno.errorcode`'s), which MicroPython prints for OSError.
    pub fn name(self) -> &'static str {
        match self {
            Errno::ENOENT => "ENOENT",
            Errno::EIO => "EIO",
            Errno::EBADF => "EBADF",
            Errno::ENOMEM => "ENOMEM",
            Errno::EEXIST => "EEXIST",
            Errno::ENOTDIR => "ENOTDIR",
            Errno::EISDIR => "EISDIR",
            Errno::EINVAL => "EINVAL",
            Errno::ENAMETOOLONG => "ENAMETOOLONG",
            Errno::ENOTEMPTY => "ENOTEMPTY",
            Errno::ENODEV => "ENODEV",
            Errno::ENOSYS => "ENOSYS",
        }
    }

    /// CPython's message for the error (`strerror`).
    pub fn message(self) -> &'static str {
        match self {
            Errno::ENOENT => "No such file or directory",
            Errno::EIO => "Input/output error",
            Errno::EBADF => "Bad file descriptor",
            Errno::ENOMEM => "Cannot allocate memory",
            Errno::EEXIST => "File exists",
            Errno::ENOTDIR => "Not a directory",
            Errno::EISDIR => "Is a directory",
            Errno::EINVAL => "Invalid argument",
            Errno::ENAMETOOLONG => "File name too long",
            Errno::ENOTEMPTY => "Directory not empty",
            Errno::ENODEV => "No such device",
            Errno::ENOSYS => "Function not implemented",
        }
    }
}

impl From<KapiError> for Errno {
    fn from(error: KapiError) -> Self {
        match error {
            KapiError::NotFound => Errno::ENOENT,
            KapiError::TooLong => Errno::ENAMETOOLONG,
            KapiError::InteriorNul | KapiError::InvalidArgument => Errno::EINVAL,
            KapiError::OutOfMemory => Errno::ENOMEM,
            KapiError::Missing(_) | KapiError::Failed | KapiError::NoFramebuffer => Errno::EIO,
        }
    }
}

/// An absolute, normalised path of at most `PATH_MAX` bytes, on the stack.
#[derive(Clone, Copy)]
pub struct AbsPath {
    bytes: [u8; PATH_MAX],
    len: usize,
}

impl AbsPath {
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }

    fn root() -> Self {
        let mut path = AbsPath {
            bytes: [0; PATH_MAX],
            len: 1,
        };
        path.bytes[0] = b'/';
        path
    }

    fn push(&mut self, component: &[u8]) -> Result<(), Errno> {
        let extra = component.len() + usize::from(self.len > 1);
        if self.len + extra > PATH_MAX {
            return Err(Errno::ENAMETOOLONG);
        }
        if self.len > 1 {
            self.bytes[self.len] = b'/';
            self.len += 1;
        }
        self.bytes[self.len..self.len + component.len()].copy_from_slice(component);
        self.len += component.len();
        Ok(())
    }

    fn pop(&mut self) {
        let cut = self
            .as_bytes()
            .iter()
            .rposition(|&b| b == b'/')
            .unwrap_or(0);
        self.len = cut.max(1);
    }

    /// The directory holding this path (the root for the root).
    pub fn parent(&self) -> AbsPath {
        let mut parent = *self;
        parent.pop();
        parent
    }

    /// The last component (empty for the root).
    pub fn name(&self) -> &[u8] {
        let path = self.as_bytes();
        let start = path.iter().rposition(|&b| b == b'/').map_or(0, |i| i + 1);
        &path[start..]
    }

    pub fn is_root(&self) -> bool {
        self.len == 1
    }
}

/// `path` joined to `cwd`, with `.`, `..`, `//` and a trailing `/` resolved.
pub fn join(cwd: &[u8], path: &[u8]) -> Result<AbsPath, Errno> {
    if path.is_empty() {
        return Err(Errno::ENOENT);
    }
    if path.contains(&0) {
        return Err(Errno::EINVAL);
    }
    let mut absolute = AbsPath::root();
    let base: &[u8] = if path.first() == Some(&b'/') {
        b""
    } else {
        cwd
    };
    for part in base.split(|&b| b == b'/').chain(path.split(|&b| b == b'/')) {
        match part {
            b"" | b"." => {}
            b".." => absolute.pop(),
            name => absolute.push(name)?,
        }
    }
    Ok(absolute)
}

/// Size and kind of a path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stat {
    pub size: usize,
    pub is_dir: bool,
}

/// How Python's `open()` treats an existing or missing file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenMode {
    /// 'r': must exist.
    Read,
    /// 'w': created or emptied.
    Write,
    /// 'x': must not exist; created.
    Exclusive,
    /// 'a': created if missing, content kept.
    Append,
}

/// Bytes asked of kapi per `read` call.
const READ_CHUNK: usize = 4096;
/// Names longer than this are cut by `readdir` (VibeOS names are <= 255 bytes).
const NAME_MAX: usize = 256;

/// Grow `buf` by `extra` bytes or report ENOMEM.
fn reserve(buf: &mut Vec<u8>, extra: usize) -> Result<(), Errno> {
    buf.try_reserve(extra).map_err(|_| Errno::ENOMEM)
}

#[derive(Clone, Copy)]
pub struct Files<'a> {
    kapi: Kapi<'a>,
}

impl<'a> Files<'a> {
    pub fn new(kapi: Kapi<'a>) -> Self {
        Files { kapi }
    }

    /// The kapi table under this layer.
    pub fn kapi(&self) -> Kapi<'a> {
        self.kapi
    }

    /// The current directory.
    pub fn getcwd(&self) -> Result<AbsPath, Errno> {
        let mut buf = [0u8; PATH_MAX + 1];
        let cwd = self.kapi.get_cwd(&mut buf)?;
        join(b"/", cwd)
    }

    /// `path` made absolute against the current directory.
    pub fn absolute(&self, path: &[u8]) -> Result<AbsPath, Errno> {
        join(self.getcwd()?.as_bytes(), path)
    }

    fn open_node(&self, path: &AbsPath) -> Result<Node<'a>, Errno> {
        Ok(self.kapi.open(path.as_bytes())?)
    }

    fn stat_abs(&self, path: &AbsPath) -> Result<Stat, Errno> {
        let node = self.open_node(path)?;
        let is_dir = node.is_dir()?;
        let size = if is_dir { 0 } else { node.size()? };
        Ok(Stat { size, is_dir })
    }

    pub fn stat(&self, path: &[u8]) -> Result<Stat, Errno> {
        self.stat_abs(&self.absolute(path)?)
    }

    /// The parent of `path` must be an existing directory.
    fn check_parent(&self, path: &AbsPath) -> Result<(), Errno> {
        match self.stat_abs(&path.parent()) {
            Ok(stat) if stat.is_dir => Ok(()),
            Ok(_) => Err(Errno::ENOTDIR),
            Err(e) => Err(e),
        }
    }

    /// Read up to `buf.len()` bytes from `offset`: the count (0 at or past the end).
    pub fn read_at(&self, path: &[u8], offset: usize, buf: &mut [u8]) -> Result<usize, Errno> {
        let node = self.open_node(&self.absolute(path)?)?;
        if node.is_dir()? {
            return Err(Errno::EISDIR);
        }
        Ok(node.read(buf, offset)?)
    }

    /// Append the whole content of `path` to `out`.
    pub fn read_all_into(&self, path: &[u8], out: &mut Vec<u8>) -> Result<(), Errno> {
        let node = self.open_node(&self.absolute(path)?)?;
        if node.is_dir()? {
            return Err(Errno::EISDIR);
        }
        reserve(out, node.size()?)?;
        let mut chunk = [0u8; READ_CHUNK];
        let mut offset = 0;
        loop {
            let got = node.read(&mut chunk, offset)?;
            if got == 0 {
                return Ok(());
            }
            reserve(out, got)?;
            out.extend_from_slice(&chunk[..got]);
            offset += got;
        }
    }

    /// The whole content of `path`.
    pub fn read_all(&self, path: &[u8]) -> Result<Vec<u8>, Errno> {
        let mut content = Vec::new();
        self.read_all_into(path, &mut content)?;
        Ok(content)
    }

    /// Check and prepare `path` for Python's `open()` in `mode`: a write mode creates the
    /// file ('w' also empties it). Returns the absolute path the file object keeps.
    pub fn prepare_open(&self, path: &[u8], mode: OpenMode) -> Result<AbsPath, Errno> {
        let path = self.absolute(path)?;
        match (self.stat_abs(&path), mode) {
            (Ok(stat), _) if stat.is_dir => Err(Errno::EISDIR),
            (Ok(_), OpenMode::Exclusive) => Err(Errno::EEXIST),
            (Ok(_), OpenMode::Read | OpenMode::Append) => Ok(path),
            (Ok(_), OpenMode::Write) => {
                self.write_abs(&path, b"")?;
                Ok(path)
            }
            (Err(Errno::ENOENT), OpenMode::Read) => Err(Errno::ENOENT),
            (Err(Errno::ENOENT), _) => {
                self.write_abs(&path, b"")?;
                Ok(path)
            }
            (Err(e), _) => Err(e),
        }
    }

    fn write_abs(&self, path: &AbsPath, data: &[u8]) -> Result<(), Errno> {
        match self.stat_abs(path) {
            Ok(stat) if stat.is_dir => return Err(Errno::EISDIR),
            Ok(_) => {}
            Err(Errno::ENOENT) => {
                self.check_parent(path)?;
                self.kapi.create(path.as_bytes()).map_err(|_| Errno::EIO)?;
            }
            Err(e) => return Err(e),
        }
        let node = self.open_node(path)?;
        node.write(data).map_err(|_| Errno::EIO)
    }

    /// Make `data` the whole content of `path`, creating the file if needed.
    pub fn write_all(&self, path: &[u8], data: &[u8]) -> Result<(), Errno> {
        self.write_abs(&self.absolute(path)?, data)
    }

    /// Add `data` at the end of `path` (created if missing): read, then rewrite.
    pub fn append(&self, path: &[u8], data: &[u8]) -> Result<(), Errno> {
        let path = self.absolute(path)?;
        let mut content = Vec::new();
        match self.read_all_into(path.as_bytes(), &mut content) {
            Ok(()) | Err(Errno::ENOENT) => {}
            Err(e) => return Err(e),
        }
        reserve(&mut content, data.len())?;
        content.extend_from_slice(data);
        self.write_abs(&path, &content)
    }

    /// Call `entry(name, is_dir)` for each entry of the directory `path`.
    pub fn listdir(
        &self,
        path: &[u8],
        mut entry: impl FnMut(&[u8], bool) -> Result<(), Errno>,
    ) -> Result<(), Errno> {
        let node = self.open_node(&self.absolute(path)?)?;
        if !node.is_dir()? {
            return Err(Errno::ENOTDIR);
        }
        let mut name = [0u8; NAME_MAX];
        for index in 0.. {
            match node.read_dir(index, &mut name)? {
                Some(found) => entry(&name[..found.name_len], found.is_dir)?,
                None => break,
            }
        }
        Ok(())
    }

    pub fn mkdir(&self, path: &[u8]) -> Result<(), Errno> {
        let path = self.absolute(path)?;
        match self.stat_abs(&path) {
            Ok(_) => return Err(Errno::EEXIST),
            Err(Errno::ENOENT) => {}
            Err(e) => return Err(e),
        }
        self.check_parent(&path)?;
        self.kapi.mkdir(path.as_bytes()).map_err(|_| Errno::EIO)
    }

    /// Remove an empty directory.
    pub fn rmdir(&self, path: &[u8]) -> Result<(), Errno> {
        let path = self.absolute(path)?;
        if path.is_root() {
            return Err(Errno::EINVAL);
        }
        let node = self.open_node(&path)?;
        if !node.is_dir()? {
            return Err(Errno::ENOTDIR);
        }
        let mut name = [0u8; NAME_MAX];
        if node.read_dir(0, &mut name)?.is_some() {
            return Err(Errno::ENOTEMPTY);
        }
        drop(node);
        self.kapi
            .delete_dir(path.as_bytes())
            .map_err(|_| Errno::EIO)
    }

    /// Remove a file.
    pub fn remove(&self, path: &[u8]) -> Result<(), Errno> {
        let path = self.absolute(path)?;
        if self.stat_abs(&path)?.is_dir {
            return Err(Errno::EISDIR);
        }
        self.kapi.delete(path.as_bytes()).map_err(|_| Errno::EIO)
    }

    /// POSIX `rename`: a file replaces an existing file, a directory replaces an empty
    /// directory. Within one directory this is kapi `rename`; into another directory the
    /// source is copied there and then deleted (see the module documentation).
    pub fn rename(&self, old: &[u8], new: &[u8]) -> Result<(), Errno> {
        let old = self.absolute(old)?;
        let new = self.absolute(new)?;
        let source = self.stat_abs(&old)?;
        if old.is_root() || new.is_root() {
            return Err(Errno::EINVAL);
        }
        if old.as_bytes() == new.as_bytes() {
            return Ok(());
        }
        // VibeOS names are case-insensitive: a case-only rename names the same entry.
        let same_entry = old.as_bytes().eq_ignore_ascii_case(new.as_bytes());
        if source.is_dir && !same_entry && is_inside(&new, &old) {
            return Err(Errno::EINVAL);
        }
        let same_dir = old
            .parent()
            .as_bytes()
            .eq_ignore_ascii_case(new.parent().as_bytes());
        if !same_dir {
            self.check_parent(&new)?;
        }
        if !same_entry {
            self.clear_target(&new, source)?;
        }
        if same_dir {
            return self
                .kapi
                .rename(old.as_bytes(), new.name())
                .map_err(|_| Errno::EIO);
        }
        self.copy_then_delete(&old, &new, source.is_dir)
    }

    /// Make room for `rename(.., target)` of something like `source`, as POSIX allows.
    fn clear_target(&self, target: &AbsPath, source: Stat) -> Result<(), Errno> {
        match self.stat_abs(target) {
            Ok(found) if found.is_dir && !source.is_dir => Err(Errno::EISDIR),
            Ok(found) if !found.is_dir && source.is_dir => Err(Errno::ENOTDIR),
            Ok(found) if found.is_dir => self.rmdir(target.as_bytes()),
            Ok(_) => self.kapi.delete(target.as_bytes()).map_err(|_| Errno::EIO),
            Err(Errno::ENOENT) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// Move `old` to the free path `new` in another directory by copying and deleting.
    fn copy_then_delete(&self, old: &AbsPath, new: &AbsPath, is_dir: bool) -> Result<(), Errno> {
        if !is_dir {
            let content = self.read_all(old.as_bytes())?;
            self.write_abs(new, &content)?;
            return self.kapi.delete(old.as_bytes()).map_err(|_| Errno::EIO);
        }
        self.kapi.mkdir(new.as_bytes()).map_err(|_| Errno::EIO)?;
        // Listing first: deleting entries while reading a directory would skip some.
        let mut entries: Vec<(Vec<u8>, bool)> = Vec::new();
        self.listdir(old.as_bytes(), |name, is_dir| {
            let mut owned = Vec::new();
            reserve(&mut owned, name.len())?;
            owned.extend_from_slice(name);
            entries.try_reserve(1).map_err(|_| Errno::ENOMEM)?;
            entries.push((owned, is_dir));
            Ok(())
        })?;
        for (name, is_dir) in &entries {
            let from = join(old.as_bytes(), name)?;
            let to = join(new.as_bytes(), name)?;
            self.copy_then_delete(&from, &to, *is_dir)?;
        }
        self.kapi.delete_dir(old.as_bytes()).map_err(|_| Errno::EIO)
    }

    pub fn chdir(&self, path: &[u8]) -> Result<(), Errno> {
        let path = self.absolute(path)?;
        if !self.stat_abs(&path)?.is_dir {
            return Err(Errno::ENOTDIR);
        }
        self.kapi.set_cwd(path.as_bytes()).map_err(|_| Errno::EIO)
    }
}

/// True if `path` lies strictly inside the directory `dir` (ASCII case-insensitively).
pub fn is_inside(path: &AbsPath, dir: &AbsPath) -> bool {
    if dir.is_root() {
        return !path.is_root();
    }
    let (path, dir) = (path.as_bytes(), dir.as_bytes());
    path.len() > dir.len()
        && path.get(dir.len()) == Some(&b'/')
        && path
            .get(..dir.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(dir))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_normalises_like_vibeos() {
        assert_eq!(join(b"/a/b", b"c").unwrap().as_bytes(), b"/a/b/c");
        assert_eq!(join(b"/a/b", b"../c/./d/").unwrap().as_bytes(), b"/a/c/d");
        assert_eq!(join(b"/a", b"//x//y").unwrap().as_bytes(), b"/x/y");
        assert_eq!(join(b"/", b"../..").unwrap().as_bytes(), b"/");
        assert_eq!(join(b"/", b"").err(), Some(Errno::ENOENT));
        assert_eq!(join(b"/", b"a\0b").err(), Some(Errno::EINVAL));
        let long = [b'n'; 300];
        assert_eq!(join(b"/", &long).err(), Some(Errno::ENAMETOOLONG));
        assert!(join(b"/", &long[..254]).is_ok());
        assert_eq!(join(b"/", &long[..255]).err(), Some(Errno::ENAMETOOLONG));
    }

    #[test]
    fn parent_and_name() {
        let path = join(b"/", b"/a/b.txt").unwrap();
        assert_eq!(path.parent().as_bytes(), b"/a");
        assert_eq!(path.name(), b"b.txt");
        assert_eq!(path.parent().parent().as_bytes(), b"/");
        assert!(path.parent().parent().is_root());
    }

    #[test]
    fn inside_a_directory() {
        let dir = join(b"/", b"/a/b").unwrap();
        assert!(is_inside(&join(b"/", b"/a/b/c").unwrap(), &dir));
        assert!(is_inside(&join(b"/", b"/A/B/c/d").unwrap(), &dir));
        assert!(!is_inside(&join(b"/", b"/a/bc").unwrap(), &dir));
        assert!(!is_inside(&dir, &dir));
        assert!(is_inside(&dir, &AbsPath::root()));
    }

    #[test]
    fn errno_values_are_posix() {
        assert_eq!(Errno::ENOENT.code(), 2);
        for errno in ALL_ERRNOS {
            assert_eq!(Errno::from_code(i64::from(errno.code())), Some(errno));
        }
        assert_eq!(Errno::from_code(39).map(Errno::name), Some("ENOTEMPTY"));
        assert_eq!(Errno::from_code(1000), None);
        assert_eq!(Errno::EEXIST.code(), 17);
        assert_eq!(Errno::ENOTEMPTY.code(), 39);
        assert_eq!(Errno::from(KapiError::NotFound), Errno::ENOENT);
    }
}

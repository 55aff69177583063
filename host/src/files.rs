//! Files under a root directory, with the semantics of VibeOS's kapi file entries (KAPI.md
//! Behaviour details §1) where a host can keep them: a node is a boxed handle holding the
//! path (reads and writes go to whatever is at that path now), `size` and `is_dir` are fixed
//! at `open`, `write` replaces the whole content, `create` leaves an existing file untouched,
//! `rename` renames in place, paths are normalised against a virtual cwd and cut to 255
//! bytes. Departures: names are case-sensitive (the host file system is), `readdir` lists
//! in sorted name order (deterministic, where VibeOS uses slot order), and `rename` onto an
//! existing name fails instead of leaving two entries with one name.

use std::ffi::OsStr;
use std::fs;
use std::io::{Read, Seek, SeekFrom};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

/// Longest absolute path VibeOS keeps.
const PATH_MAX: usize = 255;

/// `readdir` entry types.
pub const ENTRY_FILE: u8 = 1;
pub const ENTRY_DIR: u8 = 2;

/// An opened file or directory.
#[derive(Debug)]
pub struct HostNode {
    path: PathBuf,
    is_dir: bool,
    size: u64,
}

impl HostNode {
    fn at(path: PathBuf) -> Option<HostNode> {
        let meta = fs::metadata(&path).ok()?;
        Some(HostNode {
            path,
            is_dir: meta.is_dir(),
            size: if meta.is_dir() { 0 } else { meta.len() },
        })
    }

    pub fn is_dir(&self) -> bool {
        self.is_dir
    }

    /// The size when the node was opened (0 for a directory).
    pub fn size(&self) -> u64 {
        self.size
    }

    /// Up to `size` bytes from `offset`, empty at or past the end; `None` on any error.
    pub fn read(&self, size: usize, offset: u64) -> Option<Vec<u8>> {
        let mut file = fs::File::open(&self.path).ok()?;
        if file.metadata().ok()?.is_dir() {
            return None;
        }
        file.seek(SeekFrom::Start(offset)).ok()?;
        let mut data = Vec::new();
        file.take(size as u64).read_to_end(&mut data).ok()?;
        Some(data)
    }

    /// Replace the content (re-creating a deleted file); false for a directory or an error.
    pub fn write(&self, data: &[u8]) -> bool {
        if self.path.is_dir() {
            return false;
        }
        fs::write(&self.path, data).is_ok()
    }

    /// Entry `index` of the directory in sorted name order, with its type.
    pub fn read_dir(&self, index: usize) -> Option<(Vec<u8>, u8)> {
        let mut names: Vec<(Vec<u8>, u8)> = fs::read_dir(&self.path)
            .ok()?
            .filter_map(|entry| {
                let entry = entry.ok()?;
                let kind = if entry.file_type().ok()?.is_dir() {
                    ENTRY_DIR
                } else {
                    ENTRY_FILE
                };
                Some((entry.file_name().as_bytes().to_vec(), kind))
            })
            .collect();
        names.sort();
        names.into_iter().nth(index)
    }
}

/// The root directory and the current directory of the kapi process.
#[derive(Debug)]
pub struct FileSystem {
    root: PathBuf,
    /// Absolute, normalised, as the program sees it ("/" or "/a/b").
    cwd: Vec<u8>,
}

/// `path` joined to `cwd` with `.`, `..`, `//` and trailing `/` resolved, cut to 255 bytes.
pub fn normalize(cwd: &[u8], path: &[u8]) -> Vec<u8> {
    let mut parts: Vec<&[u8]> = Vec::new();
    let start: &[u8] = if path.first() == Some(&b'/') {
        b""
    } else {
        cwd
    };
    for part in start
        .split(|&b| b == b'/')
        .chain(path.split(|&b| b == b'/'))
    {
        match part {
            b"" | b"." => {}
            b".." => {
                parts.pop();
            }
            name => parts.push(name),
        }
    }
    let mut absolute = Vec::new();
    for part in &parts {
        absolute.push(b'/');
        absolute.extend_from_slice(part);
    }
    if absolute.is_empty() {
        absolute.push(b'/');
    }
    absolute.truncate(PATH_MAX);
    absolute
}

impl FileSystem {
    /// A file system rooted at `root` with the given absolute cwd.
    pub fn new(root: PathBuf, cwd: &[u8]) -> FileSystem {
        FileSystem {
            root,
            cwd: normalize(b"/", cwd),
        }
    }

    /// The host path of a program path.
    fn host_path(&self, path: &[u8]) -> PathBuf {
        let absolute = normalize(&self.cwd, path);
        let mut host = self.root.clone();
        for part in absolute.split(|&b| b == b'/').filter(|p| !p.is_empty()) {
            host.push(OsStr::from_bytes(part));
        }
        host
    }

    fn parent_is_dir(path: &Path) -> bool {
        path.parent().is_some_and(Path::is_dir)
    }

    pub fn open(&self, path: &[u8]) -> Option<HostNode> {
        HostNode::at(self.host_path(path))
    }

    /// Create an empty file; an existing file or directory is returned untouched.
    pub fn create(&self, path: &[u8]) -> Option<HostNode> {
        let host = self.host_path(path);
        if host.exists() {
            return HostNode::at(host);
        }
        if !Self::parent_is_dir(&host) {
            return None;
        }
        fs::File::create(&host).ok()?;
        HostNode::at(host)
    }

    /// Create a directory; `None` if the name exists or the parent is missing.
    pub fn mkdir(&self, path: &[u8]) -> Option<HostNode> {
        let host = self.host_path(path);
        if host.exists() || !Self::parent_is_dir(&host) {
            return None;
        }
        fs::create_dir(&host).ok()?;
        HostNode::at(host)
    }

    /// Delete a file (not a directory).
    pub fn delete(&self, path: &[u8]) -> bool {
        let host = self.host_path(path);
        host.is_file() && fs::remove_file(&host).is_ok()
    }

    /// Delete an empty directory.
    pub fn delete_dir(&self, path: &[u8]) -> bool {
        let host = self.host_path(path);
        host != self.root && host.is_dir() && fs::remove_dir(&host).is_ok()
    }

    /// Delete a directory tree, or a file.
    pub fn delete_recursive(&self, path: &[u8]) -> bool {
        let host = self.host_path(path);
        if host == self.root {
            return false;
        }
        if host.is_dir() {
            fs::remove_dir_all(&host).is_ok()
        } else {
            host.is_file() && fs::remove_file(&host).is_ok()
        }
    }

    /// Rename in place to the last component of `new_name`.
    pub fn rename(&self, path: &[u8], new_name: &[u8]) -> bool {
        let host = self.host_path(path);
        let Some(name) = new_name.split(|&b| b == b'/').rfind(|p| !p.is_empty()) else {
            return false;
        };
        if matches!(name, b"." | b"..") || host == self.root || !host.exists() {
            return false;
        }
        let target = host.with_file_name(OsStr::from_bytes(name));
        if target == host {
            return true;
        }
        !target.exists() && fs::rename(&host, &target).is_ok()
    }

    pub fn set_cwd(&mut self, path: &[u8]) -> bool {
        let absolute = normalize(&self.cwd, path);
        if !self.host_path(&absolute).is_dir() {
            return false;
        }
        self.cwd = absolute;
        true
    }

    pub fn cwd(&self) -> &[u8] {
        &self.cwd
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh directory under the system temp dir, removed when dropped.
    struct TempRoot(PathBuf);

    impl TempRoot {
        fn new(name: &str) -> TempRoot {
            let dir =
                std::env::temp_dir().join(format!("vibepy-files-{}-{name}", std::process::id()));
            let _ = fs::remove_dir_all(&dir);
            fs::create_dir_all(&dir).unwrap();
            TempRoot(dir)
        }

        fn fs(&self) -> FileSystem {
            FileSystem::new(self.0.clone(), b"/")
        }
    }

    impl Drop for TempRoot {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn normalize_resolves_dots_slashes_and_cwd() {
        assert_eq!(normalize(b"/a/b", b"c"), b"/a/b/c");
        assert_eq!(normalize(b"/a/b", b"../c/./d/"), b"/a/c/d");
        assert_eq!(normalize(b"/a", b"//x//y"), b"/x/y");
        assert_eq!(normalize(b"/", b"../../.."), b"/");
        assert_eq!(normalize(b"/", b""), b"/");
        let long = [b'n'; 300];
        assert_eq!(normalize(b"/", &long).len(), 255);
    }

    #[test]
    fn create_keeps_an_existing_file_and_needs_a_parent() {
        let root = TempRoot::new("create");
        let fs_ = root.fs();
        fs::write(root.0.join("keep.txt"), b"old").unwrap();
        let node = fs_.create(b"/keep.txt").unwrap();
        assert_eq!(node.size(), 3);
        assert_eq!(fs::read(root.0.join("keep.txt")).unwrap(), b"old");
        assert!(fs_.create(b"/missing/x.txt").is_none());
        assert!(fs_.create(b"new.txt").unwrap().size() == 0);
        fs::create_dir(root.0.join("d")).unwrap();
        assert!(fs_.create(b"/d").unwrap().is_dir());
    }

    #[test]
    fn write_replaces_and_size_is_fixed_at_open() {
        let root = TempRoot::new("write");
        let fs_ = root.fs();
        fs_.create(b"/f").unwrap();
        let node = fs_.open(b"/f").unwrap();
        assert!(node.write(b"hello world"));
        assert!(node.write(b"bye"));
        assert_eq!(node.read(100, 0).unwrap(), b"bye");
        assert_eq!(node.read(100, 1).unwrap(), b"ye");
        assert_eq!(node.read(100, 9).unwrap(), b"");
        assert_eq!(node.size(), 0);
        assert_eq!(fs_.open(b"/f").unwrap().size(), 3);
        assert!(node.write(b""));
        assert_eq!(fs::read(root.0.join("f")).unwrap(), b"");
    }

    #[test]
    fn a_handle_holds_the_path() {
        let root = TempRoot::new("handle");
        let fs_ = root.fs();
        fs_.create(b"/f").unwrap();
        let node = fs_.open(b"/f").unwrap();
        assert!(fs_.delete(b"/f"));
        assert!(node.read(10, 0).is_none());
        assert!(node.write(b"back"));
        assert_eq!(fs::read(root.0.join("f")).unwrap(), b"back");
    }

    #[test]
    fn directories_refuse_file_operations() {
        let root = TempRoot::new("dirs");
        let fs_ = root.fs();
        assert!(fs_.mkdir(b"/d").is_some());
        assert!(fs_.mkdir(b"/d").is_none());
        let dir = fs_.open(b"/d").unwrap();
        assert!(dir.is_dir());
        assert_eq!(dir.size(), 0);
        assert!(!dir.write(b"x"));
        assert!(dir.read(10, 0).is_none());
        assert!(!fs_.delete(b"/d"));
        fs_.create(b"/d/f").unwrap();
        assert!(!fs_.delete_dir(b"/d"));
        assert!(fs_.delete(b"/d/f"));
        assert!(fs_.delete_dir(b"/d"));
        assert!(fs_.open(b"/d").is_none());
    }

    #[test]
    fn delete_recursive_removes_a_tree() {
        let root = TempRoot::new("tree");
        let fs_ = root.fs();
        fs_.mkdir(b"/t").unwrap();
        fs_.mkdir(b"/t/u").unwrap();
        fs_.create(b"/t/u/hello_world.py").unwrap();
        assert!(fs_.delete_recursive(b"/t"));
        assert!(!root.0.join("t").exists());
        assert!(!fs_.delete_recursive(b"/"));
    }

    #[test]
    fn readdir_lists_sorted_with_types() {
        let root = TempRoot::new("readdir");
        let fs_ = root.fs();
        fs_.create(b"/b.txt").unwrap();
        fs_.mkdir(b"/a").unwrap();
        fs_.create(b"/c").unwrap();
        let dir = fs_.open(b"/").unwrap();
        assert_eq!(dir.read_dir(0), Some((b"a".to_vec(), ENTRY_DIR)));
        assert_eq!(dir.read_dir(1), Some((b"b.txt".to_vec(), ENTRY_FILE)));
        assert_eq!(dir.read_dir(2), Some((b"c".to_vec(), ENTRY_FILE)));
        assert_eq!(dir.read_dir(3), None);
    }

    #[test]
    fn rename_stays_in_the_directory() {
        let root = TempRoot::new("rename");
        let fs_ = root.fs();
        fs_.mkdir(b"/d").unwrap();
        fs_.create(b"/d/old").unwrap();
        assert!(fs_.rename(b"/d/old", b"/elsewhere/new"));
        assert!(root.0.join("d/new").exists());
        fs_.create(b"/d/other").unwrap();
        assert!(!fs_.rename(b"/d/new", b"other"));
        assert!(!fs_.rename(b"/d/missing", b"x"));
    }

    #[test]
    fn cwd_follows_set_cwd_and_relative_paths_join_it() {
        let root = TempRoot::new("cwd");
        let mut fs_ = root.fs();
        fs_.mkdir(b"/home").unwrap();
        assert!(fs_.set_cwd(b"home"));
        assert_eq!(fs_.cwd(), b"/home");
        fs_.create(b"f").unwrap();
        assert!(root.0.join("home/f").exists());
        assert!(!fs_.set_cwd(b"/nope"));
        assert!(!fs_.set_cwd(b"f"));
        assert_eq!(fs_.cwd(), b"/home");
        assert!(fs_.set_cwd(b".."));
        assert_eq!(fs_.cwd(), b"/");
    }

    #[test]
    fn paths_cannot_escape_the_root() {
        let root = TempRoot::new("escape");
        let fs_ = root.fs();
        assert_eq!(
            fs_.host_path(b"/../../etc/passwd"),
            root.0.join("etc/passwd")
        );
    }
}

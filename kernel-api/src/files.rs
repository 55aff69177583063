//! File entries. `open` gives a `Node` that closes itself when dropped; `create`/`mkdir`
//! report success only, because VibeOS returns one static node from them that the next
//! call overwrites and that must never be closed (KAPI.md Behaviour details §1).
//! `write` replaces the whole content; `rename` renames in place (last component only).

use crate::consts::entry_type;
use crate::cstr::{until_nul, CPath};
use crate::{c_int_len, status, KApi, Kapi, KapiError};
use core::ffi::c_void;
use core::ptr::NonNull;

/// An open file or directory; closed on drop.
pub struct Node<'a> {
    table: &'a KApi,
    handle: NonNull<c_void>,
}

/// One `readdir` entry: its name was written into the caller's buffer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DirEntry {
    /// Bytes of the name in the buffer (cut to the buffer size minus one by the kernel).
    pub name_len: usize,
    pub is_dir: bool,
}

impl<'a> Kapi<'a> {
    /// Open an existing file or directory.
    pub fn open(&self, path: &[u8]) -> Result<Node<'a>, KapiError> {
        let open = entry!(self, open)?;
        let path = CPath::new(path)?;
        // SAFETY: `path` is NUL-terminated and outlives the call.
        let handle = unsafe { open(path.as_ptr()) };
        let handle = NonNull::new(handle).ok_or(KapiError::NotFound)?;
        Ok(Node {
            table: self.table,
            handle,
        })
    }

    /// Create a file; an existing file is left untouched (and counts as success).
    pub fn create(&self, path: &[u8]) -> Result<(), KapiError> {
        let create = entry!(self, create)?;
        let path = CPath::new(path)?;
        // SAFETY: `path` is NUL-terminated; the static node returned is not kept.
        let node = unsafe { create(path.as_ptr()) };
        if node.is_null() {
            Err(KapiError::Failed)
        } else {
            Ok(())
        }
    }

    /// Create a directory; fails if the name exists.
    pub fn mkdir(&self, path: &[u8]) -> Result<(), KapiError> {
        let mkdir = entry!(self, mkdir)?;
        let path = CPath::new(path)?;
        // SAFETY: `path` is NUL-terminated; the static node returned is not kept.
        let node = unsafe { mkdir(path.as_ptr()) };
        if node.is_null() {
            Err(KapiError::Failed)
        } else {
            Ok(())
        }
    }

    /// Delete a file.
    pub fn delete(&self, path: &[u8]) -> Result<(), KapiError> {
        let delete = entry!(self, delete)?;
        let path = CPath::new(path)?;
        // SAFETY: `path` is NUL-terminated and outlives the call.
        status(unsafe { delete(path.as_ptr()) })
    }

    /// Delete an empty directory.
    pub fn delete_dir(&self, path: &[u8]) -> Result<(), KapiError> {
        let delete_dir = entry!(self, delete_dir)?;
        let path = CPath::new(path)?;
        // SAFETY: `path` is NUL-terminated and outlives the call.
        status(unsafe { delete_dir(path.as_ptr()) })
    }

    /// Delete a directory tree (fails part-way on non-8.3 names on VibeOS).
    pub fn delete_recursive(&self, path: &[u8]) -> Result<(), KapiError> {
        let delete_recursive = entry!(self, delete_recursive)?;
        let path = CPath::new(path)?;
        // SAFETY: `path` is NUL-terminated and outlives the call.
        status(unsafe { delete_recursive(path.as_ptr()) })
    }

    /// Rename `path` in its directory to the last component of `new_name`.
    pub fn rename(&self, path: &[u8], new_name: &[u8]) -> Result<(), KapiError> {
        let rename = entry!(self, rename)?;
        let path = CPath::new(path)?;
        let new_name = CPath::new(new_name)?;
        // SAFETY: both strings are NUL-terminated and outlive the call.
        status(unsafe { rename(path.as_ptr(), new_name.as_ptr()) })
    }

    /// Change the process's current directory.
    pub fn set_cwd(&self, path: &[u8]) -> Result<(), KapiError> {
        let set_cwd = entry!(self, set_cwd)?;
        let path = CPath::new(path)?;
        // SAFETY: `path` is NUL-terminated and outlives the call.
        status(unsafe { set_cwd(path.as_ptr()) })
    }

    /// The current directory, written into `buf`: the bytes of the path within it.
    pub fn get_cwd<'b>(&self, buf: &'b mut [u8]) -> Result<&'b [u8], KapiError> {
        let get_cwd = entry!(self, get_cwd)?;
        if buf.is_empty() {
            return Err(KapiError::InvalidArgument);
        }
        // SAFETY: `buf` has `buf.len()` writable bytes.
        let ret = unsafe { get_cwd(buf.as_mut_ptr().cast(), buf.len()) };
        if ret < 0 {
            return Err(KapiError::Failed);
        }
        if let Some(last) = buf.last_mut() {
            *last = 0;
        }
        Ok(until_nul(buf))
    }
}

impl<'a> Node<'a> {
    /// Read up to `buf.len()` bytes from `offset`: the count read (0 at or past the end).
    pub fn read(&self, buf: &mut [u8], offset: usize) -> Result<usize, KapiError> {
        let read = self.table.read.ok_or(KapiError::Missing("read"))?;
        // The kernel answers in an `int`, so never ask for more than one can count.
        let size = buf.len().min(i32::MAX as usize);
        // SAFETY: `handle` is an open node and `buf` has at least `size` writable bytes.
        let got = unsafe { read(self.handle.as_ptr(), buf.as_mut_ptr().cast(), size, offset) };
        usize::try_from(got)
            .ok()
            .filter(|&got| got <= size)
            .ok_or(KapiError::Failed)
    }

    /// Replace the whole content of the file with `data`.
    pub fn write(&self, data: &[u8]) -> Result<(), KapiError> {
        let write = self.table.write.ok_or(KapiError::Missing("write"))?;
        let expected = c_int_len(data.len())?;
        // SAFETY: `handle` is an open node and `data` has `data.len()` readable bytes.
        let wrote = unsafe { write(self.handle.as_ptr(), data.as_ptr().cast(), data.len()) };
        if wrote == expected {
            Ok(())
        } else {
            Err(KapiError::Failed)
        }
    }

    pub fn is_dir(&self) -> Result<bool, KapiError> {
        let is_dir = self.table.is_dir.ok_or(KapiError::Missing("is_dir"))?;
        // SAFETY: `handle` is an open node.
        Ok(unsafe { is_dir(self.handle.as_ptr()) } != 0)
    }

    /// The size recorded when the node was opened (0 for a directory).
    pub fn size(&self) -> Result<usize, KapiError> {
        let file_size = self
            .table
            .file_size
            .ok_or(KapiError::Missing("file_size"))?;
        // SAFETY: `handle` is an open node.
        let size = unsafe { file_size(self.handle.as_ptr()) };
        usize::try_from(size).map_err(|_| KapiError::Failed)
    }

    /// Entry `index` of this directory, its name written into `name` (NUL-terminated, cut
    /// to fit), or `None` past the last entry.
    pub fn read_dir(&self, index: usize, name: &mut [u8]) -> Result<Option<DirEntry>, KapiError> {
        let readdir = self.table.readdir.ok_or(KapiError::Missing("readdir"))?;
        if name.is_empty() {
            return Err(KapiError::InvalidArgument);
        }
        let index = c_int_len(index)?;
        let mut kind = 0u8;
        // SAFETY: `handle` is an open node, `name` has `name.len()` writable bytes and
        // `kind` is a valid byte.
        let ret = unsafe {
            readdir(
                self.handle.as_ptr(),
                index,
                name.as_mut_ptr().cast(),
                name.len(),
                &mut kind,
            )
        };
        if ret != 0 {
            return Ok(None);
        }
        if let Some(last) = name.last_mut() {
            *last = 0;
        }
        Ok(Some(DirEntry {
            name_len: until_nul(name).len(),
            is_dir: kind == entry_type::DIR,
        }))
    }
}

impl Drop for Node<'_> {
    fn drop(&mut self) {
        if let Some(close) = self.table.close {
            // SAFETY: `handle` came from `open` and is closed exactly once, here.
            unsafe { close(self.handle.as_ptr()) };
        }
    }
}

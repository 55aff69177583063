//! Tests of the safe wrapper against a small fake kernel whose entries record what they
//! were given in thread-local state (each test runs on its own thread).

use crate::{KApi, Kapi, KapiError};
use core::ffi::{c_char, c_int, c_void, CStr};
use std::cell::RefCell;
use std::string::String;
use std::vec::Vec;

std::thread_local! {
    static CONSOLE: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    static PUTS_CALLS: RefCell<usize> = const { RefCell::new(0) };
    static CLOSED: RefCell<usize> = const { RefCell::new(0) };
    static LAST_PATH: RefCell<String> = const { RefCell::new(String::new()) };
}

unsafe extern "C" fn fake_puts(s: *const c_char) {
    // SAFETY: the wrapper passes NUL-terminated strings.
    let text = unsafe { CStr::from_ptr(s) }.to_bytes().to_vec();
    CONSOLE.with(|c| c.borrow_mut().extend(text));
    PUTS_CALLS.with(|n| *n.borrow_mut() += 1);
}

unsafe extern "C" fn fake_stdio_puts(s: *const c_char) {
    CONSOLE.with(|c| c.borrow_mut().extend_from_slice(b"[T]"));
    // SAFETY: forwarded from the wrapper.
    unsafe { fake_puts(s) };
}

unsafe extern "C" fn fake_putc(c: c_char) {
    CONSOLE.with(|console| console.borrow_mut().push(c as u8));
}

unsafe extern "C" fn fake_getc() -> c_int {
    -1
}

static FILE_NODE: u8 = 0;

unsafe extern "C" fn fake_open(path: *const c_char) -> *mut c_void {
    // SAFETY: the wrapper passes NUL-terminated strings.
    let path = unsafe { CStr::from_ptr(path) }
        .to_string_lossy()
        .into_owned();
    let found = path == "/file";
    LAST_PATH.with(|p| *p.borrow_mut() = path);
    if found {
        (&FILE_NODE as *const u8).cast_mut().cast()
    } else {
        core::ptr::null_mut()
    }
}

unsafe extern "C" fn fake_close(_node: *mut c_void) {
    CLOSED.with(|n| *n.borrow_mut() += 1);
}

unsafe extern "C" fn fake_read(
    _node: *mut c_void,
    buf: *mut c_char,
    size: usize,
    offset: usize,
) -> c_int {
    let content = b"hello";
    let start = offset.min(content.len());
    let n = (content.len() - start).min(size);
    // SAFETY: the wrapper passes a buffer of `size` bytes.
    unsafe { core::ptr::copy_nonoverlapping(content[start..].as_ptr(), buf.cast(), n) };
    n as c_int
}

unsafe extern "C" fn fake_readdir(
    _dir: *mut c_void,
    index: c_int,
    name: *mut c_char,
    name_size: usize,
    kind: *mut u8,
) -> c_int {
    let entries: [(&[u8], u8); 2] = [(b"a_long_name.txt", 1), (b"sub", 2)];
    let Some(&(entry, entry_kind)) = entries.get(index as usize) else {
        return -1;
    };
    let n = entry.len().min(name_size - 1);
    // SAFETY: the wrapper passes a buffer of `name_size` bytes and a valid `kind`.
    unsafe {
        core::ptr::copy_nonoverlapping(entry.as_ptr(), name.cast(), n);
        *name.add(n) = 0;
        *kind = entry_kind;
    }
    0
}

unsafe extern "C" fn fake_get_cwd(buf: *mut c_char, size: usize) -> c_int {
    let cwd = b"/home\0";
    if size < cwd.len() {
        return -1;
    }
    // SAFETY: `buf` has `size` >= cwd.len() bytes.
    unsafe { core::ptr::copy_nonoverlapping(cwd.as_ptr(), buf.cast(), cwd.len()) };
    0
}

fn fake_table() -> KApi {
    let mut table = KApi::empty();
    table.version = 1;
    table.puts = Some(fake_puts);
    table.putc = Some(fake_putc);
    table.getc = Some(fake_getc);
    table.open = Some(fake_open);
    table.close = Some(fake_close);
    table.read = Some(fake_read);
    table.readdir = Some(fake_readdir);
    table.get_cwd = Some(fake_get_cwd);
    table
}

fn console() -> Vec<u8> {
    CONSOLE.with(|c| c.borrow().clone())
}

#[test]
fn a_null_entry_is_an_error_not_a_call() {
    let table = KApi::empty();
    // SAFETY: every entry is NULL, so nothing can be called.
    let kapi = unsafe { Kapi::new(&table) };
    assert_eq!(
        kapi.uptime_ticks(),
        Err(KapiError::Missing("get_uptime_ticks"))
    );
    assert_eq!(kapi.yield_now(), Err(KapiError::Missing("yield")));
    assert_eq!(kapi.write(b"x"), Err(KapiError::Missing("putc")));
    assert_eq!(kapi.framebuffer().err(), Some(KapiError::NoFramebuffer));
    assert_eq!(
        kapi.window_create(0, 0, 10, 10, b"t").err(),
        Some(KapiError::Missing("window_create"))
    );
    assert_eq!(kapi.exit(3), KapiError::Missing("exit"));
}

#[test]
fn write_chunks_through_puts_and_nul_through_putc() {
    let table = fake_table();
    // SAFETY: the fake entries follow the kapi signatures.
    let kapi = unsafe { Kapi::new(&table) };
    let mut text = Vec::new();
    for i in 0..300u32 {
        text.push(b'a' + (i % 26) as u8);
    }
    text.insert(5, 0);
    kapi.write(&text).unwrap();
    assert_eq!(console(), text);
    // "abcde", NUL by putc, then 295 bytes in chunks of 128.
    assert_eq!(PUTS_CALLS.with(|n| *n.borrow()), 4);
}

#[test]
fn terminal_hooks_take_precedence() {
    let mut table = fake_table();
    table.stdio_puts = Some(fake_stdio_puts);
    // SAFETY: the fake entries follow the kapi signatures.
    let kapi = unsafe { Kapi::new(&table) };
    assert!(kapi.in_terminal());
    kapi.write(b"hi").unwrap();
    assert_eq!(console(), b"[T]hi");
}

#[test]
fn getc_minus_one_is_no_key() {
    let table = fake_table();
    // SAFETY: the fake entries follow the kapi signatures.
    let kapi = unsafe { Kapi::new(&table) };
    assert_eq!(kapi.getc(), Ok(None));
}

#[test]
fn files_open_read_and_close_on_drop() {
    let table = fake_table();
    // SAFETY: the fake entries follow the kapi signatures.
    let kapi = unsafe { Kapi::new(&table) };
    assert_eq!(kapi.open(b"/missing").err(), Some(KapiError::NotFound));
    {
        let node = kapi.open(b"/file").unwrap();
        let mut buf = [0u8; 3];
        assert_eq!(node.read(&mut buf, 1), Ok(3));
        assert_eq!(&buf, b"ell");
        assert_eq!(node.read(&mut buf, 9), Ok(0));
        assert_eq!(node.is_dir(), Err(KapiError::Missing("is_dir")));
    }
    assert_eq!(CLOSED.with(|n| *n.borrow()), 1);
}

#[test]
fn bad_paths_never_reach_the_kernel() {
    let table = fake_table();
    // SAFETY: the fake entries follow the kapi signatures.
    let kapi = unsafe { Kapi::new(&table) };
    let long = [b'a'; 300];
    assert_eq!(kapi.open(&long).err(), Some(KapiError::TooLong));
    assert_eq!(kapi.open(b"/fi\0le").err(), Some(KapiError::InteriorNul));
    assert_eq!(LAST_PATH.with(|p| p.borrow().clone()), "");
}

#[test]
fn readdir_cuts_names_to_the_buffer() {
    let table = fake_table();
    // SAFETY: the fake entries follow the kapi signatures.
    let kapi = unsafe { Kapi::new(&table) };
    let dir = kapi.open(b"/file").unwrap();
    let mut name = [0u8; 8];
    let first = dir.read_dir(0, &mut name).unwrap().unwrap();
    assert_eq!((first.name_len, first.is_dir), (7, false));
    assert_eq!(&name[..7], b"a_long_");
    let second = dir.read_dir(1, &mut name).unwrap().unwrap();
    assert_eq!(&name[..second.name_len], b"sub");
    assert!(second.is_dir);
    assert_eq!(dir.read_dir(2, &mut name), Ok(None));
    assert_eq!(dir.read_dir(0, &mut []), Err(KapiError::InvalidArgument));
}

#[test]
fn get_cwd_fills_the_buffer() {
    let table = fake_table();
    // SAFETY: the fake entries follow the kapi signatures.
    let kapi = unsafe { Kapi::new(&table) };
    let mut buf = [0u8; 64];
    assert_eq!(kapi.get_cwd(&mut buf), Ok(&b"/home"[..]));
    let mut tiny = [0u8; 3];
    assert_eq!(kapi.get_cwd(&mut tiny), Err(KapiError::Failed));
}

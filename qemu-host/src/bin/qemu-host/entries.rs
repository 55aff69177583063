//! The kapi v1 table qemu-host hands to the program: console, keyboard, memory, files,
//! time, framebuffer, and `exit`. Entries VibeOS has but a test host does not need
//! (windows, mouse, sound, network, processes, USB, DMA) stay NULL, which the port
//! already handles (KAPI.md: many entries may be null).
//!
//! Files live in `qemu_host::ramfs::RamFs`; a node handed to the program is a boxed
//! `Handle` holding the path and the size at `open` (as VibeOS's handles do), except the
//! node `create`/`mkdir` return: one kernel-owned node, overwritten by the next call and
//! never to be closed (KAPI.md 1. Files).

use crate::{console, display, memory, timer};
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::ffi::{c_char, c_int, c_void, CStr};
use kernel_api::{KApi, KAPI_VERSION};
use qemu_host::archive::{self, Member};
use qemu_host::ramfs::{Kind, RamFs};
use spin::Mutex;

static FS: Mutex<RamFs> = Mutex::new(RamFs::new());

struct Handle {
    path: String,
    /// `file_size` is fixed at `open`; -1 once the path is gone.
    size: c_int,
    is_dir: bool,
}

/// The node `create` and `mkdir` return.
static CREATED: Mutex<Option<Handle>> = Mutex::new(None);

/// Unpack the boot archive into the file system; false if memory ran out.
pub fn unpack(bytes: &[u8]) -> bool {
    let mut fs = FS.lock();
    for (path, member) in archive::members(bytes) {
        let abs = alloc::format!("/{path}");
        let ok = match member {
            Member::Dir => fs.make_dirs(&abs),
            Member::File(data) => {
                let parent = abs.rsplit_once('/').map_or("/", |(dir, _)| dir);
                (parent.is_empty() || fs.make_dirs(parent)) && fs.write(&abs, data)
            }
        };
        if !ok {
            return false;
        }
    }
    true
}

/// A whole file, for the program loader.
pub fn read_whole(path: &str) -> Option<Vec<u8>> {
    let fs = FS.lock();
    let size = fs.size(path)?;
    let mut data = Vec::new();
    data.try_reserve_exact(size).ok()?;
    data.resize(size, 0);
    let n = fs.read(path, &mut data, 0)?;
    data.truncate(n);
    Some(data)
}

/// The string at `p` (NULL and invalid UTF-8 give `None`).
///
/// # Safety
/// `p` must be NULL or a NUL-terminated string.
unsafe fn text<'a>(p: *const c_char) -> Option<&'a str> {
    if p.is_null() {
        return None;
    }
    // SAFETY: a non-NULL `p` is NUL-terminated (caller's contract).
    unsafe { CStr::from_ptr(p) }.to_str().ok()
}

/// The handle behind a node (NULL gives `None`).
///
/// # Safety
/// `node` must be NULL or a node returned by `open`, `create` or `mkdir`, not yet closed.
unsafe fn handle<'a>(node: *mut c_void) -> Option<&'a Handle> {
    // SAFETY: a non-NULL node points at a live `Handle` (caller's contract).
    unsafe { node.cast::<Handle>().as_ref() }
}

fn status(ok: bool) -> c_int {
    if ok {
        0
    } else {
        -1
    }
}

// --- console and keyboard ---------------------------------------------------------------

unsafe extern "C" fn putc(c: c_char) {
    console::write(&[c]);
}

unsafe extern "C" fn puts(s: *const c_char) {
    if !s.is_null() {
        // SAFETY: kapi strings are NUL-terminated.
        console::write(unsafe { CStr::from_ptr(s) }.to_bytes());
    }
}

unsafe extern "C" fn getc() -> c_int {
    console::getc()
}

unsafe extern "C" fn has_key() -> c_int {
    c_int::from(console::has_key())
}

unsafe extern "C" fn set_color(fg: u32, bg: u32) {
    console::set_color(fg, bg);
}

unsafe extern "C" fn clear() {
    console::clear();
}

unsafe extern "C" fn set_cursor(row: c_int, col: c_int) {
    console::set_cursor(row, col);
}

unsafe extern "C" fn set_cursor_enabled(enabled: c_int) {
    console::set_cursor_enabled(enabled != 0);
}

unsafe extern "C" fn print_int(n: c_int) {
    console::print(format_args!("{n}"));
}

unsafe extern "C" fn print_hex(n: u32) {
    console::print(format_args!("0x{n:x}"));
}

unsafe extern "C" fn clear_to_eol() {
    console::clear_to_eol();
}

unsafe extern "C" fn clear_region(row: c_int, col: c_int, w: c_int, h: c_int) {
    console::clear_region(row, col, w, h);
}

/// The UART's far end is a terminal of unknown size: report VT100's 24 x 80.
unsafe extern "C" fn console_rows() -> c_int {
    24
}

unsafe extern "C" fn console_cols() -> c_int {
    80
}

// --- memory -----------------------------------------------------------------------------

unsafe extern "C" fn malloc(size: usize) -> *mut c_void {
    memory::malloc(size).cast()
}

unsafe extern "C" fn free(ptr: *mut c_void) {
    // SAFETY: the program frees only what kapi `malloc` gave it.
    unsafe { memory::free(ptr.cast()) };
}

unsafe extern "C" fn get_mem_used() -> usize {
    memory::used()
}

unsafe extern "C" fn get_mem_free() -> usize {
    memory::free_bytes()
}

unsafe extern "C" fn get_ram_total() -> usize {
    memory::total()
}

unsafe extern "C" fn get_heap_start() -> u64 {
    memory::heap_bounds().0 as u64
}

unsafe extern "C" fn get_heap_end() -> u64 {
    memory::heap_bounds().1 as u64
}

// --- files ------------------------------------------------------------------------------

unsafe extern "C" fn open(path: *const c_char) -> *mut c_void {
    // SAFETY: kapi paths are NUL-terminated.
    let Some(path) = (unsafe { text(path) }) else {
        return core::ptr::null_mut();
    };
    let fs = FS.lock();
    let (Some(kind), Some(size)) = (fs.kind(path), fs.size(path)) else {
        return core::ptr::null_mut();
    };
    let handle = Handle {
        path: fs.resolve(path),
        size: c_int::try_from(size).unwrap_or(c_int::MAX),
        is_dir: kind == Kind::Dir,
    };
    Box::into_raw(Box::new(handle)).cast()
}

unsafe extern "C" fn close(node: *mut c_void) {
    let created = CREATED
        .lock()
        .as_ref()
        .map_or(core::ptr::null(), |h| h as *const Handle);
    if !node.is_null() && node.cast_const().cast::<Handle>() != created {
        // SAFETY: a node from `open`, which boxed it; closed once.
        drop(unsafe { Box::from_raw(node.cast::<Handle>()) });
    }
}

unsafe extern "C" fn read(
    node: *mut c_void,
    buf: *mut c_char,
    size: usize,
    offset: usize,
) -> c_int {
    // SAFETY: a node from `open`/`create`/`mkdir`.
    let Some(handle) = (unsafe { handle(node) }) else {
        return -1;
    };
    if buf.is_null() {
        return -1;
    }
    // SAFETY: the program passes a buffer of `size` writable bytes.
    let buf = unsafe { core::slice::from_raw_parts_mut(buf.cast::<u8>(), size) };
    let size = buf.len().min(c_int::MAX as usize);
    match FS
        .lock()
        .read(&handle.path, buf.get_mut(..size).unwrap_or(&mut []), offset)
    {
        Some(n) => c_int::try_from(n).unwrap_or(-1),
        None => -1,
    }
}

unsafe extern "C" fn write(node: *mut c_void, buf: *const c_char, size: usize) -> c_int {
    // SAFETY: a node from `open`/`create`/`mkdir`.
    let Some(handle) = (unsafe { handle(node) }) else {
        return -1;
    };
    let bytes: &[u8] = if size == 0 || buf.is_null() {
        &[]
    } else {
        // SAFETY: the program passes `size` readable bytes.
        unsafe { core::slice::from_raw_parts(buf.cast::<u8>(), size) }
    };
    match FS.lock().write(&handle.path, bytes) {
        true => c_int::try_from(size).unwrap_or(-1),
        false => -1,
    }
}

unsafe extern "C" fn is_dir(node: *mut c_void) -> c_int {
    // SAFETY: a node from `open`/`create`/`mkdir`, or NULL.
    c_int::from(unsafe { handle(node) }.is_some_and(|h| h.is_dir))
}

unsafe extern "C" fn file_size(node: *mut c_void) -> c_int {
    // SAFETY: a node from `open`/`create`/`mkdir`, or NULL.
    unsafe { handle(node) }.map_or(-1, |h| if h.is_dir { 0 } else { h.size })
}

/// Fill the kernel-owned node for `path` and return it.
fn created_node(fs: &RamFs, path: &str, kind: Kind) -> *mut c_void {
    let mut created = CREATED.lock();
    let handle = created.insert(Handle {
        path: fs.resolve(path),
        size: c_int::try_from(fs.size(path).unwrap_or(0)).unwrap_or(c_int::MAX),
        is_dir: kind == Kind::Dir,
    });
    (handle as *mut Handle).cast()
}

unsafe extern "C" fn create(path: *const c_char) -> *mut c_void {
    // SAFETY: kapi paths are NUL-terminated.
    let Some(path) = (unsafe { text(path) }) else {
        return core::ptr::null_mut();
    };
    let mut fs = FS.lock();
    match fs.create(path) {
        Some(kind) => created_node(&fs, path, kind),
        None => core::ptr::null_mut(),
    }
}

unsafe extern "C" fn mkdir(path: *const c_char) -> *mut c_void {
    // SAFETY: kapi paths are NUL-terminated.
    let Some(path) = (unsafe { text(path) }) else {
        return core::ptr::null_mut();
    };
    let mut fs = FS.lock();
    if fs.mkdir(path) {
        created_node(&fs, path, Kind::Dir)
    } else {
        core::ptr::null_mut()
    }
}

/// A path entry that returns 0 or -1.
macro_rules! path_entry {
    ($name:ident, $method:ident) => {
        unsafe extern "C" fn $name(path: *const c_char) -> c_int {
            // SAFETY: kapi paths are NUL-terminated.
            let Some(path) = (unsafe { text(path) }) else {
                return -1;
            };
            status(FS.lock().$method(path))
        }
    };
}

path_entry!(delete, delete);
path_entry!(delete_dir, delete_dir);
path_entry!(delete_recursive, delete_recursive);
path_entry!(set_cwd, set_cwd);

unsafe extern "C" fn rename(path: *const c_char, newname: *const c_char) -> c_int {
    // SAFETY: kapi paths are NUL-terminated.
    let (Some(path), Some(newname)) = (unsafe { text(path) }, unsafe { text(newname) }) else {
        return -1;
    };
    status(FS.lock().rename(path, newname))
}

unsafe extern "C" fn readdir(
    dir: *mut c_void,
    index: c_int,
    name: *mut c_char,
    name_size: usize,
    kind: *mut u8,
) -> c_int {
    // SAFETY: a node from `open`/`create`/`mkdir`, or NULL.
    let Some(handle) = (unsafe { handle(dir) }) else {
        return -1;
    };
    let Ok(index) = usize::try_from(index) else {
        return -1;
    };
    let fs = FS.lock();
    let Some((entry, entry_kind)) = fs.readdir(&handle.path, index) else {
        return -1;
    };
    if !name.is_null() && name_size > 0 {
        // A name longer than `name_size - 1` is cut (as VibeOS does).
        let n = entry.len().min(name_size - 1);
        // SAFETY: the program passes `name_size` writable bytes at `name`.
        unsafe {
            core::ptr::copy_nonoverlapping(entry.as_ptr(), name.cast::<u8>(), n);
            name.add(n).write(0);
        }
    }
    if !kind.is_null() {
        // SAFETY: the program passes a writable byte for the type.
        unsafe { kind.write(entry_kind.code()) };
    }
    0
}

unsafe extern "C" fn get_cwd(buf: *mut c_char, size: usize) -> c_int {
    let fs = FS.lock();
    let cwd = fs.cwd().as_bytes();
    if buf.is_null() || size <= cwd.len() {
        return -1;
    }
    // SAFETY: the program passes `size` writable bytes, more than the cwd and its NUL.
    unsafe {
        core::ptr::copy_nonoverlapping(cwd.as_ptr(), buf.cast::<u8>(), cwd.len());
        buf.add(cwd.len()).write(0);
    }
    0
}

// --- processes and time -----------------------------------------------------------------

unsafe extern "C" fn exit(status: c_int) {
    crate::power_off(status)
}

unsafe extern "C" fn yield_now() {
    console::idle();
}

unsafe extern "C" fn get_uptime_ticks() -> u64 {
    timer::uptime_ticks()
}

unsafe extern "C" fn sleep_ms(ms: u32) {
    timer::sleep_ms(ms);
}

unsafe extern "C" fn wfi() {
    console::idle();
}

// --- framebuffer ------------------------------------------------------------------------

unsafe extern "C" fn fb_put_pixel(x: u32, y: u32, color: u32) {
    display::put_pixel(x, y, color);
}

unsafe extern "C" fn fb_fill_rect(x: u32, y: u32, w: u32, h: u32, color: u32) {
    display::fill_rect(x, y, w, h, color);
}

unsafe extern "C" fn fb_draw_char(x: u32, y: u32, c: c_char, fg: u32, bg: u32) {
    display::draw_char(x, y, c, fg, bg);
}

unsafe extern "C" fn fb_draw_string(x: u32, y: u32, s: *const c_char, fg: u32, bg: u32) {
    if !s.is_null() {
        // SAFETY: kapi strings are NUL-terminated.
        display::draw_string(x, y, unsafe { CStr::from_ptr(s) }.to_bytes(), fg, bg);
    }
}

/// ramfb is single-buffered: no flip, the back buffer is the visible one (as VibeOS on
/// QEMU); without a display there is none.
unsafe extern "C" fn fb_has_hw_double_buffer() -> c_int {
    0
}

unsafe extern "C" fn fb_flip(_buffer: c_int) -> c_int {
    -1
}

unsafe extern "C" fn fb_get_backbuffer() -> *mut u32 {
    display::base()
}

/// The table, filled once the display is set up.
pub fn table() -> KApi {
    let mut t = KApi::empty();
    t.version = KAPI_VERSION;
    t.putc = Some(putc);
    t.puts = Some(puts);
    t.uart_puts = Some(puts);
    t.getc = Some(getc);
    t.set_color = Some(set_color);
    t.clear = Some(clear);
    t.set_cursor = Some(set_cursor);
    t.set_cursor_enabled = Some(set_cursor_enabled);
    t.print_int = Some(print_int);
    t.print_hex = Some(print_hex);
    t.clear_to_eol = Some(clear_to_eol);
    t.clear_region = Some(clear_region);
    t.has_key = Some(has_key);
    t.malloc = Some(malloc);
    t.free = Some(free);
    t.open = Some(open);
    t.close = Some(close);
    t.read = Some(read);
    t.write = Some(write);
    t.is_dir = Some(is_dir);
    t.file_size = Some(file_size);
    t.create = Some(create);
    t.mkdir = Some(mkdir);
    t.delete = Some(delete);
    t.delete_dir = Some(delete_dir);
    t.delete_recursive = Some(delete_recursive);
    t.rename = Some(rename);
    t.readdir = Some(readdir);
    t.set_cwd = Some(set_cwd);
    t.get_cwd = Some(get_cwd);
    t.exit = Some(exit);
    t.r#yield = Some(yield_now);
    t.console_rows = Some(console_rows);
    t.console_cols = Some(console_cols);
    t.fb_base = display::base();
    (t.fb_width, t.fb_height) = display::size();
    t.fb_put_pixel = Some(fb_put_pixel);
    t.fb_fill_rect = Some(fb_fill_rect);
    t.fb_draw_char = Some(fb_draw_char);
    t.fb_draw_string = Some(fb_draw_string);
    t.font_data = display::font().as_ptr();
    t.get_uptime_ticks = Some(get_uptime_ticks);
    t.get_mem_used = Some(get_mem_used);
    t.get_mem_free = Some(get_mem_free);
    t.wfi = Some(wfi);
    t.sleep_ms = Some(sleep_ms);
    t.get_ram_total = Some(get_ram_total);
    t.get_heap_start = Some(get_heap_start);
    t.get_heap_end = Some(get_heap_end);
    t.fb_has_hw_double_buffer = Some(fb_has_hw_double_buffer);
    t.fb_flip = Some(fb_flip);
    t.fb_get_backbuffer = Some(fb_get_backbuffer);
    t
}

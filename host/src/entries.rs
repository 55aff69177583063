//! The `extern "C"` functions of the host's kapi table. Each one checks its pointers, then
//! hands over to the std-backed module that owns the behaviour (console, input, files,
//! memory, clock, framebuffer). Entries a host cannot offer return the kernel's failure
//! value (-1 or NULL).

use crate::files::{FileSystem, HostNode};
use crate::{clock, console, framebuffer, input, memory};
use std::ffi::{c_char, c_int, c_void, CStr};
use std::sync::Mutex;
use std::time::Duration;

static FILES: Mutex<Option<FileSystem>> = Mutex::new(None);

/// The node `create`/`mkdir` return: one slot, overwritten by the next call (as on VibeOS).
static CREATED: Mutex<Option<Box<HostNode>>> = Mutex::new(None);

pub fn set_file_system(fs: FileSystem) {
    *FILES.lock().unwrap_or_else(|p| p.into_inner()) = Some(fs);
}

fn with_files<T>(fallback: T, f: impl FnOnce(&mut FileSystem) -> T) -> T {
    let mut files = FILES.lock().unwrap_or_else(|p| p.into_inner());
    files.as_mut().map_or(fallback, f)
}

/// The bytes of a C string argument, `None` for NULL.
///
/// # Safety
/// `s` must be NULL or NUL-terminated.
unsafe fn c_bytes<'a>(s: *const c_char) -> Option<&'a [u8]> {
    if s.is_null() {
        return None;
    }
    // SAFETY: the caller passes a NUL-terminated string.
    Some(unsafe { CStr::from_ptr(s) }.to_bytes())
}

/// # Safety
/// `node` must be NULL or a pointer this module handed out and that is still open.
unsafe fn node<'a>(node: *mut c_void) -> Option<&'a HostNode> {
    // SAFETY: the caller passes a live node or NULL.
    unsafe { node.cast::<HostNode>().as_ref() }
}

fn into_c_node(node: Option<HostNode>) -> *mut c_void {
    node.map_or(std::ptr::null_mut(), |n| Box::into_raw(Box::new(n)).cast())
}

fn into_created_node(node: Option<HostNode>) -> *mut c_void {
    let mut slot = CREATED.lock().unwrap_or_else(|p| p.into_inner());
    *slot = node.map(Box::new);
    slot.as_mut()
        .map_or(std::ptr::null_mut(), |n| (&mut **n as *mut HostNode).cast())
}

/// Copy `src` into a C buffer of `size` bytes with a NUL, cutting it to fit.
///
/// # Safety
/// `dst` must have `size` writable bytes.
unsafe fn copy_c_string(src: &[u8], dst: *mut c_char, size: usize) {
    if dst.is_null() || size == 0 {
        return;
    }
    let n = src.len().min(size - 1);
    // SAFETY: n + 1 <= size bytes are written into `dst`.
    unsafe {
        std::ptr::copy_nonoverlapping(src.as_ptr(), dst.cast(), n);
        *dst.add(n) = 0;
    }
}

// --- console ---------------------------------------------------------------------------

pub unsafe extern "C" fn putc(c: c_char) {
    console::write(&[c as u8]);
}

pub unsafe extern "C" fn puts(s: *const c_char) {
    // SAFETY: kapi callers pass NUL-terminated strings.
    if let Some(bytes) = unsafe { c_bytes(s) } {
        console::write(bytes);
    }
}

pub unsafe extern "C" fn uart_puts(s: *const c_char) {
    // SAFETY: kapi callers pass NUL-terminated strings.
    if let Some(bytes) = unsafe { c_bytes(s) } {
        console::write_error(bytes);
    }
}

pub unsafe extern "C" fn getc() -> c_int {
    input::getc()
}

pub unsafe extern "C" fn has_key() -> c_int {
    c_int::from(input::has_key())
}

pub unsafe extern "C" fn set_color(fg: u32, bg: u32) {
    console::set_color(fg, bg);
}

pub unsafe extern "C" fn clear() {
    console::clear();
}

pub unsafe extern "C" fn set_cursor(row: c_int, col: c_int) {
    console::set_cursor(row, col);
}

pub unsafe extern "C" fn set_cursor_enabled(enabled: c_int) {
    console::set_cursor_enabled(enabled != 0);
}

pub unsafe extern "C" fn print_int(n: c_int) {
    console::write(n.to_string().as_bytes());
}

pub unsafe extern "C" fn print_hex(n: u32) {
    console::write(format!("0x{n:x}").as_bytes());
}

pub unsafe extern "C" fn clear_to_eol() {
    console::clear_to_eol();
}

pub unsafe extern "C" fn clear_region(row: c_int, col: c_int, w: c_int, h: c_int) {
    console::clear_region(row, col, w, h);
}

pub unsafe extern "C" fn console_rows() -> c_int {
    console::size().0
}

pub unsafe extern "C" fn console_cols() -> c_int {
    console::size().1
}

// --- memory ----------------------------------------------------------------------------

pub unsafe extern "C" fn malloc(size: usize) -> *mut c_void {
    memory::malloc(size).cast()
}

pub unsafe extern "C" fn free(ptr: *mut c_void) {
    // SAFETY: kapi callers free only what `malloc` returned.
    unsafe { memory::free(ptr.cast()) };
}

pub unsafe extern "C" fn get_mem_used() -> usize {
    memory::used()
}

pub unsafe extern "C" fn get_mem_free() -> usize {
    memory::ram().1
}

pub unsafe extern "C" fn get_ram_total() -> usize {
    memory::ram().0
}

pub unsafe extern "C" fn get_alloc_count() -> c_int {
    c_int::try_from(memory::count()).unwrap_or(c_int::MAX)
}

pub unsafe extern "C" fn get_zero_u64() -> u64 {
    0
}

pub unsafe extern "C" fn get_stack_ptr() -> u64 {
    let marker = 0u8;
    std::ptr::addr_of!(marker) as u64
}

// --- files -----------------------------------------------------------------------------

pub unsafe extern "C" fn open(path: *const c_char) -> *mut c_void {
    // SAFETY: kapi callers pass NUL-terminated strings.
    let Some(path) = (unsafe { c_bytes(path) }) else {
        return std::ptr::null_mut();
    };
    into_c_node(with_files(None, |fs| fs.open(path)))
}

pub unsafe extern "C" fn close(file: *mut c_void) {
    if file.is_null() {
        return;
    }
    let created = CREATED.lock().unwrap_or_else(|p| p.into_inner());
    let is_created = created
        .as_ref()
        .is_some_and(|n| std::ptr::eq(&**n, file.cast::<HostNode>()));
    if !is_created {
        // SAFETY: every other node came from `into_c_node` and is closed once.
        drop(unsafe { Box::from_raw(file.cast::<HostNode>()) });
    }
}

pub unsafe extern "C" fn read(
    file: *mut c_void,
    buf: *mut c_char,
    size: usize,
    offset: usize,
) -> c_int {
    // SAFETY: kapi callers pass a node from `open`/`create`.
    let Some(node) = (unsafe { node(file) }) else {
        return -1;
    };
    let size = size.min(c_int::MAX as usize);
    match node.read(size, offset as u64) {
        Some(data) if !buf.is_null() || data.is_empty() => {
            // SAFETY: `buf` has `size` >= data.len() writable bytes.
            unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), buf.cast(), data.len()) };
            c_int::try_from(data.len()).unwrap_or(-1)
        }
        _ => -1,
    }
}

pub unsafe extern "C" fn write(file: *mut c_void, buf: *const c_char, size: usize) -> c_int {
    // SAFETY: kapi callers pass a node from `open`/`create`.
    let Some(node) = (unsafe { node(file) }) else {
        return -1;
    };
    let Ok(written) = c_int::try_from(size) else {
        return -1;
    };
    let data = if size == 0 {
        &[][..]
    } else if buf.is_null() {
        return -1;
    } else {
        // SAFETY: `buf` has `size` readable bytes.
        unsafe { std::slice::from_raw_parts(buf.cast::<u8>(), size) }
    };
    if node.write(data) {
        written
    } else {
        -1
    }
}

pub unsafe extern "C" fn is_dir(file: *mut c_void) -> c_int {
    // SAFETY: kapi callers pass a node or NULL.
    c_int::from(unsafe { node(file) }.is_some_and(HostNode::is_dir))
}

pub unsafe extern "C" fn file_size(file: *mut c_void) -> c_int {
    // SAFETY: kapi callers pass a node or NULL.
    unsafe { node(file) }.map_or(-1, |n| c_int::try_from(n.size()).unwrap_or(c_int::MAX))
}

pub unsafe extern "C" fn create(path: *const c_char) -> *mut c_void {
    // SAFETY: kapi callers pass NUL-terminated strings.
    let Some(path) = (unsafe { c_bytes(path) }) else {
        return std::ptr::null_mut();
    };
    into_created_node(with_files(None, |fs| fs.create(path)))
}

pub unsafe extern "C" fn mkdir(path: *const c_char) -> *mut c_void {
    // SAFETY: kapi callers pass NUL-terminated strings.
    let Some(path) = (unsafe { c_bytes(path) }) else {
        return std::ptr::null_mut();
    };
    into_created_node(with_files(None, |fs| fs.mkdir(path)))
}

/// 0 when `op` succeeds on the path argument, else -1.
///
/// # Safety
/// `path` must be NULL or NUL-terminated.
unsafe fn path_op(path: *const c_char, op: impl FnOnce(&mut FileSystem, &[u8]) -> bool) -> c_int {
    // SAFETY: forwarded from a kapi caller.
    let Some(path) = (unsafe { c_bytes(path) }) else {
        return -1;
    };
    if with_files(false, |fs| op(fs, path)) {
        0
    } else {
        -1
    }
}

pub unsafe extern "C" fn delete(path: *const c_char) -> c_int {
    // SAFETY: forwarded from a kapi caller.
    unsafe { path_op(path, |fs, p| fs.delete(p)) }
}

pub unsafe extern "C" fn delete_dir(path: *const c_char) -> c_int {
    // SAFETY: forwarded from a kapi caller.
    unsafe { path_op(path, |fs, p| fs.delete_dir(p)) }
}

pub unsafe extern "C" fn delete_recursive(path: *const c_char) -> c_int {
    // SAFETY: forwarded from a kapi caller.
    unsafe { path_op(path, |fs, p| fs.delete_recursive(p)) }
}

pub unsafe extern "C" fn rename(path: *const c_char, new_name: *const c_char) -> c_int {
    // SAFETY: kapi callers pass NUL-terminated strings.
    let Some(new_name) = (unsafe { c_bytes(new_name) }) else {
        return -1;
    };
    // SAFETY: forwarded from a kapi caller.
    unsafe { path_op(path, |fs, p| fs.rename(p, new_name)) }
}

pub unsafe extern "C" fn readdir(
    dir: *mut c_void,
    index: c_int,
    name: *mut c_char,
    name_size: usize,
    entry_type: *mut u8,
) -> c_int {
    // SAFETY: kapi callers pass a node or NULL.
    let Some(dir) = (unsafe { node(dir) }) else {
        return -1;
    };
    let Some((entry, kind)) = usize::try_from(index).ok().and_then(|i| dir.read_dir(i)) else {
        return -1;
    };
    // SAFETY: `name` has `name_size` writable bytes.
    unsafe { copy_c_string(&entry, name, name_size) };
    if !entry_type.is_null() {
        // SAFETY: `entry_type` points at one writable byte.
        unsafe { *entry_type = kind };
    }
    0
}

pub unsafe extern "C" fn set_cwd(path: *const c_char) -> c_int {
    // SAFETY: forwarded from a kapi caller.
    unsafe { path_op(path, |fs, p| fs.set_cwd(p)) }
}

pub unsafe extern "C" fn get_cwd(buf: *mut c_char, size: usize) -> c_int {
    let cwd = with_files(None, |fs| Some(fs.cwd().to_vec()));
    match cwd {
        Some(cwd) if cwd.len() < size && !buf.is_null() => {
            // SAFETY: `buf` has `size` > cwd.len() writable bytes.
            unsafe { copy_c_string(&cwd, buf, size) };
            0
        }
        _ => -1,
    }
}

// --- processes and system ----------------------------------------------------------------

pub unsafe extern "C" fn exit(status: c_int) {
    crate::exit(status);
}

pub unsafe extern "C" fn exec(_path: *const c_char) -> c_int {
    -1
}

pub unsafe extern "C" fn exec_args(
    _path: *const c_char,
    _argc: c_int,
    _argv: *mut *mut c_char,
) -> c_int {
    -1
}

pub unsafe extern "C" fn yield_now() {
    console::flush();
    input::wait_for_key(Duration::from_millis(1));
}

pub unsafe extern "C" fn wfi() {
    console::flush();
    std::thread::sleep(Duration::from_millis(1));
}

pub unsafe extern "C" fn sleep_ms(ms: u32) {
    console::flush();
    std::thread::sleep(Duration::from_millis(u64::from(ms)));
}

pub unsafe extern "C" fn get_uptime_ticks() -> u64 {
    clock::uptime_ticks()
}

pub unsafe extern "C" fn get_timestamp() -> u32 {
    u32::try_from(clock::unix_seconds()).unwrap_or(u32::MAX)
}

pub unsafe extern "C" fn get_datetime(
    year: *mut c_int,
    month: *mut c_int,
    day: *mut c_int,
    hour: *mut c_int,
    minute: *mut c_int,
    second: *mut c_int,
    weekday: *mut c_int,
) {
    let fields = clock::civil(clock::unix_seconds());
    for (ptr, value) in [year, month, day, hour, minute, second, weekday]
        .into_iter()
        .zip(fields)
    {
        if !ptr.is_null() {
            // SAFETY: each non-NULL pointer is a writable int (NULL is allowed and skipped).
            unsafe { *ptr = value };
        }
    }
}

pub unsafe extern "C" fn get_process_count() -> c_int {
    1
}

pub unsafe extern "C" fn get_process_info(
    index: c_int,
    name: *mut c_char,
    name_size: c_int,
    state: *mut c_int,
) -> c_int {
    if index != 0 {
        return 0;
    }
    // SAFETY: `name` has `name_size` writable bytes.
    unsafe { copy_c_string(b"vibepy", name, usize::try_from(name_size).unwrap_or(0)) };
    if !state.is_null() {
        // SAFETY: `state` is a writable int.
        unsafe { *state = kernel_api::process_state::RUNNING };
    }
    1
}

pub unsafe extern "C" fn kill_process(_pid: c_int) -> c_int {
    -1
}

static CPU_NAME: &CStr = c"host";

pub unsafe extern "C" fn get_cpu_name() -> *const c_char {
    CPU_NAME.as_ptr()
}

pub unsafe extern "C" fn get_zero_u32() -> u32 {
    0
}

pub unsafe extern "C" fn get_zero_int() -> c_int {
    0
}

pub unsafe extern "C" fn get_cpu_cores() -> c_int {
    std::thread::available_parallelism().map_or(1, |n| c_int::try_from(n.get()).unwrap_or(1))
}

pub unsafe extern "C" fn usb_device_info(
    _idx: c_int,
    _vid: *mut u16,
    _pid: *mut u16,
    _name: *mut c_char,
    _len: c_int,
) -> c_int {
    -1
}

pub unsafe extern "C" fn klog_read(_buf: *mut c_char, _offset: usize, _size: usize) -> usize {
    0
}

pub unsafe extern "C" fn klog_size() -> usize {
    0
}

// --- framebuffer and mouse -------------------------------------------------------------

pub unsafe extern "C" fn fb_put_pixel(x: u32, y: u32, color: u32) {
    if let Some(fb) = framebuffer::get() {
        fb.put_pixel(x, y, color);
    }
}

pub unsafe extern "C" fn fb_fill_rect(x: u32, y: u32, w: u32, h: u32, color: u32) {
    if let Some(fb) = framebuffer::get() {
        fb.fill_rect(x, y, w, h, color);
    }
}

pub unsafe extern "C" fn fb_draw_char(x: u32, y: u32, c: c_char, fg: u32, bg: u32) {
    if let Some(fb) = framebuffer::get() {
        fb.draw_char(x, y, c as u8, fg, bg);
    }
}

pub unsafe extern "C" fn fb_draw_string(x: u32, y: u32, s: *const c_char, fg: u32, bg: u32) {
    // SAFETY: kapi callers pass NUL-terminated strings.
    if let (Some(fb), Some(text)) = (framebuffer::get(), unsafe { c_bytes(s) }) {
        fb.draw_string(x, y, text, fg, bg);
    }
}

pub unsafe extern "C" fn fb_flip(_buffer: c_int) -> c_int {
    -1
}

pub unsafe extern "C" fn fb_get_backbuffer() -> *mut u32 {
    framebuffer::get().map_or(std::ptr::null_mut(), framebuffer::Framebuffer::base)
}

static MOUSE: Mutex<(c_int, c_int)> = Mutex::new((0, 0));

pub fn center_mouse(width: u32, height: u32) {
    let centre = (
        c_int::try_from(width / 2).unwrap_or(0),
        c_int::try_from(height / 2).unwrap_or(0),
    );
    *MOUSE.lock().unwrap_or_else(|p| p.into_inner()) = centre;
}

pub unsafe extern "C" fn mouse_get_pos(x: *mut c_int, y: *mut c_int) {
    let (mx, my) = *MOUSE.lock().unwrap_or_else(|p| p.into_inner());
    // SAFETY: kapi callers pass writable ints (NULL skipped).
    unsafe {
        if !x.is_null() {
            *x = mx;
        }
        if !y.is_null() {
            *y = my;
        }
    }
}

pub unsafe extern "C" fn mouse_get_buttons() -> u8 {
    0
}

pub unsafe extern "C" fn mouse_poll() {}

pub unsafe extern "C" fn mouse_set_pos(x: c_int, y: c_int) {
    *MOUSE.lock().unwrap_or_else(|p| p.into_inner()) = (x, y);
}

pub unsafe extern "C" fn mouse_get_delta(dx: *mut c_int, dy: *mut c_int) {
    // SAFETY: kapi callers pass writable ints (NULL skipped).
    unsafe {
        if !dx.is_null() {
            *dx = 0;
        }
        if !dy.is_null() {
            *dy = 0;
        }
    }
}

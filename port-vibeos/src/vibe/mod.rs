//! The `vibe` module: VibeOS's kernel API (kapi v1) for Python, one file per area:
//! console and keyboard (console.rs), time (time.rs), screen drawing and `FrameBuffer`
//! (graphics.rs over canvas.rs), mouse, memory, processes and system information
//! (system.rs), desktop windows (window.rs), sound and network (net.rs).
//!
//! In: Python arguments, checked here (a wrong type is a TypeError, a value out of range a
//! ValueError) before anything reaches kapi. Out: kapi calls through `kernel_api`'s safe
//! wrapper; a NULL entry becomes OSError(ENOSYS), no display OSError(ENODEV), a kernel
//! failure OSError(EIO). Drawing is clipped to the surface (canvas.rs), so nothing Python
//! does writes outside the framebuffer. `help()` lists every function with its signature
//! (SIGNATURES; a unit test checks the list against the module's members).

mod canvas;
mod console;
mod graphics;
mod net;
mod system;
mod time;
mod window;

use crate::files::Errno;
use crate::pyfs::{os_error_of_type, port_data};
use kernel_api::{Kapi, KapiError};
use vm::builtins::args::{check_count, no_keywords};
use vm::builtins::bytes_methods::bytes_data;
use vm::interp::{ops, PyErr, PyResult, Vm};
use vm::modules::ModuleMember;
use vm::objects::dict::dict_set;
use vm::objects::exception;
use vm::objects::module::ModuleObj;
use vm::objects::str::str_of;
use vm::objects::Obj;
use vm::qstr::{self, Qstr};
use vm::value::Value;

/// A module function: checks its positional count (no keywords), then runs `$body` with
/// `$vm` and `$args` bound.
macro_rules! vibe_fn {
    ($static:ident, $name:ident, $min:expr, $max:expr, |$vm:ident, $args:ident| $body:expr) => {
        vm::builtin_fn!($static, vm::qstr::$name, |$vm: &mut vm::interp::Vm,
                                                   $args: &[vm::value::Value],
                                                   kw: &[vm::value::Value]|
         -> vm::interp::PyResult<
            vm::value::Value,
        > {
            $crate::vibe::check_args($vm, stringify!($name), $args, kw, $min, $max)?;
            $body
        });
    };
}
pub(crate) use vibe_fn;

/// Build the module on first import.
pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let module = vm::modules::make_module(vm, qstr::vibe, MEMBERS)?;
    let globals = Obj::<ModuleObj>::from_value(module)
        .map(|m| m.get().globals)
        .ok_or_else(|| vm.type_error("vibe: not a module"))?;
    for table in AREAS {
        for (name, member) in *table {
            let value = match member {
                ModuleMember::Function(f) => f.as_value(),
                ModuleMember::Int(i) => vm::objects::int::int_from_i64(vm, *i)?,
                ModuleMember::Float(f) => Value::from_f64(*f),
                ModuleMember::Str(q) => Value::from_qstr(*q),
            };
            dict_set(vm, globals, Value::from_qstr(*name), value)?;
        }
    }
    let fb_type = graphics::FRAMEBUFFER_TYPE.as_value();
    dict_set(vm, globals, Value::from_qstr(qstr::FrameBuffer), fb_type)?;
    Ok(module)
}

/// Every area's members.
static AREAS: &[&[(Qstr, ModuleMember)]] = &[
    console::MEMBERS,
    time::MEMBERS,
    graphics::MEMBERS,
    system::MEMBERS,
    window::MEMBERS,
    net::MEMBERS,
];

static MEMBERS: &[(Qstr, ModuleMember)] = &[(qstr::help, ModuleMember::Function(&HELP))];

vibe_fn!(HELP, help, 0, 0, |vm, _args| {
    let mut text = vm::objects::str::StrBuilder::new();
    text.push_str(vm, "vibe: the VibeOS kernel API (docs/VIBE.md)\n")?;
    for line in SIGNATURES {
        text.push_str(vm, "  ")?;
        text.push_str(vm, line)?;
        text.push_str(vm, "\n")?;
    }
    text.push_str(vm, "  class FrameBuffer(width, height): ")?;
    text.push_str(vm, graphics::FRAMEBUFFER_DOC)?;
    text.push_str(vm, "\n")?;
    let out = text.finish(vm)?;
    if let Some(s) = str_of(vm, out) {
        vm.hal.write_stdout(s.as_bytes());
    }
    Ok(Value::NONE)
});

/// `help()`'s listing: every function of the module with its signature and one line.
pub static SIGNATURES: &[&str] = &[
    "help() -> None: print this list",
    // console
    "putc(ch) -> None: one character (int 0-255 or 1-char str/bytes) to the console",
    "puts(text) -> None: a str or bytes to the console",
    "uart_puts(text) -> None: a str or bytes to the serial line",
    "print_int(n) -> None: kapi print_int (n fits a C int)",
    "print_hex(n) -> None: kapi print_hex (0 <= n < 2**32)",
    "clear() -> None: clear the console to the background colour, cursor to 0,0",
    "set_color(fg, bg) -> None: console colours (0xRRGGBB)",
    "set_cursor(row, col) -> None: move the console cursor (0-based)",
    "set_cursor_enabled(on) -> None: show or hide the cursor cell",
    "console_size() -> (rows, cols): (0, 0) without a display",
    "clear_to_eol() -> None: clear from the cursor to the end of the line",
    "clear_region(row, col, w, h) -> None: clear character cells",
    "has_key() -> bool: a key is waiting",
    "getc() -> int | None: the next key code, None if none waits (never blocks)",
    "wait_key() -> int: wait for a key; Ctrl+C raises KeyboardInterrupt",
    // time
    "sleep_ms(ms) -> None: sleep (10 ms ticks on VibeOS); Ctrl+C interrupts",
    "uptime_ms() -> int: milliseconds since boot (10 ms resolution)",
    "ticks() -> int: 100 Hz timer ticks since boot",
    "yield_() -> None: let other processes run",
    "wfi() -> None: wait for the next interrupt",
    "timestamp() -> int: Unix seconds (UTC)",
    "datetime() -> (year, month, day, hour, minute, second, weekday): UTC, Sunday = 0",
    // graphics
    "screen_size() -> (width, height): (0, 0) without a display",
    "has_display() -> bool",
    "rgb(r, g, b) -> int: 0xRRGGBB from three 0-255 values",
    "fill(color) -> None: the whole screen",
    "put_pixel(x, y, color) -> None: clipped",
    "get_pixel(x, y) -> int | None: None outside the screen",
    "fill_rect(x, y, w, h, color) -> None: clipped",
    "rect(x, y, w, h, color) -> None: one-pixel outline, clipped",
    "line(x0, y0, x1, y1, color) -> None: both ends included, clipped",
    "circle(cx, cy, r, color) -> None: outline, clipped",
    "fill_circle(cx, cy, r, color) -> None: disc, clipped",
    "draw_char(x, y, ch, fg, bg=None) -> None: one 8x16 glyph; bg None is transparent",
    "draw_string(x, y, text, fg, bg=None) -> None: 8x16 text, '\\n' starts a line below x",
    "blit(src, x, y, w=None, h=None, key=None) -> None: src a FrameBuffer or bytes/bytearray of w*h little-endian 0xRRGGBB pixels; key: transparent colour",
    "hw_double_buffer() -> bool: the display flips between two buffers (Pi)",
    "flip(buffer) -> None: show hardware buffer 0 or 1",
    // mouse
    "mouse_pos() -> (x, y): pixels",
    "mouse_buttons() -> int: BTN_LEFT | BTN_RIGHT | BTN_MIDDLE bits",
    "mouse_delta() -> (dx, dy): raw motion since the last call",
    "mouse_poll() -> None: let the mouse driver update",
    "mouse_set_pos(x, y) -> None",
    // memory
    "mem_free() -> int: free kernel heap bytes",
    "mem_used() -> int: used kernel heap bytes",
    "ram_total() -> int: RAM bytes",
    "heap_range() -> (start, end): kernel heap addresses",
    "alloc_count() -> int: live kernel allocations",
    "stack_ptr() -> int: the kernel's view of the stack pointer",
    // processes
    "exit(status=0) -> raises SystemExit(status): the program ends cleanly",
    "exec(path, *args) -> int: run a program and wait; its exit status (-1: cannot start)",
    "spawn(path) -> int: start a program without waiting; its pid",
    "kill(pid) -> None: OSError if it fails",
    "ps() -> [(slot, name, state)]: used process slots; state 1 ready, 2 running",
    "process_count() -> int: ready + running processes",
    // system information
    "kapi_version() -> int",
    "cpu_name() -> str",
    "cpu_freq_mhz() -> int",
    "cpu_cores() -> int",
    "disk_total() -> int: as the kernel reports it",
    "disk_free() -> int: as the kernel reports it",
    "klog(max_bytes=65536) -> str: the kernel log (its last max_bytes bytes)",
    "usb_devices() -> [(vendor_id, product_id, name)]",
    "led_on() -> None",
    "led_off() -> None",
    "led_toggle() -> None",
    "led_status() -> bool",
    // windows
    "window_create(x, y, w, h, title) -> int: a desktop window id (OSError without the desktop)",
    "window_destroy(wid) -> None",
    "window_poll(wid) -> (type, data1, data2, data3) | None: the next EVENT_* event",
    "window_size(wid) -> (w, h): the content size",
    "window_show(wid, fb, x=0, y=0) -> None: copy a FrameBuffer into the window, then redraw it",
    "window_set_title(wid, title) -> None",
    // sound
    "sound_play_wav(data) -> None: a WAV file image (bytes), blocking",
    "sound_play_pcm(data, channels, rate) -> None: S16LE samples (bytes), blocking",
    "sound_stop() -> None",
    "sound_pause() -> None",
    "sound_resume() -> None",
    "sound_is_playing() -> bool",
    "sound_is_paused() -> bool",
    // network
    "net_ip() -> str: dotted IPv4 address",
    "net_mac() -> str: aa:bb:cc:dd:ee:ff",
    "net_poll() -> None: process received packets",
    "dns_resolve(hostname) -> str: dotted address (OSError if it fails)",
    "ping(ip, seq=0, timeout_ms=1000) -> int: round trip in ms (OSError on timeout)",
    "tcp_connect(ip, port) -> int: a socket",
    "tcp_send(sock, data) -> int: bytes sent",
    "tcp_recv(sock, max_bytes) -> bytes: b'' if nothing yet; OSError when closed",
    "tcp_close(sock) -> None",
    "tcp_is_connected(sock) -> bool",
    "tls_connect(ip, port, hostname) -> int: a TLS socket (no certificate check)",
    "tls_send(sock, data) -> int",
    "tls_recv(sock, max_bytes) -> bytes",
    "tls_close(sock) -> None",
    "tls_is_connected(sock) -> bool",
    "dma_available() -> bool",
];

// ---- argument checking --------------------------------------------------------------

/// No keywords and `min..=max` positional arguments.
pub fn check_args(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_keywords(vm, name, kw)?;
    check_count(vm, name, args, min, max)
}

/// Positional argument `i` (None when absent).
pub fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::NONE)
}

/// An int argument (TypeError for other types).
pub fn int(vm: &mut Vm, v: Value) -> PyResult<i64> {
    ops::index_value(vm, v)
}

/// An int argument that must lie in `range`, else ValueError naming `what`.
pub fn int_in(vm: &mut Vm, v: Value, what: &str, min: i64, max: i64) -> PyResult<i64> {
    let n = ops::index_value(vm, v)?;
    if (min..=max).contains(&n) {
        return Ok(n);
    }
    Err(vm.new_exception_fmt(
        &exception::VALUE_ERROR,
        format_args!("{} must be in {}..{}", what, min, max),
    ))
}

/// A coordinate or size: any int, clamped to the i32 range (drawing clips anyway).
pub fn coord(vm: &mut Vm, v: Value) -> PyResult<i32> {
    let n = if vm::objects::int::is_int(v) {
        ops::index_value_clamped(vm, v)?
    } else {
        ops::index_value(vm, v)?
    };
    Ok(n.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32)
}

/// A colour 0x000000..=0xFFFFFF.
pub fn color(vm: &mut Vm, v: Value) -> PyResult<u32> {
    Ok(int_in(vm, v, "color", 0, 0xFF_FFFF)? as u32)
}

/// A colour, or None.
pub fn opt_color(vm: &mut Vm, v: Value) -> PyResult<Option<u32>> {
    if v.is_none() {
        return Ok(None);
    }
    color(vm, v).map(Some)
}

/// The bytes of a str (UTF-8) or bytes-like argument, else TypeError.
pub fn text_arg<'a>(vm: &mut Vm, v: Value, fname: &str) -> PyResult<&'a [u8]> {
    if let Some(s) = str_of(vm, v) {
        return Ok(s.as_bytes());
    }
    if let Some(b) = bytes_data(v) {
        return Ok(b);
    }
    let type_name = vm.type_name(v);
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("{}() expected str or bytes, not {}", fname, type_name),
    ))
}

/// The bytes of a bytes-like argument, else TypeError.
pub fn bytes_arg<'a>(vm: &mut Vm, v: Value, fname: &str) -> PyResult<&'a [u8]> {
    if let Some(b) = bytes_data(v) {
        return Ok(b);
    }
    let type_name = vm.type_name(v);
    Err(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("{}() expected bytes or bytearray, not {}", fname, type_name),
    ))
}

// ---- results -------------------------------------------------------------------------

pub fn int_value(vm: &mut Vm, n: i64) -> PyResult<Value> {
    vm::objects::int::int_from_i64(vm, n)
}

pub fn pair(vm: &mut Vm, a: i64, b: i64) -> PyResult<Value> {
    let (a, b) = (int_value(vm, a)?, int_value(vm, b)?);
    vm::objects::tuple::new_tuple(vm, &[a, b])
}

// ---- kapi ----------------------------------------------------------------------------

/// The kapi table the port runs over.
pub fn kapi(vm: &mut Vm) -> PyResult<Kapi<'static>> {
    match port_data(vm) {
        Some(data) => Ok(data.files.kapi()),
        None => Err(vm.new_exception(&exception::OS_ERROR, "vibe: no kernel API")),
    }
}

/// The Python exception for a failed kapi call.
pub fn kapi_error(vm: &mut Vm, e: KapiError) -> PyErr {
    let errno = match e {
        KapiError::Missing(_) => Errno::ENOSYS,
        KapiError::NoFramebuffer => Errno::ENODEV,
        KapiError::NotFound => Errno::ENOENT,
        KapiError::TooLong => Errno::ENAMETOOLONG,
        KapiError::Failed => Errno::EIO,
        KapiError::OutOfMemory => return vm.memory_error(),
        KapiError::InteriorNul => return vm.value_error("embedded null byte"),
        KapiError::InvalidArgument => return vm.value_error("invalid argument"),
    };
    let detail = match e {
        KapiError::Missing(entry) => entry,
        _ => errno.message(),
    };
    let ty = crate::pyfs::error_type(errno);
    let err = os_error_of_type(vm, ty, errno, Value::NULL, Value::NULL);
    // A missing entry names itself in the message: `[Errno 38] ... (window_create)`.
    if let KapiError::Missing(_) = e {
        let _ = set_strerror(vm, err, errno, detail);
    }
    err
}

/// Replace the OSError's `strerror` (and args) with "`message` (`entry`)".
fn set_strerror(vm: &mut Vm, err: PyErr, errno: Errno, entry: &str) -> PyResult<()> {
    let mut text = vm::objects::str::StrBuilder::new();
    text.push_fmt(vm, format_args!("{}: {}", errno.message(), entry))?;
    let message = text.finish(vm)?;
    let code = Value::small_int_unchecked(i64::from(errno.code()));
    let args = vm::objects::tuple::new_tuple(vm, &[code, message])?;
    vm::interp::attr::store_attr(vm, err.0, qstr::args, args)?;
    vm::interp::attr::store_attr(vm, err.0, qstr::strerror, message)
}

/// Map a kapi result into Python.
pub trait OrRaise<T> {
    fn or_raise(self, vm: &mut Vm) -> PyResult<T>;
}

impl<T> OrRaise<T> for Result<T, KapiError> {
    fn or_raise(self, vm: &mut Vm) -> PyResult<T> {
        self.map_err(|e| kapi_error(vm, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(q: Qstr) -> &'static str {
        vm::qstr::TABLE.get(q.0 as usize).map_or("", |e| e.0)
    }

    #[test]
    fn every_function_has_a_signature_and_every_signature_a_function() {
        let mut functions: std::vec::Vec<&str> = MEMBERS
            .iter()
            .chain(AREAS.iter().flat_map(|t| t.iter()))
            .filter(|(_, m)| matches!(m, ModuleMember::Function(_)))
            .map(|(q, _)| name(*q))
            .collect();
        functions.sort_unstable();
        let mut listed: std::vec::Vec<&str> = SIGNATURES
            .iter()
            .map(|s| s.split('(').next().unwrap_or(""))
            .collect();
        listed.sort_unstable();
        assert_eq!(functions, listed);
    }
}

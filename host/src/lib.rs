//! The Linux kapi host behind `vibepy`: a kapi v1 table whose entries are backed by std
//! (console on stdout, keys from stdin in raw mode, files under a root directory, memory,
//! clock, an in-memory framebuffer savable as PNG), plus the platform hooks kapi v1 lacks
//! (microsecond clock, interrupt flag, error stream, end of input). The port runs over this
//! table exactly as over VibeOS's.

mod clock;
mod console;
mod entries;
pub mod files;
mod font;
mod framebuffer;
mod input;
mod memory;
mod terminal;

use kernel_api::{KApi, KAPI_VERSION};
use std::path::PathBuf;
use std::sync::OnceLock;

/// What `install` sets up.
#[derive(Clone, Debug)]
pub struct HostConfig {
    /// Host directory the program sees as `/`.
    pub root: PathBuf,
    /// The program's starting directory, absolute within `root`.
    pub cwd: Vec<u8>,
    pub fb_width: u32,
    pub fb_height: u32,
    /// Fill the `stdio_*` entries, as the VibeOS desktop terminal does (default: NULL, as
    /// in the plain shell).
    pub stdio_hooks: bool,
}

impl Default for HostConfig {
    /// Root `/`, cwd = the process's current directory, a 640x480 framebuffer.
    fn default() -> Self {
        let cwd = std::env::current_dir()
            .map(|dir| std::os::unix::ffi::OsStrExt::as_bytes(dir.as_os_str()).to_vec())
            .unwrap_or_else(|_| b"/".to_vec());
        HostConfig {
            root: PathBuf::from("/"),
            cwd,
            fb_width: 640,
            fb_height: 480,
            stdio_hooks: false,
        }
    }
}

static TABLE: OnceLock<KApi> = OnceLock::new();

/// Set up the host (files, framebuffer, signal handlers, panic hook) and return its kapi
/// table. The first call decides; later calls return the same table.
pub fn install(config: HostConfig) -> &'static KApi {
    TABLE.get_or_init(|| {
        terminal::install_handlers();
        // SAFETY: registering a handler that only flushes stdout and resets the terminal.
        unsafe { libc::atexit(at_exit) };
        entries::set_file_system(files::FileSystem::new(config.root.clone(), &config.cwd));
        let fb = framebuffer::init(config.fb_width, config.fb_height);
        entries::center_mouse(fb.width, fb.height);
        build_table(&config, fb)
    })
}

fn build_table(config: &HostConfig, fb: &'static framebuffer::Framebuffer) -> KApi {
    use entries::*;
    let mut t = KApi::empty();
    t.version = KAPI_VERSION;
    t.putc = Some(putc);
    t.puts = Some(puts);
    t.uart_puts = Some(uart_puts);
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
    t.exec = Some(exec);
    t.exec_args = Some(exec_args);
    t.r#yield = Some(yield_now);
    t.spawn = Some(exec);
    t.spawn_args = Some(exec_args);
    t.console_rows = Some(console_rows);
    t.console_cols = Some(console_cols);
    t.fb_base = fb.base();
    t.fb_width = fb.width;
    t.fb_height = fb.height;
    t.fb_put_pixel = Some(fb_put_pixel);
    t.fb_fill_rect = Some(fb_fill_rect);
    t.fb_draw_char = Some(fb_draw_char);
    t.fb_draw_string = Some(fb_draw_string);
    t.font_data = font::font().as_ptr();
    t.mouse_get_pos = Some(mouse_get_pos);
    t.mouse_get_buttons = Some(mouse_get_buttons);
    t.mouse_poll = Some(mouse_poll);
    t.mouse_set_pos = Some(mouse_set_pos);
    t.mouse_get_delta = Some(mouse_get_delta);
    if config.stdio_hooks {
        t.stdio_putc = Some(putc);
        t.stdio_puts = Some(puts);
        t.stdio_getc = Some(getc);
        t.stdio_has_key = Some(has_key);
    }
    t.get_uptime_ticks = Some(get_uptime_ticks);
    t.get_mem_used = Some(get_mem_used);
    t.get_mem_free = Some(get_mem_free);
    t.get_timestamp = Some(get_timestamp);
    t.get_datetime = Some(get_datetime);
    t.wfi = Some(wfi);
    t.sleep_ms = Some(sleep_ms);
    t.get_process_count = Some(get_process_count);
    t.get_process_info = Some(get_process_info);
    t.get_disk_total = Some(get_zero_int);
    t.get_disk_free = Some(get_zero_int);
    t.get_ram_total = Some(get_ram_total);
    t.get_heap_start = Some(get_zero_u64);
    t.get_heap_end = Some(get_zero_u64);
    t.get_stack_ptr = Some(get_stack_ptr);
    t.get_alloc_count = Some(get_alloc_count);
    t.kill_process = Some(kill_process);
    t.get_cpu_name = Some(get_cpu_name);
    t.get_cpu_freq_mhz = Some(get_zero_u32);
    t.get_cpu_cores = Some(get_cpu_cores);
    t.usb_device_count = Some(get_zero_int);
    t.usb_device_info = Some(usb_device_info);
    t.klog_read = Some(klog_read);
    t.klog_size = Some(klog_size);
    t.fb_has_hw_double_buffer = Some(get_zero_int);
    t.fb_flip = Some(fb_flip);
    t.fb_get_backbuffer = Some(fb_get_backbuffer);
    t
}

/// Buffered console output and the terminal settings survive a plain return from `main`.
extern "C" fn at_exit() {
    console::flush();
    terminal::restore();
}

/// Where `exit` saves the framebuffer as a PNG (`vibepy --fb-png OUT`), if anywhere.
static PNG_AT_EXIT: OnceLock<PathBuf> = OnceLock::new();

/// Save the framebuffer to `path` when the program ends (the first call decides).
pub fn save_png_at_exit(path: PathBuf) {
    let _ = PNG_AT_EXIT.set(path);
}

/// Flush output, give the terminal back, save the framebuffer if asked, and end the
/// process. A PNG that cannot be written turns a successful status into 1.
pub fn exit(status: i32) -> ! {
    console::flush();
    terminal::restore();
    let mut status = status;
    if let Some(path) = PNG_AT_EXIT.get() {
        if let Err(e) = save_png(path) {
            eprintln!("vibepy: cannot write {}: {}", path.display(), e);
            if status == 0 {
                status = 1;
            }
        }
    }
    std::process::exit(status)
}

/// Write the framebuffer to a PNG file.
pub fn save_png(path: &std::path::Path) -> std::io::Result<()> {
    framebuffer::get()
        .ok_or_else(|| std::io::Error::other("host not installed"))?
        .save_png(path)
}

/// The platform hooks kapi v1 lacks, for the port.
pub mod hooks {
    /// Microseconds since start, monotonic.
    pub fn monotonic_us() -> u64 {
        crate::clock::monotonic_us()
    }

    /// Take the interrupt-pending flag (SIGINT, or Ctrl+C typed while code runs).
    pub fn take_interrupt() -> bool {
        crate::input::take_interrupt()
    }

    /// Ctrl+C raises the interrupt flag (true, while code runs) or arrives as key 3 (false,
    /// while the REPL edits a line).
    pub fn set_interrupt_char(enabled: bool) {
        crate::input::set_interrupt_char(enabled);
    }

    /// Stdin's bytes are queued exactly as read (true) or decoded into keys (false).
    pub fn set_raw_input(enabled: bool) {
        crate::input::set_raw_input(enabled);
    }

    /// The error stream (stderr).
    pub fn write_error(bytes: &[u8]) {
        crate::console::write_error(bytes);
    }

    /// Stdin has ended and every key before the end has been read.
    pub fn input_eof() -> bool {
        crate::input::input_eof()
    }

    /// Push buffered console output out.
    pub fn flush_output() {
        crate::console::flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drawing_entries_clip_and_skip_partial_glyphs() {
        let fb = framebuffer::init(640, 480);
        // SAFETY: entries take plain values.
        unsafe {
            entries::fb_fill_rect(630, 470, 100, 100, 0x123456);
            entries::fb_put_pixel(640, 0, 0xffffff);
            entries::fb_draw_char(636, 0, b'A' as std::ffi::c_char, 0xffffff, 0x00ff00);
            entries::fb_draw_char(0, 0, b' ' as std::ffi::c_char, 0xffffff, 0x00ff00);
        }
        let pixels = fb.snapshot();
        assert_eq!(pixels[479 * 640 + 639], 0x123456);
        assert_eq!(pixels[469 * 640 + 639], 0);
        assert_eq!(pixels[639], 0);
        assert_eq!(pixels[0], 0x00ff00);
        assert_eq!(pixels[15 * 640 + 7], 0x00ff00);
        assert_eq!(pixels[16 * 640], 0);
    }
}

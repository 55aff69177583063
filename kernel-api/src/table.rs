//! The kapi v1 table exactly as KAPI.md lays it out: one `#[repr(C)]` field per row, in row
//! order, so that a `*const KApi` handed over by VibeOS in x0 can be read field by field.
//! Every function entry is nullable (`Option<unsafe extern "C" fn>` has the C pointer's
//! layout, with `None` as NULL). Nothing here is called; `crate::Kapi` wraps the calls.

use core::ffi::{c_char, c_int, c_void};

/// Version number VibeOS stores in `KApi::version` for the table below.
pub const KAPI_VERSION: u32 = 1;

/// `kapi_t` (KAPI.md "The table"): 126 entries, 1000 bytes on LP64.
#[repr(C)]
pub struct KApi {
    /// #0, offset 0.
    pub version: u32,
    /// #1, offset 8.
    pub putc: Option<unsafe extern "C" fn(c: c_char)>,
    /// #2, offset 16.
    pub puts: Option<unsafe extern "C" fn(s: *const c_char)>,
    /// #3, offset 24.
    pub uart_puts: Option<unsafe extern "C" fn(s: *const c_char)>,
    /// #4, offset 32.
    pub getc: Option<unsafe extern "C" fn() -> c_int>,
    /// #5, offset 40.
    pub set_color: Option<unsafe extern "C" fn(fg: u32, bg: u32)>,
    /// #6, offset 48.
    pub clear: Option<unsafe extern "C" fn()>,
    /// #7, offset 56.
    pub set_cursor: Option<unsafe extern "C" fn(row: c_int, col: c_int)>,
    /// #8, offset 64.
    pub set_cursor_enabled: Option<unsafe extern "C" fn(enabled: c_int)>,
    /// #9, offset 72.
    pub print_int: Option<unsafe extern "C" fn(n: c_int)>,
    /// #10, offset 80.
    pub print_hex: Option<unsafe extern "C" fn(n: u32)>,
    /// #11, offset 88.
    pub clear_to_eol: Option<unsafe extern "C" fn()>,
    /// #12, offset 96.
    pub clear_region: Option<unsafe extern "C" fn(row: c_int, col: c_int, w: c_int, h: c_int)>,
    /// #13, offset 104.
    pub has_key: Option<unsafe extern "C" fn() -> c_int>,
    /// #14, offset 112.
    pub malloc: Option<unsafe extern "C" fn(size: usize) -> *mut c_void>,
    /// #15, offset 120.
    pub free: Option<unsafe extern "C" fn(ptr: *mut c_void)>,
    /// #16, offset 128.
    pub open: Option<unsafe extern "C" fn(path: *const c_char) -> *mut c_void>,
    /// #17, offset 136.
    pub close: Option<unsafe extern "C" fn(file: *mut c_void)>,
    /// #18, offset 144.
    pub read: Option<
        unsafe extern "C" fn(
            file: *mut c_void,
            buf: *mut c_char,
            size: usize,
            offset: usize,
        ) -> c_int,
    >,
    /// #19, offset 152.
    pub write:
        Option<unsafe extern "C" fn(file: *mut c_void, buf: *const c_char, size: usize) -> c_int>,
    /// #20, offset 160.
    pub is_dir: Option<unsafe extern "C" fn(node: *mut c_void) -> c_int>,
    /// #21, offset 168.
    pub file_size: Option<unsafe extern "C" fn(node: *mut c_void) -> c_int>,
    /// #22, offset 176.
    pub create: Option<unsafe extern "C" fn(path: *const c_char) -> *mut c_void>,
    /// #23, offset 184.
    pub mkdir: Option<unsafe extern "C" fn(path: *const c_char) -> *mut c_void>,
    /// #24, offset 192.
    pub delete: Option<unsafe extern "C" fn(path: *const c_char) -> c_int>,
    /// #25, offset 200.
    pub delete_dir: Option<unsafe extern "C" fn(path: *const c_char) -> c_int>,
    /// #26, offset 208.
    pub delete_recursive: Option<unsafe extern "C" fn(path: *const c_char) -> c_int>,
    /// #27, offset 216.
    pub rename: Option<unsafe extern "C" fn(path: *const c_char, newname: *const c_char) -> c_int>,
    /// #28, offset 224.
    pub readdir: Option<
        unsafe extern "C" fn(
            dir: *mut c_void,
            index: c_int,
            name: *mut c_char,
            name_size: usize,
            entry_type: *mut u8,
        ) -> c_int,
    >,
    /// #29, offset 232.
    pub set_cwd: Option<unsafe extern "C" fn(path: *const c_char) -> c_int>,
    /// #30, offset 240.
    pub get_cwd: Option<unsafe extern "C" fn(buf: *mut c_char, size: usize) -> c_int>,
    /// #31, offset 248.
    pub exit: Option<unsafe extern "C" fn(status: c_int)>,
    /// #32, offset 256.
    pub exec: Option<unsafe extern "C" fn(path: *const c_char) -> c_int>,
    /// #33, offset 264.
    pub exec_args: Option<
        unsafe extern "C" fn(path: *const c_char, argc: c_int, argv: *mut *mut c_char) -> c_int,
    >,
    /// #34, offset 272.
    pub r#yield: Option<unsafe extern "C" fn()>,
    /// #35, offset 280.
    pub spawn: Option<unsafe extern "C" fn(path: *const c_char) -> c_int>,
    /// #36, offset 288.
    pub spawn_args: Option<
        unsafe extern "C" fn(path: *const c_char, argc: c_int, argv: *mut *mut c_char) -> c_int,
    >,
    /// #37, offset 296.
    pub console_rows: Option<unsafe extern "C" fn() -> c_int>,
    /// #38, offset 304.
    pub console_cols: Option<unsafe extern "C" fn() -> c_int>,
    /// #39, offset 312.
    pub fb_base: *mut u32,
    /// #40, offset 320.
    pub fb_width: u32,
    /// #41, offset 324.
    pub fb_height: u32,
    /// #42, offset 328.
    pub fb_put_pixel: Option<unsafe extern "C" fn(x: u32, y: u32, color: u32)>,
    /// #43, offset 336.
    pub fb_fill_rect: Option<unsafe extern "C" fn(x: u32, y: u32, w: u32, h: u32, color: u32)>,
    /// #44, offset 344.
    pub fb_draw_char: Option<unsafe extern "C" fn(x: u32, y: u32, c: c_char, fg: u32, bg: u32)>,
    /// #45, offset 352.
    pub fb_draw_string:
        Option<unsafe extern "C" fn(x: u32, y: u32, s: *const c_char, fg: u32, bg: u32)>,
    /// #46, offset 360.
    pub font_data: *const u8,
    /// #47, offset 368.
    pub mouse_get_pos: Option<unsafe extern "C" fn(x: *mut c_int, y: *mut c_int)>,
    /// #48, offset 376.
    pub mouse_get_buttons: Option<unsafe extern "C" fn() -> u8>,
    /// #49, offset 384.
    pub mouse_poll: Option<unsafe extern "C" fn()>,
    /// #50, offset 392.
    pub mouse_set_pos: Option<unsafe extern "C" fn(x: c_int, y: c_int)>,
    /// #51, offset 400.
    pub mouse_get_delta: Option<unsafe extern "C" fn(dx: *mut c_int, dy: *mut c_int)>,
    /// #52, offset 408.
    pub window_create: Option<
        unsafe extern "C" fn(x: c_int, y: c_int, w: c_int, h: c_int, title: *const c_char) -> c_int,
    >,
    /// #53, offset 416.
    pub window_destroy: Option<unsafe extern "C" fn(wid: c_int)>,
    /// #54, offset 424.
    pub window_get_buffer:
        Option<unsafe extern "C" fn(wid: c_int, w: *mut c_int, h: *mut c_int) -> *mut u32>,
    /// #55, offset 432.
    pub window_poll_event: Option<
        unsafe extern "C" fn(
            wid: c_int,
            event_type: *mut c_int,
            data1: *mut c_int,
            data2: *mut c_int,
            data3: *mut c_int,
        ) -> c_int,
    >,
    /// #56, offset 440.
    pub window_invalidate: Option<unsafe extern "C" fn(wid: c_int)>,
    /// #57, offset 448.
    pub window_set_title: Option<unsafe extern "C" fn(wid: c_int, title: *const c_char)>,
    /// #58, offset 456.
    pub stdio_putc: Option<unsafe extern "C" fn(c: c_char)>,
    /// #59, offset 464.
    pub stdio_puts: Option<unsafe extern "C" fn(s: *const c_char)>,
    /// #60, offset 472.
    pub stdio_getc: Option<unsafe extern "C" fn() -> c_int>,
    /// #61, offset 480.
    pub stdio_has_key: Option<unsafe extern "C" fn() -> c_int>,
    /// #62, offset 488.
    pub get_uptime_ticks: Option<unsafe extern "C" fn() -> u64>,
    /// #63, offset 496.
    pub get_mem_used: Option<unsafe extern "C" fn() -> usize>,
    /// #64, offset 504.
    pub get_mem_free: Option<unsafe extern "C" fn() -> usize>,
    /// #65, offset 512.
    pub get_timestamp: Option<unsafe extern "C" fn() -> u32>,
    /// #66, offset 520.
    pub get_datetime: Option<
        unsafe extern "C" fn(
            year: *mut c_int,
            month: *mut c_int,
            day: *mut c_int,
            hour: *mut c_int,
            minute: *mut c_int,
            second: *mut c_int,
            weekday: *mut c_int,
        ),
    >,
    /// #67, offset 528.
    pub wfi: Option<unsafe extern "C" fn()>,
    /// #68, offset 536.
    pub sleep_ms: Option<unsafe extern "C" fn(ms: u32)>,
    /// #69, offset 544.
    pub sound_play_wav: Option<unsafe extern "C" fn(data: *const c_void, size: u32) -> c_int>,
    /// #70, offset 552.
    pub sound_stop: Option<unsafe extern "C" fn()>,
    /// #71, offset 560.
    pub sound_is_playing: Option<unsafe extern "C" fn() -> c_int>,
    /// #72, offset 568.
    pub sound_play_pcm: Option<
        unsafe extern "C" fn(
            data: *const c_void,
            samples: u32,
            channels: u8,
            sample_rate: u32,
        ) -> c_int,
    >,
    /// #73, offset 576.
    pub sound_play_pcm_async: Option<
        unsafe extern "C" fn(
            data: *const c_void,
            samples: u32,
            channels: u8,
            sample_rate: u32,
        ) -> c_int,
    >,
    /// #74, offset 584.
    pub sound_pause: Option<unsafe extern "C" fn()>,
    /// #75, offset 592.
    pub sound_resume: Option<unsafe extern "C" fn() -> c_int>,
    /// #76, offset 600.
    pub sound_is_paused: Option<unsafe extern "C" fn() -> c_int>,
    /// #77, offset 608.
    pub get_process_count: Option<unsafe extern "C" fn() -> c_int>,
    /// #78, offset 616.
    pub get_process_info: Option<
        unsafe extern "C" fn(
            index: c_int,
            name: *mut c_char,
            name_size: c_int,
            state: *mut c_int,
        ) -> c_int,
    >,
    /// #79, offset 624.
    pub get_disk_total: Option<unsafe extern "C" fn() -> c_int>,
    /// #80, offset 632.
    pub get_disk_free: Option<unsafe extern "C" fn() -> c_int>,
    /// #81, offset 640.
    pub get_ram_total: Option<unsafe extern "C" fn() -> usize>,
    /// #82, offset 648.
    pub get_heap_start: Option<unsafe extern "C" fn() -> u64>,
    /// #83, offset 656.
    pub get_heap_end: Option<unsafe extern "C" fn() -> u64>,
    /// #84, offset 664.
    pub get_stack_ptr: Option<unsafe extern "C" fn() -> u64>,
    /// #85, offset 672.
    pub get_alloc_count: Option<unsafe extern "C" fn() -> c_int>,
    /// #86, offset 680.
    pub net_ping: Option<unsafe extern "C" fn(ip: u32, seq: u16, timeout_ms: u32) -> c_int>,
    /// #87, offset 688.
    pub net_poll: Option<unsafe extern "C" fn()>,
    /// #88, offset 696.
    pub net_get_ip: Option<unsafe extern "C" fn() -> u32>,
    /// #89, offset 704.
    pub net_get_mac: Option<unsafe extern "C" fn(mac: *mut u8)>,
    /// #90, offset 712.
    pub dns_resolve: Option<unsafe extern "C" fn(hostname: *const c_char) -> u32>,
    /// #91, offset 720.
    pub tcp_connect: Option<unsafe extern "C" fn(ip: u32, port: u16) -> c_int>,
    /// #92, offset 728.
    pub tcp_send: Option<unsafe extern "C" fn(sock: c_int, data: *const c_void, len: u32) -> c_int>,
    /// #93, offset 736.
    pub tcp_recv: Option<unsafe extern "C" fn(sock: c_int, buf: *mut c_void, maxlen: u32) -> c_int>,
    /// #94, offset 744.
    pub tcp_close: Option<unsafe extern "C" fn(sock: c_int)>,
    /// #95, offset 752.
    pub tcp_is_connected: Option<unsafe extern "C" fn(sock: c_int) -> c_int>,
    /// #96, offset 760.
    pub tls_connect:
        Option<unsafe extern "C" fn(ip: u32, port: u16, hostname: *const c_char) -> c_int>,
    /// #97, offset 768.
    pub tls_send: Option<unsafe extern "C" fn(sock: c_int, data: *const c_void, len: u32) -> c_int>,
    /// #98, offset 776.
    pub tls_recv: Option<unsafe extern "C" fn(sock: c_int, buf: *mut c_void, maxlen: u32) -> c_int>,
    /// #99, offset 784.
    pub tls_close: Option<unsafe extern "C" fn(sock: c_int)>,
    /// #100, offset 792.
    pub tls_is_connected: Option<unsafe extern "C" fn(sock: c_int) -> c_int>,
    /// #101, offset 800.
    pub ttf_get_glyph:
        Option<unsafe extern "C" fn(codepoint: c_int, size: c_int, style: c_int) -> *mut c_void>,
    /// #102, offset 808.
    pub ttf_get_advance: Option<unsafe extern "C" fn(codepoint: c_int, size: c_int) -> c_int>,
    /// #103, offset 816.
    pub ttf_get_kerning: Option<unsafe extern "C" fn(cp1: c_int, cp2: c_int, size: c_int) -> c_int>,
    /// #104, offset 824.
    pub ttf_get_metrics: Option<
        unsafe extern "C" fn(
            size: c_int,
            ascent: *mut c_int,
            descent: *mut c_int,
            line_gap: *mut c_int,
        ),
    >,
    /// #105, offset 832.
    pub ttf_is_ready: Option<unsafe extern "C" fn() -> c_int>,
    /// #106, offset 840.
    pub led_on: Option<unsafe extern "C" fn()>,
    /// #107, offset 848.
    pub led_off: Option<unsafe extern "C" fn()>,
    /// #108, offset 856.
    pub led_toggle: Option<unsafe extern "C" fn()>,
    /// #109, offset 864.
    pub led_status: Option<unsafe extern "C" fn() -> c_int>,
    /// #110, offset 872.
    pub kill_process: Option<unsafe extern "C" fn(pid: c_int) -> c_int>,
    /// #111, offset 880.
    pub get_cpu_name: Option<unsafe extern "C" fn() -> *const c_char>,
    /// #112, offset 888.
    pub get_cpu_freq_mhz: Option<unsafe extern "C" fn() -> u32>,
    /// #113, offset 896.
    pub get_cpu_cores: Option<unsafe extern "C" fn() -> c_int>,
    /// #114, offset 904.
    pub usb_device_count: Option<unsafe extern "C" fn() -> c_int>,
    /// #115, offset 912.
    pub usb_device_info: Option<
        unsafe extern "C" fn(
            idx: c_int,
            vid: *mut u16,
            pid: *mut u16,
            name: *mut c_char,
            name_len: c_int,
        ) -> c_int,
    >,
    /// #116, offset 920.
    pub klog_read:
        Option<unsafe extern "C" fn(buf: *mut c_char, offset: usize, size: usize) -> usize>,
    /// #117, offset 928.
    pub klog_size: Option<unsafe extern "C" fn() -> usize>,
    /// #118, offset 936.
    pub fb_has_hw_double_buffer: Option<unsafe extern "C" fn() -> c_int>,
    /// #119, offset 944.
    pub fb_flip: Option<unsafe extern "C" fn(buffer: c_int) -> c_int>,
    /// #120, offset 952.
    pub fb_get_backbuffer: Option<unsafe extern "C" fn() -> *mut u32>,
    /// #121, offset 960.
    pub dma_available: Option<unsafe extern "C" fn() -> c_int>,
    /// #122, offset 968.
    pub dma_copy:
        Option<unsafe extern "C" fn(dst: *mut c_void, src: *const c_void, len: u32) -> c_int>,
    /// #123, offset 976.
    pub dma_copy_2d: Option<
        unsafe extern "C" fn(
            dst: *mut c_void,
            dst_pitch: u32,
            src: *const c_void,
            src_pitch: u32,
            width: u32,
            height: u32,
        ) -> c_int,
    >,
    /// #124, offset 984.
    pub dma_fb_copy: Option<
        unsafe extern "C" fn(dst: *mut u32, src: *const u32, width: u32, height: u32) -> c_int,
    >,
    /// #125, offset 992.
    pub dma_fill: Option<unsafe extern "C" fn(dst: *mut c_void, value: u32, len: u32) -> c_int>,
}

// SAFETY: the table is plain data that nobody mutates after it has been handed over; the raw
// pointers it holds are only dereferenced by `unsafe` code that states its own conditions.
unsafe impl Sync for KApi {}
// SAFETY: as above, moving the table between threads moves only addresses.
unsafe impl Send for KApi {}

impl KApi {
    /// A table with every entry NULL and no framebuffer: the starting point for a host that
    /// fills in the entries it offers.
    pub const fn empty() -> KApi {
        KApi {
            version: 0,
            putc: None,
            puts: None,
            uart_puts: None,
            getc: None,
            set_color: None,
            clear: None,
            set_cursor: None,
            set_cursor_enabled: None,
            print_int: None,
            print_hex: None,
            clear_to_eol: None,
            clear_region: None,
            has_key: None,
            malloc: None,
            free: None,
            open: None,
            close: None,
            read: None,
            write: None,
            is_dir: None,
            file_size: None,
            create: None,
            mkdir: None,
            delete: None,
            delete_dir: None,
            delete_recursive: None,
            rename: None,
            readdir: None,
            set_cwd: None,
            get_cwd: None,
            exit: None,
            exec: None,
            exec_args: None,
            r#yield: None,
            spawn: None,
            spawn_args: None,
            console_rows: None,
            console_cols: None,
            fb_base: core::ptr::null_mut(),
            fb_width: 0,
            fb_height: 0,
            fb_put_pixel: None,
            fb_fill_rect: None,
            fb_draw_char: None,
            fb_draw_string: None,
            font_data: core::ptr::null(),
            mouse_get_pos: None,
            mouse_get_buttons: None,
            mouse_poll: None,
            mouse_set_pos: None,
            mouse_get_delta: None,
            window_create: None,
            window_destroy: None,
            window_get_buffer: None,
            window_poll_event: None,
            window_invalidate: None,
            window_set_title: None,
            stdio_putc: None,
            stdio_puts: None,
            stdio_getc: None,
            stdio_has_key: None,
            get_uptime_ticks: None,
            get_mem_used: None,
            get_mem_free: None,
            get_timestamp: None,
            get_datetime: None,
            wfi: None,
            sleep_ms: None,
            sound_play_wav: None,
            sound_stop: None,
            sound_is_playing: None,
            sound_play_pcm: None,
            sound_play_pcm_async: None,
            sound_pause: None,
            sound_resume: None,
            sound_is_paused: None,
            get_process_count: None,
            get_process_info: None,
            get_disk_total: None,
            get_disk_free: None,
            get_ram_total: None,
            get_heap_start: None,
            get_heap_end: None,
            get_stack_ptr: None,
            get_alloc_count: None,
            net_ping: None,
            net_poll: None,
            net_get_ip: None,
            net_get_mac: None,
            dns_resolve: None,
            tcp_connect: None,
            tcp_send: None,
            tcp_recv: None,
            tcp_close: None,
            tcp_is_connected: None,
            tls_connect: None,
            tls_send: None,
            tls_recv: None,
            tls_close: None,
            tls_is_connected: None,
            ttf_get_glyph: None,
            ttf_get_advance: None,
            ttf_get_kerning: None,
            ttf_get_metrics: None,
            ttf_is_ready: None,
            led_on: None,
            led_off: None,
            led_toggle: None,
            led_status: None,
            kill_process: None,
            get_cpu_name: None,
            get_cpu_freq_mhz: None,
            get_cpu_cores: None,
            usb_device_count: None,
            usb_device_info: None,
            klog_read: None,
            klog_size: None,
            fb_has_hw_double_buffer: None,
            fb_flip: None,
            fb_get_backbuffer: None,
            dma_available: None,
            dma_copy: None,
            dma_copy_2d: None,
            dma_fb_copy: None,
            dma_fill: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::mem::{offset_of, size_of};

    #[test]
    fn every_offset_matches_kapi_md() {
        let table: [(usize, usize, &str); 126] = [
            (0, offset_of!(KApi, version), "version"),
            (8, offset_of!(KApi, putc), "putc"),
            (16, offset_of!(KApi, puts), "puts"),
            (24, offset_of!(KApi, uart_puts), "uart_puts"),
            (32, offset_of!(KApi, getc), "getc"),
            (40, offset_of!(KApi, set_color), "set_color"),
            (48, offset_of!(KApi, clear), "clear"),
            (56, offset_of!(KApi, set_cursor), "set_cursor"),
            (
                64,
                offset_of!(KApi, set_cursor_enabled),
                "set_cursor_enabled",
            ),
            (72, offset_of!(KApi, print_int), "print_int"),
            (80, offset_of!(KApi, print_hex), "print_hex"),
            (88, offset_of!(KApi, clear_to_eol), "clear_to_eol"),
            (96, offset_of!(KApi, clear_region), "clear_region"),
            (104, offset_of!(KApi, has_key), "has_key"),
            (112, offset_of!(KApi, malloc), "malloc"),
            (120, offset_of!(KApi, free), "free"),
            (128, offset_of!(KApi, open), "open"),
            (136, offset_of!(KApi, close), "close"),
            (144, offset_of!(KApi, read), "read"),
            (152, offset_of!(KApi, write), "write"),
            (160, offset_of!(KApi, is_dir), "is_dir"),
            (168, offset_of!(KApi, file_size), "file_size"),
            (176, offset_of!(KApi, create), "create"),
            (184, offset_of!(KApi, mkdir), "mkdir"),
            (192, offset_of!(KApi, delete), "delete"),
            (200, offset_of!(KApi, delete_dir), "delete_dir"),
            (208, offset_of!(KApi, delete_recursive), "delete_recursive"),
            (216, offset_of!(KApi, rename), "rename"),
            (224, offset_of!(KApi, readdir), "readdir"),
            (232, offset_of!(KApi, set_cwd), "set_cwd"),
            (240, offset_of!(KApi, get_cwd), "get_cwd"),
            (248, offset_of!(KApi, exit), "exit"),
            (256, offset_of!(KApi, exec), "exec"),
            (264, offset_of!(KApi, exec_args), "exec_args"),
            (272, offset_of!(KApi, r#yield), "yield"),
            (280, offset_of!(KApi, spawn), "spawn"),
            (288, offset_of!(KApi, spawn_args), "spawn_args"),
            (296, offset_of!(KApi, console_rows), "console_rows"),
            (304, offset_of!(KApi, console_cols), "console_cols"),
            (312, offset_of!(KApi, fb_base), "fb_base"),
            (320, offset_of!(KApi, fb_width), "fb_width"),
            (324, offset_of!(KApi, fb_height), "fb_height"),
            (328, offset_of!(KApi, fb_put_pixel), "fb_put_pixel"),
            (336, offset_of!(KApi, fb_fill_rect), "fb_fill_rect"),
            (344, offset_of!(KApi, fb_draw_char), "fb_draw_char"),
            (352, offset_of!(KApi, fb_draw_string), "fb_draw_string"),
            (360, offset_of!(KApi, font_data), "font_data"),
            (368, offset_of!(KApi, mouse_get_pos), "mouse_get_pos"),
            (
                376,
                offset_of!(KApi, mouse_get_buttons),
                "mouse_get_buttons",
            ),
            (384, offset_of!(KApi, mouse_poll), "mouse_poll"),
            (392, offset_of!(KApi, mouse_set_pos), "mouse_set_pos"),
            (400, offset_of!(KApi, mouse_get_delta), "mouse_get_delta"),
            (408, offset_of!(KApi, window_create), "window_create"),
            (416, offset_of!(KApi, window_destroy), "window_destroy"),
            (
                424,
                offset_of!(KApi, window_get_buffer),
                "window_get_buffer",
            ),
            (
                432,
                offset_of!(KApi, window_poll_event),
                "window_poll_event",
            ),
            (
                440,
                offset_of!(KApi, window_invalidate),
                "window_invalidate",
            ),
            (448, offset_of!(KApi, window_set_title), "window_set_title"),
            (456, offset_of!(KApi, stdio_putc), "stdio_putc"),
            (464, offset_of!(KApi, stdio_puts), "stdio_puts"),
            (472, offset_of!(KApi, stdio_getc), "stdio_getc"),
            (480, offset_of!(KApi, stdio_has_key), "stdio_has_key"),
            (488, offset_of!(KApi, get_uptime_ticks), "get_uptime_ticks"),
            (496, offset_of!(KApi, get_mem_used), "get_mem_used"),
            (504, offset_of!(KApi, get_mem_free), "get_mem_free"),
            (512, offset_of!(KApi, get_timestamp), "get_timestamp"),
            (520, offset_of!(KApi, get_datetime), "get_datetime"),
            (528, offset_of!(KApi, wfi), "wfi"),
            (536, offset_of!(KApi, sleep_ms), "sleep_ms"),
            (544, offset_of!(KApi, sound_play_wav), "sound_play_wav"),
            (552, offset_of!(KApi, sound_stop), "sound_stop"),
            (560, offset_of!(KApi, sound_is_playing), "sound_is_playing"),
            (568, offset_of!(KApi, sound_play_pcm), "sound_play_pcm"),
            (
                576,
                offset_of!(KApi, sound_play_pcm_async),
                "sound_play_pcm_async",
            ),
            (584, offset_of!(KApi, sound_pause), "sound_pause"),
            (592, offset_of!(KApi, sound_resume), "sound_resume"),
            (600, offset_of!(KApi, sound_is_paused), "sound_is_paused"),
            (
                608,
                offset_of!(KApi, get_process_count),
                "get_process_count",
            ),
            (616, offset_of!(KApi, get_process_info), "get_process_info"),
            (624, offset_of!(KApi, get_disk_total), "get_disk_total"),
            (632, offset_of!(KApi, get_disk_free), "get_disk_free"),
            (640, offset_of!(KApi, get_ram_total), "get_ram_total"),
            (648, offset_of!(KApi, get_heap_start), "get_heap_start"),
            (656, offset_of!(KApi, get_heap_end), "get_heap_end"),
            (664, offset_of!(KApi, get_stack_ptr), "get_stack_ptr"),
            (672, offset_of!(KApi, get_alloc_count), "get_alloc_count"),
            (680, offset_of!(KApi, net_ping), "net_ping"),
            (688, offset_of!(KApi, net_poll), "net_poll"),
            (696, offset_of!(KApi, net_get_ip), "net_get_ip"),
            (704, offset_of!(KApi, net_get_mac), "net_get_mac"),
            (712, offset_of!(KApi, dns_resolve), "dns_resolve"),
            (720, offset_of!(KApi, tcp_connect), "tcp_connect"),
            (728, offset_of!(KApi, tcp_send), "tcp_send"),
            (736, offset_of!(KApi, tcp_recv), "tcp_recv"),
            (744, offset_of!(KApi, tcp_close), "tcp_close"),
            (752, offset_of!(KApi, tcp_is_connected), "tcp_is_connected"),
            (760, offset_of!(KApi, tls_connect), "tls_connect"),
            (768, offset_of!(KApi, tls_send), "tls_send"),
            (776, offset_of!(KApi, tls_recv), "tls_recv"),
            (784, offset_of!(KApi, tls_close), "tls_close"),
            (792, offset_of!(KApi, tls_is_connected), "tls_is_connected"),
            (800, offset_of!(KApi, ttf_get_glyph), "ttf_get_glyph"),
            (808, offset_of!(KApi, ttf_get_advance), "ttf_get_advance"),
            (816, offset_of!(KApi, ttf_get_kerning), "ttf_get_kerning"),
            (824, offset_of!(KApi, ttf_get_metrics), "ttf_get_metrics"),
            (832, offset_of!(KApi, ttf_is_ready), "ttf_is_ready"),
            (840, offset_of!(KApi, led_on), "led_on"),
            (848, offset_of!(KApi, led_off), "led_off"),
            (856, offset_of!(KApi, led_toggle), "led_toggle"),
            (864, offset_of!(KApi, led_status), "led_status"),
            (872, offset_of!(KApi, kill_process), "kill_process"),
            (880, offset_of!(KApi, get_cpu_name), "get_cpu_name"),
            (888, offset_of!(KApi, get_cpu_freq_mhz), "get_cpu_freq_mhz"),
            (896, offset_of!(KApi, get_cpu_cores), "get_cpu_cores"),
            (904, offset_of!(KApi, usb_device_count), "usb_device_count"),
            (912, offset_of!(KApi, usb_device_info), "usb_device_info"),
            (920, offset_of!(KApi, klog_read), "klog_read"),
            (928, offset_of!(KApi, klog_size), "klog_size"),
            (
                936,
                offset_of!(KApi, fb_has_hw_double_buffer),
                "fb_has_hw_double_buffer",
            ),
            (944, offset_of!(KApi, fb_flip), "fb_flip"),
            (
                952,
                offset_of!(KApi, fb_get_backbuffer),
                "fb_get_backbuffer",
            ),
            (960, offset_of!(KApi, dma_available), "dma_available"),
            (968, offset_of!(KApi, dma_copy), "dma_copy"),
            (976, offset_of!(KApi, dma_copy_2d), "dma_copy_2d"),
            (984, offset_of!(KApi, dma_fb_copy), "dma_fb_copy"),
            (992, offset_of!(KApi, dma_fill), "dma_fill"),
        ];
        for (expected, actual, name) in table {
            assert_eq!(actual, expected, "offset of {name}");
        }
    }

    #[test]
    fn table_is_1000_bytes() {
        assert_eq!(size_of::<KApi>(), 1000);
    }

    #[test]
    fn empty_table_has_null_entries() {
        let table = KApi::empty();
        assert!(table.putc.is_none());
        assert!(table.dma_fill.is_none());
        assert!(table.fb_base.is_null());
    }
}

//! Console output to stdout. Bytes are buffered and flushed at each newline on a terminal,
//! before every key read, sleep and yield, before error output and at exit. The cursor and
//! colour calls become VT100/xterm sequences only when stdout is a terminal; otherwise they
//! do nothing, like VibeOS without a display, so piped output stays plain text.

use std::io::Write;
use std::sync::{Mutex, OnceLock};

/// Buffered bytes beyond which output is flushed even without a newline.
const FLUSH_AT: usize = 1 << 16;

static PENDING: Mutex<Vec<u8>> = Mutex::new(Vec::new());
static STDOUT_TTY: OnceLock<bool> = OnceLock::new();

fn is_tty() -> bool {
    *STDOUT_TTY.get_or_init(crate::terminal::stdout_is_tty)
}

fn pending() -> std::sync::MutexGuard<'static, Vec<u8>> {
    PENDING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn flush_locked(buf: &mut Vec<u8>) {
    if buf.is_empty() {
        return;
    }
    let mut out = std::io::stdout().lock();
    // A closed stdout (EPIPE) loses the text; there is nowhere else to report it.
    let _ = out.write_all(buf);
    let _ = out.flush();
    buf.clear();
}

pub fn write(bytes: &[u8]) {
    let mut buf = pending();
    buf.extend_from_slice(bytes);
    if buf.len() >= FLUSH_AT || (is_tty() && bytes.contains(&b'\n')) {
        flush_locked(&mut buf);
    }
}

pub fn flush() {
    flush_locked(&mut pending());
}

/// A terminal control sequence, written only to a terminal.
fn control(sequence: &str) {
    if is_tty() {
        write(sequence.as_bytes());
    }
}

/// Error output goes to stderr, after whatever stdout still holds.
pub fn write_error(bytes: &[u8]) {
    flush();
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(bytes);
    let _ = err.flush();
}

pub fn set_color(fg: u32, bg: u32) {
    let rgb = |c: u32| ((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff);
    let ((fr, fg_, fb), (br, bg_, bb)) = (rgb(fg), rgb(bg));
    control(&format!(
        "\x1b[38;2;{fr};{fg_};{fb}m\x1b[48;2;{br};{bg_};{bb}m"
    ));
}

pub fn clear() {
    control("\x1b[2J\x1b[H");
}

pub fn set_cursor(row: i32, col: i32) {
    if row >= 0 && col >= 0 {
        control(&format!("\x1b[{};{}H", row + 1, col + 1));
    }
}

pub fn set_cursor_enabled(enabled: bool) {
    control(if enabled { "\x1b[?25h" } else { "\x1b[?25l" });
}

pub fn clear_to_eol() {
    control("\x1b[K");
}

/// Blank a block of character cells, leaving the cursor where it was.
pub fn clear_region(row: i32, col: i32, w: i32, h: i32) {
    let (rows, cols) = size();
    if !is_tty() || row < 0 || col < 0 || w <= 0 || h <= 0 {
        return;
    }
    let w = w.min(cols.saturating_sub(col));
    let h = h.min(rows.saturating_sub(row));
    let mut sequence = String::from("\x1b7");
    for r in row..row.saturating_add(h) {
        sequence.push_str(&format!(
            "\x1b[{};{}H{:w$}",
            r + 1,
            col + 1,
            "",
            w = w as usize
        ));
    }
    sequence.push_str("\x1b8");
    write(sequence.as_bytes());
}

/// Terminal rows and columns; 0, 0 when stdout is not a terminal (VibeOS: no display).
pub fn size() -> (i32, i32) {
    crate::terminal::window_size().map_or((0, 0), |(rows, cols)| (i32::from(rows), i32::from(cols)))
}

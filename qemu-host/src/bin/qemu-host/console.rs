//! The console on QEMU virt's PL011 UART, polled (no interrupts).
//!
//! Output: bytes go out as they are ('\n' as CR LF, as VibeOS's serial console does); the
//! cursor and colour entries become VT100/xterm sequences, since the UART's far end is a
//! terminal. Input: `poll` moves received bytes through `kernel_api::KeyDecoder` (escape
//! sequences to 0x100.. key codes, CR to '\n', DEL to backspace) into a key ring; Ctrl+C
//! stays a key (3), which the port polls for. When the ring is nearly full the UART is
//! left unread, so QEMU holds further bytes back instead of dropping them.

use crate::timer;
use core::fmt::Write;
use kernel_api::KeyDecoder;
use spin::Mutex;

const UART_BASE: usize = 0x0900_0000;
const UART_DR: usize = 0x00;
const UART_FR: usize = 0x18;
const FR_RXFE: u32 = 1 << 4;
const FR_TXFF: u32 = 1 << 5;
const UART_IMSC: usize = 0x38;
/// Receive and receive-timeout interrupts.
const IMSC_RX: u32 = (1 << 4) | (1 << 6);
/// Longest idle wait: `yield` returns at least this often.
const IDLE_MS: u64 = 10;

/// How long a partial escape sequence waits for its next byte before it counts as typed
/// keys (a lone Esc).
const ESCAPE_TIMEOUT_MS: u64 = 50;
const RING: usize = 256;
/// Room kept free before reading another byte (one byte can release a few keys).
const RING_SLACK: usize = 16;

fn uart_read(reg: usize) -> u32 {
    // SAFETY: an aligned 32-bit register of the PL011 that QEMU virt maps at UART_BASE.
    unsafe { core::ptr::read_volatile((UART_BASE + reg) as *const u32) }
}

fn uart_write(reg: usize, value: u32) {
    // SAFETY: as in `uart_read`; writing DR sends a byte and has no other effect.
    unsafe { core::ptr::write_volatile((UART_BASE + reg) as *mut u32, value) }
}

/// Send bytes exactly as given.
pub fn write_raw(bytes: &[u8]) {
    for &b in bytes {
        while uart_read(UART_FR) & FR_TXFF != 0 {
            core::hint::spin_loop();
        }
        uart_write(UART_DR, u32::from(b));
    }
}

/// Console text: '\n' becomes CR LF.
pub fn write(bytes: &[u8]) {
    for line in bytes.split_inclusive(|&b| b == b'\n') {
        match line.split_last() {
            Some((b'\n', text)) => {
                write_raw(text);
                write_raw(b"\r\n");
            }
            _ => write_raw(line),
        }
    }
}

/// Formatted console output without allocating.
struct Console;

impl Write for Console {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        write(s.as_bytes());
        Ok(())
    }
}

pub fn print(args: core::fmt::Arguments) {
    let _ = Console.write_fmt(args);
}

pub fn set_color(fg: u32, bg: u32) {
    let rgb = |c: u32| ((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff);
    let ((fr, fg, fb), (br, bg, bb)) = (rgb(fg), rgb(bg));
    print(format_args!(
        "\x1b[38;2;{fr};{fg};{fb}m\x1b[48;2;{br};{bg};{bb}m"
    ));
}

pub fn clear() {
    write_raw(b"\x1b[2J\x1b[H");
}

/// Each negative coordinate is ignored on its own, as VibeOS ignores out-of-range ones.
pub fn set_cursor(row: i32, col: i32) {
    match (row >= 0, col >= 0) {
        (true, true) => print(format_args!("\x1b[{};{}H", row + 1, col + 1)),
        (true, false) => print(format_args!("\x1b[{}d", row + 1)),
        (false, true) => print(format_args!("\x1b[{}G", col + 1)),
        (false, false) => {}
    }
}

pub fn set_cursor_enabled(enabled: bool) {
    write_raw(if enabled { b"\x1b[?25h" } else { b"\x1b[?25l" });
}

pub fn clear_to_eol() {
    write_raw(b"\x1b[K");
}

/// Blank character cells, leaving the cursor where it was.
pub fn clear_region(row: i32, col: i32, w: i32, h: i32) {
    if row < 0 || col < 0 || w <= 0 || h <= 0 {
        return;
    }
    write_raw(b"\x1b7");
    for r in row..row.saturating_add(h) {
        print(format_args!("\x1b[{};{}H\x1b[{}X", r + 1, col + 1, w));
    }
    write_raw(b"\x1b8");
}

struct Input {
    decoder: KeyDecoder,
    keys: [i32; RING],
    head: usize,
    len: usize,
    /// When the escape sequence in progress was last fed a byte.
    escape_since_ms: Option<u64>,
}

impl Input {
    fn push(&mut self, code: i32) {
        if self.len < RING {
            self.keys[(self.head + self.len) % RING] = code;
            self.len += 1;
        }
    }

    fn pop(&mut self) -> Option<i32> {
        if self.len == 0 {
            return None;
        }
        let code = self.keys[self.head];
        self.head = (self.head + 1) % RING;
        self.len -= 1;
        Some(code)
    }

    /// Move what the UART received into the ring.
    fn poll(&mut self) {
        while self.len + RING_SLACK <= RING && uart_read(UART_FR) & FR_RXFE == 0 {
            let byte = (uart_read(UART_DR) & 0xff) as u8;
            let mut decoded = [0i32; 4];
            let mut count = 0;
            self.decoder.feed(byte, &mut |code| {
                if let Some(slot) = decoded.get_mut(count) {
                    *slot = code;
                    count += 1;
                }
            });
            for &code in decoded.iter().take(count) {
                self.push(code);
            }
            self.escape_since_ms = self.decoder.is_pending().then(timer::uptime_ms);
        }
        if let Some(since) = self.escape_since_ms {
            if timer::uptime_ms().saturating_sub(since) >= ESCAPE_TIMEOUT_MS {
                let mut decoded = [0i32; RING_SLACK];
                let mut count = 0;
                self.decoder.flush(&mut |code| {
                    if let Some(slot) = decoded.get_mut(count) {
                        *slot = code;
                        count += 1;
                    }
                });
                for &code in decoded.iter().take(count) {
                    self.push(code);
                }
                self.escape_since_ms = None;
            }
        }
    }
}

static INPUT: Mutex<Input> = Mutex::new(Input {
    decoder: KeyDecoder::new(),
    keys: [0; RING],
    head: 0,
    len: 0,
    escape_since_ms: None,
});

/// The next key, or -1 (kapi `getc`).
pub fn getc() -> i32 {
    let mut input = INPUT.lock();
    input.poll();
    input.pop().unwrap_or(-1)
}

/// Whether a key waits (kapi `has_key`).
pub fn has_key() -> bool {
    let mut input = INPUT.lock();
    input.poll();
    input.len > 0
}

/// Let a received byte end an idle wait (timer.rs).
pub fn enable_rx_interrupt() {
    uart_write(UART_IMSC, IMSC_RX);
}

/// Wait a little for something to happen (kapi `yield`, `wfi`): at most `IDLE_MS`, less
/// when input arrives. Returns at once if input is already waiting.
pub fn idle() {
    if uart_read(UART_FR) & FR_RXFE != 0 {
        timer::wait(IDLE_MS);
    }
}

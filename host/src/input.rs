//! Keyboard input from stdin. A reader thread, started on the first key request, turns stdin
//! into kapi key codes in a queue that `getc`/`has_key` read without blocking. On a terminal
//! the reader puts it in raw mode and decodes escape sequences (`kernel_api::KeyDecoder`); from a pipe or file
//! bytes pass as they are, and so they do from a terminal while the raw REPL reads
//! (`set_raw_input`). End of input sets a flag the port reads through `input_eof`,
//! while `getc` keeps returning -1. While running code the port enables the interrupt
//! character: a Ctrl+C byte then raises the interrupt flag instead of being queued.

use crate::terminal::{self, INTERRUPT};
use kernel_api::{key, KeyDecoder};
use std::collections::VecDeque;
use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex, Once};
use std::time::Duration;

/// How long a partial escape sequence may wait for its next byte.
const ESCAPE_TIMEOUT_MS: libc::c_int = 50;
/// Keys queued before the reader waits for the program to catch up.
const QUEUE_LIMIT: usize = 1 << 16;

struct Queue {
    keys: VecDeque<i32>,
    eof: bool,
}

static QUEUE: Mutex<Queue> = Mutex::new(Queue {
    keys: VecDeque::new(),
    eof: false,
});
/// Signalled when keys arrive or are taken.
static CHANGED: Condvar = Condvar::new();
static READER: Once = Once::new();
/// True while code runs: Ctrl+C then interrupts instead of arriving as a key.
static INTERRUPT_CHAR: AtomicBool = AtomicBool::new(true);
/// True while the raw REPL reads: terminal bytes are queued as they are, undecoded.
static RAW_INPUT: AtomicBool = AtomicBool::new(false);

fn lock() -> std::sync::MutexGuard<'static, Queue> {
    QUEUE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn push_key(code: i32) {
    if code == key::CTRL_C && INTERRUPT_CHAR.load(Ordering::SeqCst) {
        INTERRUPT.store(true, Ordering::SeqCst);
        return;
    }
    let mut queue = lock();
    while queue.keys.len() >= QUEUE_LIMIT {
        queue = CHANGED
            .wait(queue)
            .unwrap_or_else(|poisoned| poisoned.into_inner());
    }
    queue.keys.push_back(code);
    CHANGED.notify_all();
}

fn set_eof() {
    lock().eof = true;
    CHANGED.notify_all();
}

/// Wait until stdin is readable or `timeout_ms` passes (-1: no limit). True if readable.
fn wait_readable(timeout_ms: libc::c_int) -> bool {
    let mut poll = libc::pollfd {
        fd: libc::STDIN_FILENO,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one valid pollfd.
    unsafe { libc::poll(&mut poll, 1, timeout_ms) > 0 }
}

fn read_terminal() {
    let mut decoder = KeyDecoder::default();
    let mut buf = [0u8; 256];
    loop {
        if decoder.is_pending() && !wait_readable(ESCAPE_TIMEOUT_MS) {
            decoder.flush(&mut push_key);
            continue;
        }
        // SAFETY: `buf` has `buf.len()` writable bytes.
        let got = unsafe { libc::read(libc::STDIN_FILENO, buf.as_mut_ptr().cast(), buf.len()) };
        if got < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
            continue;
        }
        let Ok(got @ 1..) = usize::try_from(got) else {
            decoder.flush(&mut push_key);
            set_eof();
            return;
        };
        for &byte in &buf[..got] {
            if RAW_INPUT.load(Ordering::SeqCst) {
                decoder.flush(&mut push_key);
                push_key(i32::from(byte));
            } else {
                decoder.feed(byte, &mut push_key);
            }
        }
    }
}

fn read_stream() {
    let mut stdin = std::io::stdin().lock();
    let mut buf = [0u8; 4096];
    loop {
        match stdin.read(&mut buf) {
            Ok(0) => break,
            Ok(got) => {
                for &byte in &buf[..got] {
                    push_key(i32::from(byte));
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => break,
        }
    }
    set_eof();
}

fn ensure_reader() {
    READER.call_once(|| {
        let tty = terminal::stdin_is_tty();
        if tty {
            terminal::enter_raw_mode();
        }
        let spawned = std::thread::Builder::new()
            .name("stdin".into())
            .spawn(move || if tty { read_terminal() } else { read_stream() });
        if spawned.is_err() {
            set_eof();
        }
    });
}

/// A SIGINT that arrived while keys were being read is a Ctrl+C key, not an interrupt.
fn sigint_as_key(queue: &mut Queue) {
    if !INTERRUPT_CHAR.load(Ordering::SeqCst) && INTERRUPT.swap(false, Ordering::SeqCst) {
        queue.keys.push_back(key::CTRL_C);
    }
}

/// The next key, or -1 when none is waiting.
pub fn getc() -> i32 {
    ensure_reader();
    crate::console::flush();
    let mut queue = lock();
    sigint_as_key(&mut queue);
    let code = queue.keys.pop_front().unwrap_or(-1);
    CHANGED.notify_all();
    code
}

pub fn has_key() -> bool {
    ensure_reader();
    crate::console::flush();
    let mut queue = lock();
    sigint_as_key(&mut queue);
    !queue.keys.is_empty()
}

/// Block for up to `timeout` or until a key arrives (the host's `yield`).
pub fn wait_for_key(timeout: Duration) {
    ensure_reader();
    let queue = lock();
    if queue.keys.is_empty() && !queue.eof {
        let _ = CHANGED.wait_timeout(queue, timeout);
    }
}

/// Stdin has ended and every key before the end has been read.
pub fn input_eof() -> bool {
    let queue = lock();
    queue.eof && queue.keys.is_empty()
}

/// Ctrl+C interrupts (true, while code runs) or arrives as key 3 (false, while editing).
pub fn set_interrupt_char(enabled: bool) {
    INTERRUPT_CHAR.store(enabled, Ordering::SeqCst);
}

/// Queue terminal bytes exactly as read (true, for the raw REPL) or decode them (false).
pub fn set_raw_input(enabled: bool) {
    RAW_INPUT.store(enabled, Ordering::SeqCst);
}

/// Take the interrupt-pending flag.
pub fn take_interrupt() -> bool {
    INTERRUPT.swap(false, Ordering::SeqCst)
}

//! The port's hardware layer over kapi: console output, keyboard input (blocking and
//! polled), Ctrl+C detection, time and sleeping. It also serves the REPL as its console.
//!
//! kapi v1 has no microsecond clock, interrupt flag or error stream; the entry that starts
//! the port passes them in `PlatformHooks` (host: std; VibeOS: the generic timer), and each
//! missing hook falls back to plain kapi: uptime ticks, keyboard polling for byte 3, the
//! console.

use kernel_api::{key, Kapi};
use vm::repl::ReplConsole;

/// The platform hooks kapi v1 lacks. `None` selects the kapi fallback.
#[derive(Clone, Copy, Default)]
pub struct PlatformHooks {
    /// Monotonic microseconds (fallback: 100 Hz uptime ticks).
    pub monotonic_us: Option<fn() -> u64>,
    /// Take the interrupt-pending flag (fallback: poll the keyboard for Ctrl+C).
    pub take_interrupt: Option<fn() -> bool>,
    /// Ctrl+C raises the interrupt flag (true) or arrives as a key (false).
    pub set_interrupt_char: Option<fn(bool)>,
    /// Input bytes arrive exactly as received (true) or decoded into keys (false); for the
    /// raw REPL over a terminal (fallback: nothing, a keyboard's keys are bytes already).
    pub set_raw_input: Option<fn(bool)>,
    /// Error stream (fallback: the console).
    pub write_error: Option<fn(&[u8])>,
    /// Input has ended for good (fallback: never; a keyboard does not end).
    pub input_eof: Option<fn() -> bool>,
}

/// Keys read while looking for Ctrl+C, kept for the next key read.
const TYPEAHEAD: usize = 32;

/// A small FIFO of key codes; when full, the newest key is dropped (as VibeOS's own
/// keyboard ring does).
struct KeyRing {
    keys: [u32; TYPEAHEAD],
    head: usize,
    len: usize,
}

impl KeyRing {
    const fn new() -> Self {
        KeyRing {
            keys: [0; TYPEAHEAD],
            head: 0,
            len: 0,
        }
    }

    fn push(&mut self, code: u32) {
        if self.len < TYPEAHEAD {
            self.keys[(self.head + self.len) % TYPEAHEAD] = code;
            self.len += 1;
        }
    }

    fn pop(&mut self) -> Option<u32> {
        if self.len == 0 {
            return None;
        }
        let code = self.keys[self.head];
        self.head = (self.head + 1) % TYPEAHEAD;
        self.len -= 1;
        Some(code)
    }

    fn clear(&mut self) {
        self.len = 0;
    }
}

/// Microseconds per uptime tick (100 Hz).
const US_PER_TICK: u64 = 10_000;
/// Longest single kapi sleep while sleeping interruptibly.
const SLEEP_SLICE_MS: u64 = 10;

/// `sleep_ms` stopped early because Ctrl+C was pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interrupted;

pub struct Hal<'a> {
    kapi: Kapi<'a>,
    hooks: PlatformHooks,
    typeahead: KeyRing,
    /// A Ctrl+C that ended a sleep, kept for the next `poll_interrupt`.
    interrupt_pending: bool,
}

/// Shift and Ctrl pressed alone arrive as key codes that mean nothing.
fn is_modifier_only(code: i32) -> bool {
    code == key::CTRL || code == key::SHIFT
}

impl<'a> Hal<'a> {
    pub fn new(kapi: Kapi<'a>, hooks: PlatformHooks) -> Self {
        Hal {
            kapi,
            hooks,
            typeahead: KeyRing::new(),
            interrupt_pending: false,
        }
    }

    pub fn kapi(&self) -> Kapi<'a> {
        self.kapi
    }

    /// Console output ('\n' alone: the console makes it CR LF). With no console entry at
    /// all there is nowhere to write, and the text is lost.
    pub fn write(&self, bytes: &[u8]) {
        let _ = self.kapi.write(bytes);
    }

    /// Error output (tracebacks outside the raw REPL).
    pub fn write_error(&self, bytes: &[u8]) {
        match self.hooks.write_error {
            Some(write_error) => write_error(bytes),
            None => self.write(bytes),
        }
    }

    fn set_interrupt_char(&self, enabled: bool) {
        if let Some(set) = self.hooks.set_interrupt_char {
            set(enabled);
        }
    }

    /// Take input bytes as they arrive (true) or as decoded keys (false).
    pub fn set_raw_input(&self, raw: bool) {
        if let Some(set) = self.hooks.set_raw_input {
            set(raw);
        }
    }

    /// The next key from the kernel, skipping modifier-only codes; `None` when none waits.
    fn kernel_key(&self) -> Option<u32> {
        loop {
            let code = self.kapi.getc().ok()??;
            if !is_modifier_only(code) {
                return u32::try_from(code).ok();
            }
        }
    }

    /// Whether a key is waiting (typed ahead, or in the kernel's queue).
    pub fn has_key(&self) -> bool {
        self.typeahead.len > 0 || self.kapi.has_key().unwrap_or(false)
    }

    /// A key if one is waiting (typed-ahead keys first).
    pub fn poll_key(&mut self) -> Option<u32> {
        self.typeahead.pop().or_else(|| self.kernel_key())
    }

    /// Wait for a key; `None` when input has ended (host stdin at EOF, or no keyboard entry
    /// in the table). While waiting, Ctrl+C is an ordinary key (3).
    pub fn read_key(&mut self) -> Option<u32> {
        if let Some(code) = self.typeahead.pop() {
            return Some(code);
        }
        self.set_interrupt_char(false);
        let code = self.wait_key();
        self.set_interrupt_char(true);
        code
    }

    fn wait_key(&mut self) -> Option<u32> {
        loop {
            match self.kapi.has_key() {
                Ok(true) => {
                    if let Some(code) = self.kernel_key() {
                        return Some(code);
                    }
                }
                Ok(false) => {}
                Err(_) => return None,
            }
            if self.hooks.input_eof.is_some_and(|eof| eof()) {
                return None;
            }
            if self.kapi.yield_now().is_err() {
                // No way to wait politely: spin on has_key.
                core::hint::spin_loop();
            }
        }
    }

    /// Whether Ctrl+C was pressed since the last call (running code polls this). Without
    /// an interrupt hook the keyboard is read: other keys are kept for later reads, and a
    /// Ctrl+C discards what was typed before it.
    pub fn poll_interrupt(&mut self) -> bool {
        if core::mem::take(&mut self.interrupt_pending) {
            return true;
        }
        if let Some(take) = self.hooks.take_interrupt {
            return take();
        }
        let mut interrupted = false;
        while let Some(code) = self.kernel_key() {
            if code == key::CTRL_C as u32 {
                self.typeahead.clear();
                interrupted = true;
            } else {
                self.typeahead.push(code);
            }
        }
        interrupted
    }

    /// Microseconds since an arbitrary start, monotonic.
    pub fn ticks_us(&self) -> u64 {
        match self.hooks.monotonic_us {
            Some(now) => now(),
            None => self
                .kapi
                .uptime_ticks()
                .unwrap_or(0)
                .saturating_mul(US_PER_TICK),
        }
    }

    pub fn ticks_ms(&self) -> u64 {
        self.ticks_us() / 1000
    }

    /// Sleep `ms` milliseconds, stopping early on Ctrl+C, which then stays pending for the
    /// next `poll_interrupt` (the VM's, which raises KeyboardInterrupt). Whole 10 ms slices
    /// use the kernel's sleep; the remainder yields until the clock reaches the deadline.
    pub fn sleep_ms(&mut self, ms: u64) -> Result<(), Interrupted> {
        let deadline = self.ticks_us().saturating_add(ms.saturating_mul(1000));
        loop {
            if self.poll_interrupt() {
                self.interrupt_pending = true;
                return Err(Interrupted);
            }
            let now = self.ticks_us();
            if now >= deadline {
                return Ok(());
            }
            let left_ms = (deadline - now) / 1000;
            let slept =
                left_ms >= SLEEP_SLICE_MS && self.kapi.sleep_ms(SLEEP_SLICE_MS as u32).is_ok();
            if !slept && self.kapi.yield_now().is_err() {
                core::hint::spin_loop();
            }
        }
    }

    /// Seconds since 1970 (UTC), if the kernel has a clock.
    pub fn unix_time(&self) -> Option<u32> {
        self.kapi.timestamp().ok()
    }
}

impl ReplConsole for Hal<'_> {
    fn write(&mut self, bytes: &[u8]) {
        Hal::write(self, bytes);
    }

    fn read_key(&mut self) -> Option<u32> {
        Hal::read_key(self)
    }

    fn set_raw_input(&mut self, raw: bool) {
        Hal::set_raw_input(self, raw);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_ring_is_fifo_and_drops_when_full() {
        let mut ring = KeyRing::new();
        for code in 0..40 {
            ring.push(code);
        }
        assert_eq!(ring.len, TYPEAHEAD);
        assert_eq!(ring.pop(), Some(0));
        ring.push(99);
        for expected in 1..TYPEAHEAD as u32 {
            assert_eq!(ring.pop(), Some(expected));
        }
        assert_eq!(ring.pop(), Some(99));
        assert_eq!(ring.pop(), None);
    }

    static CTRL_C_PRESSED: core::sync::atomic::AtomicBool =
        core::sync::atomic::AtomicBool::new(false);

    fn take_ctrl_c() -> bool {
        CTRL_C_PRESSED.swap(false, core::sync::atomic::Ordering::SeqCst)
    }

    #[test]
    fn an_interrupted_sleep_leaves_the_interrupt_pending() {
        static TABLE: kernel_api::KApi = kernel_api::KApi::empty();
        // SAFETY: an empty table: every entry reports itself missing.
        let kapi = unsafe { Kapi::new(&TABLE) };
        let hooks = PlatformHooks {
            monotonic_us: Some(|| 0),
            take_interrupt: Some(take_ctrl_c),
            ..PlatformHooks::default()
        };
        let mut hal = Hal::new(kapi, hooks);
        CTRL_C_PRESSED.store(true, core::sync::atomic::Ordering::SeqCst);
        assert_eq!(hal.sleep_ms(60_000), Err(Interrupted));
        assert!(hal.poll_interrupt());
        assert!(!hal.poll_interrupt());
    }
}

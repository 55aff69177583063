//! The controlling terminal: raw mode for stdin while the program reads keys, restored on
//! exit, on panic and on the signals that end the process. Also the SIGINT handler, which
//! only raises the interrupt-pending flag (Ctrl+C outside raw mode, or `kill -INT`).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

/// Set by SIGINT (and by Ctrl+C read in raw mode while code runs); taken by the port.
pub static INTERRUPT: AtomicBool = AtomicBool::new(false);

/// The terminal settings found at start, restored on the way out.
static ORIGINAL: OnceLock<libc::termios> = OnceLock::new();
static RAW_ACTIVE: AtomicBool = AtomicBool::new(false);

pub fn stdin_is_tty() -> bool {
    // SAFETY: isatty only inspects the descriptor.
    unsafe { libc::isatty(libc::STDIN_FILENO) == 1 }
}

pub fn stdout_is_tty() -> bool {
    // SAFETY: isatty only inspects the descriptor.
    unsafe { libc::isatty(libc::STDOUT_FILENO) == 1 }
}

/// Put stdin's terminal in raw mode: bytes arrive one by one, unechoed, Ctrl+C as byte 3.
/// Output processing stays on, so '\n' still reaches the screen as CR LF, as on VibeOS.
pub fn enter_raw_mode() {
    if !stdin_is_tty() {
        return;
    }
    // SAFETY: termios is plain data; tcgetattr fills it for a terminal descriptor.
    let mut settings: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: `settings` is a valid termios to fill.
    if unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut settings) } != 0 {
        return;
    }
    let original = *ORIGINAL.get_or_init(|| settings);
    let mut raw = original;
    raw.c_iflag &= !(libc::ICRNL | libc::INLCR | libc::IGNCR | libc::IXON | libc::ISTRIP);
    raw.c_lflag &= !(libc::ICANON | libc::ECHO | libc::ISIG | libc::IEXTEN);
    raw.c_oflag |= libc::OPOST | libc::ONLCR;
    raw.c_cc[libc::VMIN] = 1;
    raw.c_cc[libc::VTIME] = 0;
    // SAFETY: `raw` is a complete termios derived from the terminal's own settings.
    if unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &raw) } == 0 {
        RAW_ACTIVE.store(true, Ordering::SeqCst);
    }
}

/// Give the terminal back its original settings (idempotent, async-signal-safe).
pub fn restore() {
    if RAW_ACTIVE.swap(false, Ordering::SeqCst) {
        if let Some(original) = ORIGINAL.get() {
            // SAFETY: `original` is the terminal's own earlier settings.
            unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, original) };
        }
    }
}

extern "C" fn on_interrupt(_signal: libc::c_int) {
    INTERRUPT.store(true, Ordering::SeqCst);
}

extern "C" fn on_fatal_signal(signal: libc::c_int) {
    restore();
    // SAFETY: resetting to the default action and re-raising are async-signal-safe; the
    // process then ends the way the signal asked.
    unsafe {
        libc::signal(signal, libc::SIG_DFL);
        libc::raise(signal);
    }
}

fn set_handler(signal: libc::c_int, handler: extern "C" fn(libc::c_int)) {
    // SAFETY: sigaction is plain data; the handlers only touch atomics and async-signal-safe
    // calls.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = handler as libc::sighandler_t;
        action.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(signal, &action, std::ptr::null_mut());
    }
}

/// SIGINT raises the interrupt flag; SIGTERM/SIGHUP/SIGQUIT restore the terminal first;
/// a panic restores it before the message is printed.
pub fn install_handlers() {
    set_handler(libc::SIGINT, on_interrupt);
    for signal in [libc::SIGTERM, libc::SIGHUP, libc::SIGQUIT] {
        set_handler(signal, on_fatal_signal);
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// Rows and columns of the terminal on stdout, if it is one.
pub fn window_size() -> Option<(u16, u16)> {
    if !stdout_is_tty() {
        return None;
    }
    // SAFETY: winsize is plain data that TIOCGWINSZ fills.
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one winsize.
    let ok = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut size) } == 0;
    (ok && size.ws_row > 0).then_some((size.ws_row, size.ws_col))
}

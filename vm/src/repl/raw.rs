//! The raw REPL (Ctrl+A), the machine interface `mpremote` uses, byte for byte as
//! MicroPython's REPL documentation describes it:
//! - on entry: `raw REPL; CTRL-B to exit\n>`; input is not echoed;
//! - Ctrl+D after some input: `OK`, then the program's output, `\x04`, the exception text
//!   (if any), `\x04`, and the `>` prompt again;
//! - Ctrl+D on empty input: soft reset, `soft reboot\n`, and the raw REPL banner again;
//! - Ctrl+A: start over (the banner again), or after the two bytes `\x05A` enter raw-paste
//!   mode; Ctrl+C drops the input; Ctrl+B returns to the friendly REPL.
//!
//! Raw-paste mode: answer `R\x01` and the window size (u16, little-endian); the host may
//! send that many bytes and gets `\x01` for each further window once the previous one has
//! been taken; `\x04` from the host ends the data, answered by `\x04`, then the program runs
//! with the raw REPL's framing minus `OK`. If input cannot be stored the device ends the
//! transfer early with `\x04`.

use super::{
    keys, InputKind, Outcome, ReplConsole, ReplExecutor, ReplExit, ReportStyle, INPUT_TOO_LARGE,
};
use crate::bytecode::encode::push_byte;
use alloc::vec::Vec;

const RAW_BANNER: &[u8] = b"raw REPL; CTRL-B to exit\n>";
const SOFT_REBOOT: &[u8] = b"soft reboot\n";
/// What the host sends (after Ctrl+E, 'A') to ask for raw-paste mode.
const RAW_PASTE_REQUEST: &[u8] = b"\x05A";
/// Raw-paste answer: supported.
const RAW_PASTE_SUPPORTED: &[u8] = b"R\x01";
/// Bytes the host may send per flow-control window.
const RAW_PASTE_WINDOW: u16 = 512;
const END_OF_SECTION: &[u8] = b"\x04";
const MORE_WINDOW: &[u8] = b"\x01";

/// Serve the raw REPL. `None`: back to the friendly REPL (Ctrl+B); otherwise the REPL ends.
pub(super) fn raw_repl(
    console: &mut dyn ReplConsole,
    executor: &mut dyn ReplExecutor,
) -> Option<ReplExit> {
    console.write(RAW_BANNER);
    let mut input = Vec::new();
    let mut too_large = false;
    loop {
        let Some(key) = console.read_key() else {
            return Some(ReplExit::EndOfInput);
        };
        match key {
            keys::CTRL_A if input == RAW_PASTE_REQUEST => {
                input.clear();
                if !raw_paste(console, executor) {
                    return Some(ReplExit::EndOfInput);
                }
            }
            keys::CTRL_A => {
                input.clear();
                too_large = false;
                console.write(b"\n");
                console.write(RAW_BANNER);
            }
            keys::CTRL_B => {
                console.write(b"\n");
                return None;
            }
            keys::CTRL_C => {
                input.clear();
                too_large = false;
            }
            keys::CTRL_D if input.is_empty() && !too_large => {
                console.write(SOFT_REBOOT);
                executor.soft_reset();
                console.write(RAW_BANNER);
            }
            keys::CTRL_D => {
                console.write(b"OK");
                if too_large {
                    report_too_large(console);
                } else {
                    run_framed(&input, console, executor);
                }
                input = Vec::new();
                too_large = false;
            }
            _ => {
                if let Ok(byte) = u8::try_from(key) {
                    too_large |= push_byte(&mut input, byte).is_err();
                }
            }
        }
    }
}

/// Run `source` and frame its output: output, `\x04`, exception text, `\x04`, `>`.
fn run_framed(source: &[u8], console: &mut dyn ReplConsole, executor: &mut dyn ReplExecutor) {
    let outcome = executor.execute(source, InputKind::File, console);
    console.write(END_OF_SECTION);
    if outcome == Outcome::Raised {
        executor.print_exception(console, ReportStyle::Raw);
    }
    console.write(END_OF_SECTION);
    console.write(b">");
}

/// The framing of a program that could not be received.
fn report_too_large(console: &mut dyn ReplConsole) {
    console.write(END_OF_SECTION);
    console.write(INPUT_TOO_LARGE);
    console.write(END_OF_SECTION);
    console.write(b">");
}

/// One raw-paste transfer and its execution; false if input ended meanwhile.
fn raw_paste(console: &mut dyn ReplConsole, executor: &mut dyn ReplExecutor) -> bool {
    console.write(RAW_PASTE_SUPPORTED);
    console.write(&RAW_PASTE_WINDOW.to_le_bytes());
    let mut source = Vec::new();
    let mut taken_in_window: u16 = 0;
    loop {
        let Some(key) = console.read_key() else {
            return false;
        };
        if key == keys::CTRL_D {
            break;
        }
        if let Ok(byte) = u8::try_from(key) {
            if push_byte(&mut source, byte).is_err() {
                return abort_raw_paste(console);
            }
        }
        taken_in_window += 1;
        if taken_in_window == RAW_PASTE_WINDOW {
            taken_in_window = 0;
            console.write(MORE_WINDOW);
        }
    }
    console.write(END_OF_SECTION);
    run_framed(&source, console, executor);
    true
}

/// Out of memory mid-transfer: tell the host to stop, wait for its acknowledging `\x04`
/// (dropping what it sent meanwhile), then report the error in the usual framing.
fn abort_raw_paste(console: &mut dyn ReplConsole) -> bool {
    console.write(END_OF_SECTION);
    loop {
        match console.read_key() {
            None => return false,
            Some(keys::CTRL_D) => break,
            Some(_) => {}
        }
    }
    report_too_large(console);
    true
}

//! Paste mode (Ctrl+E at an empty `>>> `): text is taken as typed, without auto-indent or
//! completion checks, echoed with a `=== ` prompt per line, and run as a file on Ctrl+D;
//! Ctrl+C abandons it. Prompts and messages are MicroPython's.

use super::{keys, run_friendly, InputKind, ReplConsole, ReplExecutor, ReplExit, INPUT_TOO_LARGE};
use crate::bytecode::encode::push_byte;
use alloc::vec::Vec;

const PASTE_BANNER: &[u8] = b"\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== ";
const PASTE_PROMPT: &[u8] = b"\n=== ";

pub(super) fn paste_mode(
    console: &mut dyn ReplConsole,
    executor: &mut dyn ReplExecutor,
) -> Option<ReplExit> {
    console.write(PASTE_BANNER);
    let mut source = Vec::new();
    let mut too_large = false;
    loop {
        let Some(key) = console.read_key() else {
            console.write(b"\n");
            return Some(ReplExit::EndOfInput);
        };
        match key {
            keys::CTRL_C => {
                console.write(b"\n");
                return None;
            }
            keys::CTRL_D => {
                console.write(b"\n");
                if too_large {
                    console.write(INPUT_TOO_LARGE);
                    return None;
                }
                if source.iter().all(u8::is_ascii_whitespace) {
                    return None;
                }
                return run_friendly(&source, InputKind::File, console, executor);
            }
            keys::ENTER | keys::CR => {
                too_large |= push_byte(&mut source, b'\n').is_err();
                console.write(PASTE_PROMPT);
            }
            // Erase within the current line only: earlier lines are no longer on screen.
            keys::BACKSPACE | keys::DEL if source.last().is_some_and(|&b| b != b'\n') => {
                while source.pop().is_some_and(|b| b & 0xC0 == 0x80) {}
                console.write(b"\x08 \x08");
            }
            keys::TAB | 0x20..=0x7E | 0x80..=0xFF => {
                let byte = key as u8;
                too_large |= push_byte(&mut source, byte).is_err();
                console.write(&[byte]);
            }
            _ => {}
        }
    }
}

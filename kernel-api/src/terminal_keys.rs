//! Terminal bytes to kapi key codes: VT100/xterm escape sequences for the arrow and editing
//! keys become 0x100.., Enter (CR or LF) becomes '\n', DEL (127) becomes backspace (8).
//! A pure state machine: bytes in, keys out; a lone ESC is released by `flush` after the
//! reader's timeout. Shared by the Linux host (stdin) and the QEMU host (its UART).

use crate::key;

/// Longest escape sequence kept; longer ones are dropped.
const MAX_SEQUENCE: usize = 16;

#[derive(Default)]
pub struct KeyDecoder {
    /// Bytes of an escape sequence in progress, starting with ESC (`len` of them).
    pending: Pending,
}

/// A bounded byte buffer, so that the decoder never allocates (the QEMU host runs it in its
/// UART polling, kernel-side).
#[derive(Default)]
struct Pending {
    bytes: [u8; MAX_SEQUENCE],
    len: usize,
}

impl Pending {
    const fn new() -> Self {
        Pending {
            bytes: [0; MAX_SEQUENCE],
            len: 0,
        }
    }

    fn as_slice(&self) -> &[u8] {
        self.bytes.get(..self.len).unwrap_or(&[])
    }

    fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn len(&self) -> usize {
        self.len
    }

    fn clear(&mut self) {
        self.len = 0;
    }

    /// Append `byte`; a full buffer drops the sequence (it cannot be a key we know).
    fn push(&mut self, byte: u8) {
        match self.bytes.get_mut(self.len) {
            Some(slot) => {
                *slot = byte;
                self.len += 1;
            }
            None => self.len = 0,
        }
    }
}

/// The key of a complete CSI (`ESC [ params final`) or SS3 (`ESC O final`) sequence.
fn sequence_key(params: &[u8], last: u8) -> Option<i32> {
    match last {
        b'A' => Some(key::UP),
        b'B' => Some(key::DOWN),
        b'C' => Some(key::RIGHT),
        b'D' => Some(key::LEFT),
        b'H' => Some(key::HOME),
        b'F' => Some(key::END),
        b'~' => {
            // The first parameter names the key; modifiers follow after ';'.
            let first = params.split(|&b| b == b';').next().unwrap_or(b"");
            match first {
                b"1" | b"7" => Some(key::HOME),
                b"4" | b"8" => Some(key::END),
                b"3" => Some(key::DELETE),
                b"5" => Some(key::PGUP),
                b"6" => Some(key::PGDN),
                _ => None,
            }
        }
        _ => None,
    }
}

impl KeyDecoder {
    pub const fn new() -> Self {
        KeyDecoder {
            pending: Pending::new(),
        }
    }

    /// True while an escape sequence is incomplete (the reader then waits briefly).
    pub fn is_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    pub fn feed(&mut self, byte: u8, out: &mut impl FnMut(i32)) {
        if self.pending.is_empty() {
            match byte {
                0x1b => self.pending.push(byte),
                b'\r' | b'\n' => out(key::ENTER),
                0x7f => out(key::BACKSPACE),
                _ => out(i32::from(byte)),
            }
            return;
        }
        self.pending.push(byte);
        match self.pending.as_slice() {
            [0x1b, b'[' | b'O'] => {}
            [0x1b, b'[', params @ .., last] if (0x40..=0x7e).contains(last) => {
                if let Some(code) = sequence_key(params, *last) {
                    out(code);
                }
                self.pending.clear();
            }
            [0x1b, b'O', last] => {
                if let Some(code) = sequence_key(b"", *last) {
                    out(code);
                }
                self.pending.clear();
            }
            [0x1b, b'[', ..] if self.pending.len() < MAX_SEQUENCE => {}
            [0x1b, b'[', ..] => self.pending.clear(),
            _ => {
                // ESC followed by an ordinary byte (Alt+key, or Esc typed alone then a key).
                self.pending.clear();
                out(key::ESC);
                self.feed(byte, out);
            }
        }
    }

    /// The reader's timeout expired mid-sequence: what arrived was typed keys, not a sequence.
    pub fn flush(&mut self, out: &mut impl FnMut(i32)) {
        let pending = core::mem::take(&mut self.pending);
        if let Some((_, rest)) = pending.as_slice().split_first() {
            out(key::ESC);
            for &byte in rest {
                self.feed(byte, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec::Vec;

    fn decode(bytes: &[u8]) -> Vec<i32> {
        let mut decoder = KeyDecoder::default();
        let mut keys = Vec::new();
        for &b in bytes {
            decoder.feed(b, &mut |k| keys.push(k));
        }
        decoder.flush(&mut |k| keys.push(k));
        keys
    }

    #[test]
    fn arrows_in_both_forms() {
        assert_eq!(
            decode(b"\x1b[A\x1b[B\x1b[C\x1b[D"),
            [key::UP, key::DOWN, key::RIGHT, key::LEFT]
        );
        assert_eq!(
            decode(b"\x1bOA\x1bOB\x1bOC\x1bOD"),
            [key::UP, key::DOWN, key::RIGHT, key::LEFT]
        );
    }

    #[test]
    fn home_end_delete_and_pages() {
        assert_eq!(
            decode(b"\x1b[H\x1b[F\x1bOH\x1bOF\x1b[1~\x1b[4~\x1b[7~\x1b[8~"),
            [
                key::HOME,
                key::END,
                key::HOME,
                key::END,
                key::HOME,
                key::END,
                key::HOME,
                key::END
            ]
        );
        assert_eq!(
            decode(b"\x1b[3~\x1b[5~\x1b[6~"),
            [key::DELETE, key::PGUP, key::PGDN]
        );
    }

    #[test]
    fn modifiers_are_ignored_and_unknown_sequences_dropped() {
        assert_eq!(decode(b"\x1b[1;5C"), [key::RIGHT]);
        assert_eq!(decode(b"\x1b[3;2~"), [key::DELETE]);
        assert_eq!(decode(b"\x1b[15~x"), [i32::from(b'x')]);
    }

    #[test]
    fn enter_and_backspace() {
        assert_eq!(decode(b"a\rb\nc\x7f"), [97, 10, 98, 10, 99, 8]);
        assert_eq!(decode(b"\r\n"), [10, 10]);
    }

    #[test]
    fn lone_escape_is_released_by_flush() {
        assert_eq!(decode(b"\x1b"), [key::ESC]);
        assert_eq!(decode(b"\x1bx"), [key::ESC, i32::from(b'x')]);
        assert_eq!(decode(b"\x1b["), [key::ESC, i32::from(b'[')]);
    }

    #[test]
    fn control_bytes_pass_through() {
        assert_eq!(decode(b"\x01\x03\x04\x05"), [1, 3, 4, 5]);
    }
}

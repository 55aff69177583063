//! The line editor: one line of input edited in place, as a pure state machine. Keys come in
//! one at a time (`feed`); the screen is updated by writing bytes that every console
//! understands: the line's own characters, spaces and backspace (8, "one column left"),
//! never escape sequences (the VibeOS console has none). Erasing is done by overwriting
//! with spaces, since the editor knows how wide the line it drew was.
//!
//! Keys: printable bytes and UTF-8 sequences insert at the cursor; LEFT/RIGHT/HOME/END and
//! Ctrl+B/F/A/E move; BACKSPACE/DELETE and Ctrl+D delete (a backspace in leading
//! indentation removes up to 4 spaces); Ctrl+K/Ctrl+U cut to the end/start; UP/DOWN and
//! Ctrl+P/N walk the history; TAB inserts 4 spaces; Enter submits; Ctrl+C cancels. On an
//! empty primary line Ctrl+A/B/D/E instead leave the editor for the REPL's other modes.

use super::keys;
use super::ReplConsole;
use alloc::collections::VecDeque;
use alloc::vec::Vec;

/// Most lines the history keeps.
pub const HISTORY_LEN: usize = 50;

/// What a key did to the line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditEvent {
    /// Still editing.
    Editing,
    /// Enter: the line is `LineEditor::line()`.
    Submit,
    /// Ctrl+C: the line is abandoned.
    Cancel,
    /// Ctrl+D on an empty primary line.
    EndOfInput,
    /// Ctrl+A on an empty primary line.
    RawRepl,
    /// Ctrl+B on an empty primary line.
    Banner,
    /// Ctrl+E on an empty primary line.
    PasteMode,
}

/// Previously submitted lines, newest first.
#[derive(Default)]
pub struct History {
    lines: VecDeque<Vec<u8>>,
}

impl History {
    /// Remember a submitted line (blank lines and repeats of the newest are skipped; when
    /// memory is short the line is simply not remembered).
    pub fn add(&mut self, line: &[u8]) {
        if line.iter().all(|b| b.is_ascii_whitespace()) {
            return;
        }
        if self
            .lines
            .front()
            .is_some_and(|newest| newest.as_slice() == line)
        {
            return;
        }
        let mut copy = Vec::new();
        if copy.try_reserve_exact(line.len()).is_err() {
            return;
        }
        copy.extend_from_slice(line);
        if self.lines.len() >= HISTORY_LEN {
            self.lines.pop_back();
        }
        if self.lines.try_reserve(1).is_ok() {
            self.lines.push_front(copy);
        }
    }

    /// Line `age` (0 = newest).
    pub fn get(&self, age: usize) -> Option<&[u8]> {
        self.lines.get(age).map(Vec::as_slice)
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

/// Screen columns a run of UTF-8 bytes takes: one per character.
fn columns(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

/// Bytes in a UTF-8 sequence that starts with `lead`, or `None` if it cannot start one.
fn utf8_len(lead: u8) -> Option<usize> {
    match lead {
        0xC2..=0xDF => Some(2),
        0xE0..=0xEF => Some(3),
        0xF0..=0xF4 => Some(4),
        _ => None,
    }
}

const BACKSPACES: [u8; 16] = [keys::BACKSPACE as u8; 16];
const SPACES: [u8; 16] = [b' '; 16];

/// Write `count` copies of a byte from `run` (a run of one repeated byte).
fn repeat(out: &mut dyn ReplConsole, run: &[u8; 16], mut count: usize) {
    while count > 0 {
        let n = count.min(run.len());
        out.write(&run[..n]);
        count -= n;
    }
}

pub struct LineEditor {
    line: Vec<u8>,
    /// Byte index of the cursor, always on a character boundary.
    cursor: usize,
    /// A UTF-8 sequence being typed: its bytes so far and its full length.
    partial: [u8; 4],
    partial_len: usize,
    partial_need: usize,
    /// Position in the history while walking it (0 = newest).
    history_age: Option<usize>,
    /// The REPL's first prompt (not a continuation line): enables the mode keys.
    primary: bool,
}

impl Default for LineEditor {
    fn default() -> Self {
        LineEditor::new()
    }
}

impl LineEditor {
    pub fn new() -> Self {
        LineEditor {
            line: Vec::new(),
            cursor: 0,
            partial: [0; 4],
            partial_len: 0,
            partial_need: 0,
            history_age: None,
            primary: false,
        }
    }

    /// Start a new line, drawn pre-filled with `indent` spaces (auto-indent), right after
    /// the prompt the caller has written. `primary` marks the REPL's `>>> ` line.
    pub fn start(&mut self, indent: usize, primary: bool, out: &mut dyn ReplConsole) {
        self.line.clear();
        self.cursor = 0;
        self.partial_len = 0;
        self.history_age = None;
        self.primary = primary;
        if indent > 0 && self.line.try_reserve(indent).is_ok() {
            self.line.resize(indent, b' ');
            self.cursor = indent;
            repeat(out, &SPACES, indent);
        }
    }

    /// The line as edited so far.
    pub fn line(&self) -> &[u8] {
        &self.line
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Apply one key.
    pub fn feed(&mut self, key: u32, history: &History, out: &mut dyn ReplConsole) -> EditEvent {
        if (self.partial_len > 0 || (0x80..0x100).contains(&key)) && self.feed_utf8(key, out) {
            return EditEvent::Editing;
        }
        let empty_primary = self.primary && self.line.is_empty();
        match key {
            keys::ENTER | keys::CR => return EditEvent::Submit,
            keys::CTRL_C => return EditEvent::Cancel,
            keys::CTRL_A if empty_primary => return EditEvent::RawRepl,
            keys::CTRL_B if empty_primary => return EditEvent::Banner,
            keys::CTRL_D if empty_primary => return EditEvent::EndOfInput,
            keys::CTRL_E if empty_primary => return EditEvent::PasteMode,
            keys::LEFT | keys::CTRL_B => self.move_left(out),
            keys::RIGHT | keys::CTRL_F => self.move_right(out),
            keys::HOME | keys::CTRL_A => self.move_home(out),
            keys::END | keys::CTRL_E => self.move_end(out),
            keys::BACKSPACE | keys::DEL => self.backspace(out),
            keys::DELETE | keys::CTRL_D => self.delete(out),
            keys::CTRL_K => self.cut_to_end(out),
            keys::CTRL_U => self.cut_to_start(out),
            keys::UP | keys::CTRL_P => self.history_older(history, out),
            keys::DOWN | keys::CTRL_N => self.history_newer(history, out),
            keys::TAB => self.insert(b"    ", out),
            0x20..=0x7E => self.insert(&[key as u8], out),
            _ => {}
        }
        EditEvent::Editing
    }

    /// Take a byte of a UTF-8 sequence; false when `key` is not one (it ends a broken
    /// sequence and is then handled as an ordinary key).
    fn feed_utf8(&mut self, key: u32, out: &mut dyn ReplConsole) -> bool {
        let Ok(byte) = u8::try_from(key) else {
            self.partial_len = 0;
            return false;
        };
        if self.partial_len == 0 {
            if let Some(need) = utf8_len(byte) {
                self.partial[0] = byte;
                self.partial_len = 1;
                self.partial_need = need;
            }
            // A stray continuation byte or an invalid lead byte is dropped.
            return true;
        }
        if byte & 0xC0 != 0x80 {
            self.partial_len = 0;
            return false;
        }
        if let Some(slot) = self.partial.get_mut(self.partial_len) {
            *slot = byte;
            self.partial_len += 1;
        }
        if self.partial_len >= self.partial_need {
            let sequence = self.partial;
            let len = self.partial_len.min(sequence.len());
            self.partial_len = 0;
            self.insert(&sequence[..len], out);
        }
        true
    }

    /// Byte index of the character boundary before the cursor.
    fn prev_boundary(&self) -> usize {
        let mut at = self.cursor.saturating_sub(1);
        while at > 0 && self.line.get(at).is_some_and(|&b| b & 0xC0 == 0x80) {
            at -= 1;
        }
        at
    }

    /// Byte index of the character boundary after the cursor.
    fn next_boundary(&self) -> usize {
        let mut at = (self.cursor + 1).min(self.line.len());
        while self.line.get(at).is_some_and(|&b| b & 0xC0 == 0x80) {
            at += 1;
        }
        at
    }

    /// With the screen cursor at byte `from`, redraw the line from there on, blank what is
    /// left of a line that was `old_columns` wide, and put the screen cursor back on
    /// `self.cursor`.
    fn redraw_from(&self, from: usize, old_columns: usize, out: &mut dyn ReplConsole) {
        let tail = self.line.get(from..).unwrap_or_default();
        out.write(tail);
        let new_columns = columns(&self.line);
        let blank = old_columns.saturating_sub(new_columns);
        repeat(out, &SPACES, blank);
        let after_cursor = columns(self.line.get(self.cursor..).unwrap_or_default());
        repeat(out, &BACKSPACES, blank + after_cursor);
    }

    fn insert(&mut self, bytes: &[u8], out: &mut dyn ReplConsole) {
        if self.line.try_reserve(bytes.len()).is_err() {
            return;
        }
        let at = self.cursor;
        let old_columns = columns(&self.line);
        // Capacity is reserved, so these inserts cannot allocate.
        for (offset, &byte) in bytes.iter().enumerate() {
            self.line.insert(at + offset, byte);
        }
        self.cursor += bytes.len();
        self.redraw_from(at, old_columns, out);
    }

    /// Remove bytes `start..self.cursor`, the screen cursor being at `self.cursor`.
    fn remove_before_cursor(&mut self, start: usize, out: &mut dyn ReplConsole) {
        let old_columns = columns(&self.line);
        let removed = columns(self.line.get(start..self.cursor).unwrap_or_default());
        repeat(out, &BACKSPACES, removed);
        self.line.drain(start..self.cursor);
        self.cursor = start;
        self.redraw_from(start, old_columns, out);
    }

    fn backspace(&mut self, out: &mut dyn ReplConsole) {
        if self.cursor == 0 {
            return;
        }
        let before = self.line.get(..self.cursor).unwrap_or_default();
        let start = if before.iter().all(|&b| b == b' ') {
            // In the indentation: back to the previous multiple of 4.
            (self.cursor - 1) / 4 * 4
        } else {
            self.prev_boundary()
        };
        self.remove_before_cursor(start, out);
    }

    fn delete(&mut self, out: &mut dyn ReplConsole) {
        if self.cursor >= self.line.len() {
            return;
        }
        let old_columns = columns(&self.line);
        let end = self.next_boundary();
        self.line.drain(self.cursor..end);
        self.redraw_from(self.cursor, old_columns, out);
    }

    fn move_left(&mut self, out: &mut dyn ReplConsole) {
        if self.cursor > 0 {
            self.cursor = self.prev_boundary();
            out.write(&BACKSPACES[..1]);
        }
    }

    fn move_right(&mut self, out: &mut dyn ReplConsole) {
        if self.cursor < self.line.len() {
            let end = self.next_boundary();
            out.write(self.line.get(self.cursor..end).unwrap_or_default());
            self.cursor = end;
        }
    }

    fn move_home(&mut self, out: &mut dyn ReplConsole) {
        repeat(
            out,
            &BACKSPACES,
            columns(self.line.get(..self.cursor).unwrap_or_default()),
        );
        self.cursor = 0;
    }

    fn move_end(&mut self, out: &mut dyn ReplConsole) {
        out.write(self.line.get(self.cursor..).unwrap_or_default());
        self.cursor = self.line.len();
    }

    fn cut_to_end(&mut self, out: &mut dyn ReplConsole) {
        let old_columns = columns(&self.line);
        self.line.truncate(self.cursor);
        self.redraw_from(self.cursor, old_columns, out);
    }

    fn cut_to_start(&mut self, out: &mut dyn ReplConsole) {
        self.remove_before_cursor(0, out);
    }

    /// Show `text` as the whole line, cursor at its end.
    fn replace_line(&mut self, text: &[u8], out: &mut dyn ReplConsole) {
        let mut line = Vec::new();
        if line.try_reserve_exact(text.len()).is_err() {
            return;
        }
        line.extend_from_slice(text);
        self.move_home(out);
        let old_columns = columns(&self.line);
        self.line = line;
        self.cursor = self.line.len();
        self.redraw_from(0, old_columns, out);
    }

    fn history_older(&mut self, history: &History, out: &mut dyn ReplConsole) {
        let age = self.history_age.map_or(0, |age| age + 1);
        if let Some(text) = history.get(age) {
            self.history_age = Some(age);
            self.replace_line(text, out);
        }
    }

    fn history_newer(&mut self, history: &History, out: &mut dyn ReplConsole) {
        match self.history_age {
            Some(0) => {
                self.history_age = None;
                self.replace_line(b"", out);
            }
            Some(age) => {
                if let Some(text) = history.get(age - 1) {
                    self.history_age = Some(age - 1);
                    self.replace_line(text, out);
                }
            }
            None => {}
        }
    }
}

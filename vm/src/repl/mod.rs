//! The REPL engine: the friendly REPL (`>>> ` / `... ` prompts, line editing, history,
//! auto-indent, continuation lines until the input is complete), paste mode (Ctrl+E), and
//! the raw REPL (Ctrl+A) with raw-paste flow control, byte-compatible with MicroPython's
//! so that `mpremote` can drive it.
//!
//! In: keys from a `ReplConsole` (bytes, or key codes >= 0x100 for arrows and the like).
//! Out: bytes to the same console and source text to a `ReplExecutor`, which compiles and
//! runs it and reports how it ended. Newlines are written as '\n' alone: the console turns
//! them into CR LF (VibeOS's console does; a host terminal does with output processing on).

pub mod keys;
mod line_editor;
mod paste;
mod raw;
#[cfg(test)]
mod tests;

pub use line_editor::{EditEvent, History, LineEditor, HISTORY_LEN};

use crate::bytecode::encode::{push_byte, push_bytes};
use alloc::vec::Vec;

const PROMPT: &[u8] = b">>> ";
const CONTINUATION_PROMPT: &[u8] = b"... ";
/// Spaces added after a line that opens a block (ends with ':').
const INDENT_STEP: usize = 4;
const INPUT_TOO_LARGE: &[u8] = b"MemoryError: input too large\n";

/// The terminal the REPL talks to.
pub trait ReplConsole {
    /// Write bytes as they are ('\n' alone ends a line).
    fn write(&mut self, bytes: &[u8]);
    /// Wait for the next key; `None` when input has ended for good.
    fn read_key(&mut self) -> Option<u32>;
    /// Deliver input bytes exactly as they arrive (true), or as keys (false: a terminal's
    /// escape sequences decoded, CR read as Enter). The raw REPL asks for bytes, since a
    /// program sent to it may hold any of them; a console whose input is bytes anyway (a
    /// keyboard) has nothing to change.
    fn set_raw_input(&mut self, _raw: bool) {}
}

/// How a piece of source is to be compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    /// One statement typed at the friendly REPL: expression values are printed.
    Single,
    /// A whole program (paste mode, raw REPL): like a file.
    File,
}

/// How an execution ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Completed,
    /// An exception escaped; `ReplExecutor::print_exception` prints it.
    Raised,
    /// SystemExit with this status.
    Exit(i32),
}

/// Who reads an exception report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportStyle {
    /// A person, at the friendly REPL or in paste mode: the traceback as CPython prints it.
    Friendly,
    /// A tool, on the raw REPL: the same traceback, except that an OSError carrying a
    /// known errno ends with MicroPython's line (`OSError: [Errno 2] ENOENT`), the one
    /// tools such as mpremote parse to tell a missing file from a failure.
    Raw,
}

/// The engine behind the REPL.
pub trait ReplExecutor {
    /// Whether `source` (the lines typed so far joined by '\n', no trailing newline) is a
    /// complete statement, or needs more lines. A compound statement ends with an empty
    /// line, so its source then ends in '\n'.
    fn is_complete_input(&mut self, source: &[u8]) -> bool;
    /// Compile and run `source`. Output may go to `console`. Ctrl+C during the run is the
    /// executor's to notice (it raises KeyboardInterrupt, ending in `Outcome::Raised`).
    fn execute(&mut self, source: &[u8], kind: InputKind, console: &mut dyn ReplConsole)
        -> Outcome;
    /// Print the exception of the last `Outcome::Raised` (traceback and message).
    fn print_exception(&mut self, console: &mut dyn ReplConsole, style: ReportStyle);
    /// Forget all state, as after a reboot (raw REPL Ctrl+D on empty input).
    fn soft_reset(&mut self);
}

/// Why `Repl::run` returned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplExit {
    /// Ctrl+D on an empty line.
    CtrlD,
    /// The console's input ended.
    EndOfInput,
    /// SystemExit raised at the friendly REPL.
    SystemExit(i32),
}

pub struct Repl<'b> {
    banner: &'b [u8],
    history: History,
    editor: LineEditor,
}

/// A line of spaces and tabs only.
fn is_blank(line: &[u8]) -> bool {
    line.iter().all(|&b| b == b' ' || b == b'\t')
}

/// The indentation to pre-fill after `line`: one step deeper after a line ending in ':',
/// none after two blank lines in a row (so Enter pressed three times ends any block, as in
/// MicroPython), otherwise the same.
fn next_indent(line: &[u8], previous_blank: bool) -> usize {
    let leading = line.iter().take_while(|&&b| b == b' ').count();
    let content = line.trim_ascii_end();
    if content.ends_with(b":") {
        leading + INDENT_STEP
    } else if content.is_empty() && previous_blank {
        0
    } else {
        leading
    }
}

/// Run `source` at the friendly REPL or in paste mode, printing an escaping exception.
fn run_friendly(
    source: &[u8],
    kind: InputKind,
    console: &mut dyn ReplConsole,
    executor: &mut dyn ReplExecutor,
) -> Option<ReplExit> {
    match executor.execute(source, kind, console) {
        Outcome::Completed => None,
        Outcome::Raised => {
            executor.print_exception(console, ReportStyle::Friendly);
            None
        }
        Outcome::Exit(status) => Some(ReplExit::SystemExit(status)),
    }
}

impl<'b> Repl<'b> {
    /// `banner` is printed at start and on Ctrl+B (end it with '\n').
    pub fn new(banner: &'b [u8]) -> Self {
        Repl {
            banner,
            history: History::default(),
            editor: LineEditor::new(),
        }
    }

    /// Print the banner and serve the console until Ctrl+D, end of input or SystemExit.
    pub fn run(
        &mut self,
        console: &mut dyn ReplConsole,
        executor: &mut dyn ReplExecutor,
    ) -> ReplExit {
        console.write(self.banner);
        loop {
            if let Some(exit) = self.statement(console, executor) {
                return exit;
            }
        }
    }

    /// Read one statement (one or more lines) and run it, or serve one excursion into paste
    /// mode or the raw REPL.
    fn statement(
        &mut self,
        console: &mut dyn ReplConsole,
        executor: &mut dyn ReplExecutor,
    ) -> Option<ReplExit> {
        let mut source = Vec::new();
        let mut indent = 0;
        let mut previous_blank = false;
        let mut primary = true;
        loop {
            console.write(if primary { PROMPT } else { CONTINUATION_PROMPT });
            self.editor.start(indent, primary, console);
            let event = loop {
                let Some(key) = console.read_key() else {
                    console.write(b"\n");
                    return Some(ReplExit::EndOfInput);
                };
                match self.editor.feed(key, &self.history, console) {
                    EditEvent::Editing => {}
                    event => break event,
                }
            };
            match event {
                EditEvent::Submit => {
                    console.write(b"\n");
                    let line = self.editor.line();
                    self.history.add(line);
                    let appended = if primary {
                        push_bytes(&mut source, line)
                    } else {
                        push_byte(&mut source, b'\n').and_then(|()| push_bytes(&mut source, line))
                    };
                    if appended.is_err() {
                        console.write(INPUT_TOO_LARGE);
                        return None;
                    }
                    if primary && is_blank(&source) {
                        return None;
                    }
                    if executor.is_complete_input(&source) {
                        return run_friendly(&source, InputKind::Single, console, executor);
                    }
                    indent = next_indent(line, previous_blank);
                    previous_blank = is_blank(line);
                    primary = false;
                }
                EditEvent::Cancel => {
                    console.write(b"\n");
                    return None;
                }
                EditEvent::EndOfInput => {
                    console.write(b"\n");
                    return Some(ReplExit::CtrlD);
                }
                EditEvent::Banner => {
                    console.write(b"\n");
                    console.write(self.banner);
                    return None;
                }
                EditEvent::PasteMode => return paste::paste_mode(console, executor),
                EditEvent::RawRepl => {
                    console.write(b"\n");
                    console.set_raw_input(true);
                    let exit = raw::raw_repl(console, executor);
                    console.set_raw_input(false);
                    if exit.is_none() {
                        console.write(self.banner);
                    }
                    return exit;
                }
                EditEvent::Editing => {}
            }
        }
    }
}

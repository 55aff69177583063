//! The REPL driven by a scripted console and a recording executor: every byte written is
//! checked, so the drawing (backspaces and spaces only) and the raw REPL framing are pinned.

use super::*;
use alloc::collections::VecDeque;
use alloc::vec;
use alloc::vec::Vec;

const BANNER: &[u8] = b"VibePy test\n";

struct FakeConsole {
    keys: VecDeque<u32>,
    out: Vec<u8>,
    /// Each `set_raw_input` call: how much output had been written, and the setting.
    raw_input: Vec<(usize, bool)>,
}

impl FakeConsole {
    fn new(keys: &[u32]) -> Self {
        FakeConsole {
            keys: keys.iter().copied().collect(),
            out: Vec::new(),
            raw_input: Vec::new(),
        }
    }
}

impl ReplConsole for FakeConsole {
    fn write(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }

    fn read_key(&mut self) -> Option<u32> {
        self.keys.pop_front()
    }

    fn set_raw_input(&mut self, raw: bool) {
        self.raw_input.push((self.out.len(), raw));
    }
}

/// Records what it runs; complete = no line ends in ':' or the source ends with an empty
/// line (the rule the compiler's check follows for blocks).
#[derive(Default)]
struct FakeExecutor {
    runs: Vec<(Vec<u8>, InputKind)>,
    soft_resets: usize,
    /// Sources containing this raise; "exit" exits.
    raise_on: Option<&'static [u8]>,
}

impl ReplExecutor for FakeExecutor {
    fn is_complete_input(&mut self, source: &[u8]) -> bool {
        let opens_block = source
            .split(|&b| b == b'\n')
            .any(|line| line.trim_ascii_end().ends_with(b":"));
        !opens_block || source.ends_with(b"\n")
    }

    fn execute(
        &mut self,
        source: &[u8],
        kind: InputKind,
        console: &mut dyn ReplConsole,
    ) -> Outcome {
        self.runs.push((source.to_vec(), kind));
        if source == b"exit" {
            return Outcome::Exit(7);
        }
        if self
            .raise_on
            .is_some_and(|needle| source.windows(needle.len()).any(|w| w == needle))
        {
            return Outcome::Raised;
        }
        console.write(b"out\n");
        Outcome::Completed
    }

    fn print_exception(&mut self, console: &mut dyn ReplConsole, style: ReportStyle) {
        console.write(match style {
            ReportStyle::Friendly => b"Traceback\nError\n",
            ReportStyle::Raw => b"Traceback\nRawError\n",
        });
    }

    fn soft_reset(&mut self) {
        self.soft_resets += 1;
    }
}

/// Keys for typing `text`.
fn typed(text: &[u8]) -> Vec<u32> {
    text.iter().map(|&b| u32::from(b)).collect()
}

/// Run the REPL over `keys` (then end of input).
fn session(keys: &[u32], executor: &mut FakeExecutor) -> (Vec<u8>, ReplExit) {
    let mut console = FakeConsole::new(keys);
    let exit = Repl::new(BANNER).run(&mut console, executor);
    (console.out, exit)
}

fn concat(parts: &[&[u8]]) -> Vec<u8> {
    parts.concat()
}

fn keys(parts: &[&[u32]]) -> Vec<u32> {
    parts.concat()
}

#[test]
fn a_line_is_echoed_and_run_as_single_input() {
    let mut ex = FakeExecutor::default();
    let (out, exit) = session(&typed(b"1+1\n"), &mut ex);
    assert_eq!(out, concat(&[BANNER, b">>> 1+1\nout\n>>> \n"]));
    assert_eq!(exit, ReplExit::EndOfInput);
    assert_eq!(ex.runs, vec![(b"1+1".to_vec(), InputKind::Single)]);
}

#[test]
fn an_empty_line_runs_nothing() {
    let mut ex = FakeExecutor::default();
    let (out, _) = session(&typed(b"\n  \r"), &mut ex);
    assert_eq!(out, concat(&[BANNER, b">>> \n>>>   \n>>> \n"]));
    assert!(ex.runs.is_empty());
}

#[test]
fn inserting_in_the_middle_redraws_the_tail() {
    let mut ex = FakeExecutor::default();
    let k = keys(&[&typed(b"ac"), &[keys::LEFT], &typed(b"b\n")]);
    let (out, _) = session(&k, &mut ex);
    // "ac", back over 'c', then "bc" and back over 'c' again.
    assert_eq!(out, concat(&[BANNER, b">>> ac\x08bc\x08\nout\n>>> \n"]));
    assert_eq!(ex.runs[0].0, b"abc");
}

#[test]
fn backspace_and_delete_in_the_middle_blank_the_old_end() {
    let mut ex = FakeExecutor::default();
    let k = keys(&[
        &typed(b"abcd"),
        &[keys::LEFT, keys::LEFT, keys::BACKSPACE],
        &[keys::DELETE],
        &typed(b"\n"),
    ]);
    let (out, _) = session(&k, &mut ex);
    let expected: &[&[u8]] = &[
        BANNER,
        b">>> abcd",
        b"\x08\x08",
        // Backspace: left over 'b', redraw "cd", blank one column, back to the cursor.
        b"\x08cd \x08\x08\x08",
        // Delete: redraw "d", blank one column, back.
        b"d \x08\x08",
        b"\nout\n>>> \n",
    ];
    assert_eq!(out, concat(expected));
    assert_eq!(ex.runs[0].0, b"ad");
}

#[test]
fn home_end_and_cuts() {
    let mut ex = FakeExecutor::default();
    let k = keys(&[
        &typed(b"xyz"),
        &[keys::HOME, keys::CTRL_K],
        &typed(b"hello"),
        &[keys::LEFT, keys::LEFT, keys::CTRL_U, keys::END],
        &typed(b"!\n"),
    ]);
    let (out, _) = session(&k, &mut ex);
    assert_eq!(ex.runs[0].0, b"lo!");
    let expected: &[&[u8]] = &[
        BANNER,
        b">>> xyz",
        b"\x08\x08\x08",
        b"   \x08\x08\x08",
        b"hello",
        b"\x08\x08",
        b"\x08\x08\x08lo   \x08\x08\x08\x08\x08",
        b"lo",
        b"!",
        b"\nout\n>>> \n",
    ];
    assert_eq!(out, concat(expected));
}

#[test]
fn history_walks_back_and_forth() {
    let mut ex = FakeExecutor::default();
    let k = keys(&[
        &typed(b"x=1\nyy=2\n"),
        &[
            keys::UP,
            keys::UP,
            keys::DOWN,
            keys::UP,
            keys::DOWN,
            keys::DOWN,
        ],
        &[keys::UP],
        &typed(b"\n"),
    ]);
    let (out, _) = session(&k, &mut ex);
    let runs: Vec<&[u8]> = ex.runs.iter().map(|(s, _)| s.as_slice()).collect();
    assert_eq!(runs, [&b"x=1"[..], b"yy=2", b"yy=2"]);
    let expected: &[&[u8]] = &[
        BANNER,
        b">>> x=1\nout\n>>> yy=2\nout\n>>> ",
        b"yy=2",
        b"\x08\x08\x08\x08x=1 \x08",
        b"\x08\x08\x08yy=2",
        b"\x08\x08\x08\x08x=1 \x08",
        b"\x08\x08\x08yy=2",
        b"\x08\x08\x08\x08    \x08\x08\x08\x08",
        b"yy=2",
        b"\nout\n>>> \n",
    ];
    assert_eq!(out, concat(expected));
}

#[test]
fn history_is_bounded_and_skips_repeats() {
    let mut history = History::default();
    for i in 0..HISTORY_LEN + 10 {
        history.add(alloc::format!("line{i}").as_bytes());
    }
    history.add(b"last");
    history.add(b"last");
    history.add(b"   ");
    assert_eq!(history.len(), HISTORY_LEN);
    assert_eq!(history.get(0), Some(&b"last"[..]));
    assert_eq!(history.get(1), Some(&b"line59"[..]));
}

#[test]
fn auto_indent_follows_blocks() {
    let mut ex = FakeExecutor::default();
    let k = typed(b"for i in x:\nif i:\nf(i)\n\n\n\n");
    let (out, _) = session(&k, &mut ex);
    let expected: &[&[u8]] = &[
        BANNER,
        b">>> for i in x:\n",
        b"...     if i:\n",
        b"...         f(i)\n",
        // A first blank line keeps the indent; after a second one there is none.
        b"...         \n",
        b"...         \n",
        b"... \n",
        b"out\n>>> \n",
    ];
    assert_eq!(out, concat(expected));
    assert_eq!(
        ex.runs[0].0,
        b"for i in x:\n    if i:\n        f(i)\n        \n        \n"
    );
}

#[test]
fn backspace_removes_a_whole_indent_step() {
    let mut ex = FakeExecutor::default();
    let k = keys(&[
        &typed(b"if 1:\nif 2:\n"),
        &[keys::BACKSPACE],
        &typed(b"x\n\n\n\n"),
    ]);
    let (out, _) = session(&k, &mut ex);
    let expected: &[&[u8]] = &[
        BANNER,
        b">>> if 1:\n...     if 2:\n...         ",
        b"\x08\x08\x08\x08    \x08\x08\x08\x08",
        b"x\n...     \n...     \n... \n",
        b"out\n>>> \n",
    ];
    assert_eq!(out, concat(expected));
    assert_eq!(ex.runs[0].0, b"if 1:\n    if 2:\n    x\n    \n    \n");
}

#[test]
fn ctrl_c_cancels_the_statement() {
    let mut ex = FakeExecutor::default();
    let k = keys(&[&typed(b"if 1:\nab"), &[keys::CTRL_C], &typed(b"z\n")]);
    let (out, _) = session(&k, &mut ex);
    assert_eq!(
        out,
        concat(&[BANNER, b">>> if 1:\n...     ab\n>>> z\nout\n>>> \n"])
    );
    assert_eq!(ex.runs.len(), 1);
    assert_eq!(ex.runs[0].0, b"z");
}

#[test]
fn ctrl_d_exits_only_on_an_empty_primary_line() {
    let mut ex = FakeExecutor::default();
    let k = keys(&[
        &typed(b"ab"),
        &[keys::LEFT, keys::CTRL_D],
        &typed(b"\n"),
        &[keys::CTRL_D],
    ]);
    let (out, exit) = session(&k, &mut ex);
    assert_eq!(exit, ReplExit::CtrlD);
    assert_eq!(ex.runs[0].0, b"a");
    assert!(out.ends_with(b">>> \n"));
}

#[test]
fn exceptions_are_printed_and_system_exit_ends_the_repl() {
    let mut ex = FakeExecutor {
        raise_on: Some(b"boom"),
        ..FakeExecutor::default()
    };
    let (out, exit) = session(&typed(b"boom\nexit\nnever\n"), &mut ex);
    assert_eq!(
        out,
        concat(&[BANNER, b">>> boom\nTraceback\nError\n>>> exit\n"])
    );
    assert_eq!(exit, ReplExit::SystemExit(7));
}

#[test]
fn utf8_characters_move_as_one_column() {
    let mut ex = FakeExecutor::default();
    let k = keys(&[
        &typed("é".as_bytes()),
        &typed(b"x"),
        &[keys::LEFT, keys::LEFT],
        &typed(b"\xc3\xa0\n"),
    ]);
    let (out, _) = session(&k, &mut ex);
    assert_eq!(ex.runs[0].0, "àéx".as_bytes());
    let expected: &[&[u8]] = &[
        BANNER,
        b">>> ",
        "é".as_bytes(),
        b"x\x08\x08",
        "àéx\x08\x08".as_bytes(),
        b"\nout\n>>> \n",
    ];
    assert_eq!(out, concat(expected));
}

#[test]
fn paste_mode_runs_the_text_as_a_file() {
    let mut ex = FakeExecutor::default();
    let k = keys(&[&[keys::CTRL_E], &typed(b"if 1:\n  x\n"), &[keys::CTRL_D]]);
    let (out, _) = session(&k, &mut ex);
    let expected: &[&[u8]] = &[
        BANNER,
        b">>> \npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== ",
        b"if 1:\n=== ",
        b"  x\n=== ",
        b"\nout\n>>> \n",
    ];
    assert_eq!(out, concat(expected));
    assert_eq!(ex.runs, vec![(b"if 1:\n  x\n".to_vec(), InputKind::File)]);
}

#[test]
fn paste_mode_ctrl_c_cancels() {
    let mut ex = FakeExecutor::default();
    let k = keys(&[&[keys::CTRL_E], &typed(b"abc"), &[keys::CTRL_C]]);
    let (out, _) = session(&k, &mut ex);
    let expected: &[&[u8]] = &[
        BANNER,
        b">>> \npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== abc\n>>> \n",
    ];
    assert_eq!(out, concat(expected));
    assert!(ex.runs.is_empty());
}

#[test]
fn paste_mode_backspace_stays_on_the_line() {
    let mut ex = FakeExecutor::default();
    let k = keys(&[
        &[keys::CTRL_E],
        &typed(b"ab\n"),
        &[keys::DEL, keys::BACKSPACE],
        &typed("cé".as_bytes()),
        &[keys::BACKSPACE, keys::CTRL_D],
    ]);
    let (out, _) = session(&k, &mut ex);
    assert!(out
        .ends_with(concat(&[b"ab\n=== ", "cé".as_bytes(), b"\x08 \x08\nout\n>>> \n"]).as_slice()));
    assert_eq!(ex.runs[0].0, b"ab\nc");
}

#[test]
fn raw_repl_framing_is_exact() {
    let mut ex = FakeExecutor {
        raise_on: Some(b"boom"),
        ..FakeExecutor::default()
    };
    let k = keys(&[
        &[keys::CTRL_A],
        &typed(b"print(1)"),
        &[keys::CTRL_D],
        &typed(b"boom"),
        &[keys::CTRL_D],
        &[keys::CTRL_D],
        &typed(b"junk"),
        &[keys::CTRL_C, keys::CTRL_A],
        &[keys::CTRL_B],
    ]);
    let (out, _) = session(&k, &mut ex);
    let expected: &[&[u8]] = &[
        BANNER,
        b">>> \nraw REPL; CTRL-B to exit\n>",
        b"OKout\n\x04\x04>",
        b"OK\x04Traceback\nRawError\n\x04>",
        b"soft reboot\nraw REPL; CTRL-B to exit\n>",
        b"\nraw REPL; CTRL-B to exit\n>",
        b"\n",
        BANNER,
        b">>> \n",
    ];
    assert_eq!(out, concat(expected));
    assert_eq!(ex.soft_resets, 1);
    let runs: Vec<&[u8]> = ex.runs.iter().map(|(s, _)| s.as_slice()).collect();
    assert_eq!(runs, [&b"print(1)"[..], b"boom"]);
    assert!(ex.runs.iter().all(|(_, kind)| *kind == InputKind::File));
}

#[test]
fn raw_repl_takes_input_undecoded_until_it_is_left() {
    let mut ex = FakeExecutor::default();
    let k = keys(&[
        &typed(b"1\n"),
        &[keys::CTRL_A],
        &typed(b"2"),
        &[keys::CTRL_D, keys::CTRL_B],
    ]);
    let mut console = FakeConsole::new(&k);
    Repl::new(BANNER).run(&mut console, &mut ex);
    let entered = concat(&[BANNER, b">>> 1\nout\n>>> \n"]).len();
    let left = concat(&[
        BANNER,
        b">>> 1\nout\n>>> \nraw REPL; CTRL-B to exit\n>OKout\n\x04\x04>\n",
    ]);
    assert_eq!(console.raw_input, [(entered, true), (left.len(), false)]);
    assert!(console.out.starts_with(&left));
}

#[test]
fn raw_repl_keeps_bytes_verbatim() {
    let mut ex = FakeExecutor::default();
    let k = keys(&[
        &[keys::CTRL_A],
        &typed(b"a\tb\n\x08c"),
        &[keys::LEFT, keys::CTRL_D],
    ]);
    let (_, _) = session(&k, &mut ex);
    assert_eq!(ex.runs[0].0, b"a\tb\n\x08c");
}

#[test]
fn raw_paste_flow_control_and_framing() {
    let mut ex = FakeExecutor::default();
    let data: Vec<u8> = (0..1100u32).map(|i| b'a' + (i % 26) as u8).collect();
    let k = keys(&[
        &[keys::CTRL_A],
        &typed(b"\x05A\x01"),
        &typed(&data),
        &[keys::CTRL_D],
        &[keys::CTRL_B],
    ]);
    let (out, _) = session(&k, &mut ex);
    let expected: &[&[u8]] = &[
        BANNER,
        b">>> \nraw REPL; CTRL-B to exit\n>",
        b"R\x01\x00\x02",
        // 1100 bytes with a 512-byte window: two more windows granted.
        b"\x01\x01",
        b"\x04",
        b"out\n\x04\x04>",
        b"\n",
        BANNER,
        b">>> \n",
    ];
    assert_eq!(out, concat(expected));
    assert_eq!(ex.runs, vec![(data, InputKind::File)]);
}

#[test]
fn raw_repl_ends_with_input() {
    let mut ex = FakeExecutor::default();
    let (_, exit) = session(&keys(&[&[keys::CTRL_A], &typed(b"x")]), &mut ex);
    assert_eq!(exit, ReplExit::EndOfInput);
    let (_, exit) = session(&keys(&[&[keys::CTRL_A], &typed(b"\x05A\x01xy")]), &mut ex);
    assert_eq!(exit, ReplExit::EndOfInput);
    assert!(ex.runs.is_empty());
}

#[test]
fn ctrl_b_prints_the_banner() {
    let mut ex = FakeExecutor::default();
    let (out, _) = session(&[keys::CTRL_B], &mut ex);
    assert_eq!(out, concat(&[BANNER, b">>> \n", BANNER, b">>> \n"]));
}

#[test]
fn next_indent_rules() {
    assert_eq!(next_indent(b"if x:", false), 4);
    assert_eq!(next_indent(b"    if x:  ", false), 8);
    assert_eq!(next_indent(b"    y", false), 4);
    assert_eq!(next_indent(b"    ", false), 4);
    assert_eq!(next_indent(b"    ", true), 0);
    assert_eq!(next_indent(b"        ", true), 0);
    assert_eq!(next_indent(b"", true), 0);
}

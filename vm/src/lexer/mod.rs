//! The lexer: Python source text in, tokens out, one at a time on demand (the parser
//! pulls them), so errors surface in source order and no token array is kept.
//!
//! It follows CPython 3.11's tokenizer: INDENT/DEDENT from leading whitespace (tabs to
//! multiples of 8, with the tab/space consistency check), implicit line joining inside
//! brackets, backslash continuation, a NEWLINE before end of input, string prefixes and
//! literal decoding, and CPython's error messages. Columns are 1-based byte columns;
//! `compile` converts them to character columns when it reports an error.

pub mod interner;
pub mod numbers;
pub mod strings;
pub mod token;

use crate::compiler::budget::Budget;
use crate::compiler::CompileError;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use interner::Interner;
use token::{Kw, Op, StrLit, Tok, Token, OPERATORS};

/// Deepest bracket nesting, as CPython's tokenizer (MAXLEVEL).
pub const MAX_PAREN_DEPTH: usize = 200;
/// Deepest indentation, as CPython's tokenizer (MAXINDENT).
pub const MAX_INDENT_DEPTH: usize = 100;

/// A syntax error value with a 1-based line and byte column.
pub fn syntax_error(msg: &str, line: u32, col: u32) -> CompileError {
    CompileError::Syntax {
        msg: String::from(msg),
        line,
        col: col.max(1),
        indentation: false,
    }
}

/// An IndentationError value.
pub fn indentation_error(msg: &str, line: u32, col: u32) -> CompileError {
    CompileError::Syntax {
        msg: String::from(msg),
        line,
        col: col.max(1),
        indentation: true,
    }
}

fn is_ident_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || (!c.is_ascii() && c.is_alphabetic())
}

fn is_ident_continue(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || c == '_'
        || (!c.is_ascii() && (c.is_alphanumeric() || is_combining(c)))
}

/// Combining marks and connector punctuation that continue identifiers (a rough cut of
/// Unicode's XID_Continue beyond letters and digits).
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36f | 0x1ab0..=0x1aff | 0x1dc0..=0x1dff | 0x20d0..=0x20ff | 0xfe20..=0xfe2f | 0x203f | 0x2040 | 0x200c | 0x200d)
}

/// An open bracket: its character and position.
#[derive(Clone, Copy)]
struct OpenBracket {
    ch: u8,
    line: u32,
    col: u32,
}

/// The tokenizer over `src[pos..end]`.
pub struct Lexer<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    end: usize,
    line: u32,
    line_start: usize,
    /// (column with tabs to 8, column with tabs as 1) of each open indentation level.
    indents: Vec<(u32, u32)>,
    pending_dedents: u32,
    brackets: Vec<OpenBracket>,
    /// A sub-lexer for an f-string field behaves as if inside one bracket.
    implicit_bracket: bool,
    at_line_start: bool,
    line_has_tokens: bool,
    /// Line given to every token (f-string fields: mpy-cross lexes them where the string
    /// ends, so their code belongs to that line).
    line_override: Option<u32>,
}

impl<'a> Lexer<'a> {
    /// A lexer over the whole source.
    pub fn new(src: &'a str) -> Lexer<'a> {
        Lexer {
            src,
            bytes: src.as_bytes(),
            pos: 0,
            end: src.len(),
            line: 1,
            line_start: 0,
            indents: Vec::new(),
            pending_dedents: 0,
            brackets: Vec::new(),
            implicit_bracket: false,
            at_line_start: true,
            line_has_tokens: false,
            line_override: None,
        }
    }

    /// A lexer over the expression `src[start..end]` of an f-string field, which begins on
    /// `line` (whose first byte is at `line_start`); newlines inside are insignificant.
    pub fn new_field(
        src: &'a str,
        start: usize,
        end: usize,
        line: u32,
        line_start: usize,
        token_line: u32,
    ) -> Lexer<'a> {
        let mut lexer = Lexer::new(src);
        lexer.line_override = Some(token_line);
        lexer.pos = start;
        lexer.end = end.min(src.len());
        lexer.line = line;
        lexer.line_start = line_start;
        lexer.implicit_bracket = true;
        lexer.at_line_start = false;
        lexer
    }

    fn byte(&self, i: usize) -> u8 {
        if i < self.end {
            self.bytes.get(i).copied().unwrap_or(0)
        } else {
            0
        }
    }

    fn col_of(&self, pos: usize) -> u32 {
        (pos.saturating_sub(self.line_start) + 1) as u32
    }

    fn char_at(&self, pos: usize) -> Option<char> {
        if pos >= self.end {
            return None;
        }
        self.src.get(pos..).and_then(|t| t.chars().next())
    }

    fn in_brackets(&self) -> bool {
        self.implicit_bracket || !self.brackets.is_empty()
    }

    fn token(&self, tok: Tok, line: u32, col: u32) -> Token {
        let line = self.line_override.unwrap_or(line);
        Token { tok, line, col }
    }

    /// Consume a newline sequence at `pos` (`\n`, `\r\n` or `\r`).
    fn take_newline(&mut self) {
        if self.byte(self.pos) == b'\r' && self.byte(self.pos + 1) == b'\n' {
            self.pos += 1;
        }
        self.pos += 1;
        self.line += 1;
        self.line_start = self.pos;
    }

    /// The next token.
    pub fn next_token(
        &mut self,
        interner: &mut Interner,
        budget: &Budget,
    ) -> Result<Token, CompileError> {
        loop {
            if self.pending_dedents > 0 {
                self.pending_dedents -= 1;
                let col = self.col_of(self.pos);
                return Ok(self.token(Tok::Dedent, self.line, col));
            }
            if self.at_line_start && !self.in_brackets() {
                if let Some(tok) = self.indentation(budget)? {
                    return Ok(tok);
                }
                if self.pending_dedents > 0 {
                    continue;
                }
            }
            while matches!(self.byte(self.pos), b' ' | b'\t' | b'\x0c') {
                self.pos += 1;
            }
            let start = self.pos;
            let col = self.col_of(start);
            let line = self.line;
            if start >= self.end {
                return self.end_of_input();
            }
            let c = self.byte(start);
            match c {
                b'#' => {
                    while self.pos < self.end && !matches!(self.byte(self.pos), b'\n' | b'\r') {
                        self.pos += 1;
                    }
                }
                b'\n' | b'\r' => {
                    self.take_newline();
                    if !self.in_brackets() && self.line_has_tokens {
                        self.at_line_start = true;
                        self.line_has_tokens = false;
                        return Ok(self.token(Tok::Newline, line, col));
                    }
                }
                b'\\' => {
                    if matches!(self.byte(start + 1), b'\n' | b'\r') {
                        self.pos += 1;
                        self.take_newline();
                        if self.pos >= self.end {
                            return Err(syntax_error(
                                "unexpected EOF while parsing",
                                line,
                                col + 1,
                            ));
                        }
                    } else if start + 1 >= self.end {
                        return Err(syntax_error("unexpected EOF while parsing", line, col + 1));
                    } else {
                        return Err(syntax_error(
                            "unexpected character after line continuation character",
                            line,
                            col + 1,
                        ));
                    }
                }
                _ => {
                    self.line_has_tokens = true;
                    let tok = self.scan_token(interner, budget)?;
                    return Ok(self.token(tok, line, col));
                }
            }
        }
    }

    fn end_of_input(&mut self) -> Result<Token, CompileError> {
        let col = self.col_of(self.pos);
        if let Some(open) = self.brackets.last() {
            let msg = format!("'{}' was never closed", open.ch as char);
            return Err(syntax_error(&msg, open.line, open.col));
        }
        if self.line_has_tokens && !self.implicit_bracket {
            self.line_has_tokens = false;
            self.at_line_start = true;
            return Ok(self.token(Tok::Newline, self.line, col));
        }
        if !self.indents.is_empty() {
            self.indents.pop();
            return Ok(self.token(Tok::Dedent, self.line, col));
        }
        Ok(self.token(Tok::EndMarker, self.line, col))
    }

    /// Measure the indentation of a new logical line; skips blank and comment-only lines.
    /// Returns an INDENT token, or sets `pending_dedents`, or nothing.
    fn indentation(&mut self, budget: &Budget) -> Result<Option<Token>, CompileError> {
        loop {
            let (mut col, mut alt) = (0u32, 0u32);
            let mut i = self.pos;
            loop {
                match self.byte(i) {
                    b' ' => {
                        col += 1;
                        alt += 1;
                    }
                    b'\t' => {
                        col = (col / 8 + 1) * 8;
                        alt += 1;
                    }
                    b'\x0c' => {
                        col = 0;
                        alt = 0;
                    }
                    _ => break,
                }
                i += 1;
            }
            match self.byte(i) {
                b'#' | b'\n' | b'\r' => {
                    self.pos = i;
                    while !matches!(self.byte(self.pos), b'\n' | b'\r') && self.pos < self.end {
                        self.pos += 1;
                    }
                    if self.pos >= self.end {
                        self.at_line_start = false;
                        return Ok(None);
                    }
                    self.take_newline();
                    continue;
                }
                _ if i >= self.end => {
                    self.pos = i;
                    self.at_line_start = false;
                    return Ok(None);
                }
                _ => {}
            }
            self.pos = i;
            self.at_line_start = false;
            let line = self.line;
            let (top_col, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
            let tab_error = || {
                indentation_error(
                    "inconsistent use of tabs and spaces in indentation",
                    line,
                    1,
                )
            };
            if col == top_col {
                if alt != top_alt {
                    return Err(tab_error());
                }
                return Ok(None);
            }
            if col > top_col {
                if alt <= top_alt {
                    return Err(tab_error());
                }
                if self.indents.len() >= MAX_INDENT_DEPTH {
                    return Err(indentation_error(
                        "too many levels of indentation",
                        line,
                        alt,
                    ));
                }
                budget.push(&mut self.indents, (col, alt))?;
                return Ok(Some(self.token(Tok::Indent, line, alt)));
            }
            while let Some(&(c, a)) = self.indents.last() {
                if col >= c {
                    if col != c {
                        break;
                    }
                    if alt != a {
                        return Err(tab_error());
                    }
                    return Ok(None);
                }
                self.indents.pop();
                self.pending_dedents += 1;
            }
            if col != 0 || alt != 0 {
                let mut eol = self.pos;
                while eol < self.end && !matches!(self.byte(eol), b'\n' | b'\r') {
                    eol += 1;
                }
                let end_col = self
                    .src
                    .get(self.line_start..eol)
                    .map_or(1, |t| t.chars().count() + 1);
                return Err(indentation_error(
                    "unindent does not match any outer indentation level",
                    line,
                    end_col as u32,
                ));
            }
            return Ok(None);
        }
    }

    fn scan_token(
        &mut self,
        interner: &mut Interner,
        budget: &Budget,
    ) -> Result<Tok, CompileError> {
        let start = self.pos;
        let line = self.line;
        let col = self.col_of(start);
        let c = self.byte(start);
        if c.is_ascii_digit() || (c == b'.' && self.byte(start + 1).is_ascii_digit()) {
            let rest = self.bytes.get(start..self.end).unwrap_or(&[]);
            return match numbers::scan_number(rest, budget)? {
                Ok(scanned) => {
                    self.pos += scanned.len;
                    Ok(scanned.tok)
                }
                Err(e) => Err(syntax_error(&e.msg, line, col + e.at as u32)),
            };
        }
        if c == b'\'' || c == b'"' {
            return self.scan_string(strings::Prefix::default(), start, budget);
        }
        let ch = self.char_at(start).unwrap_or('\0');
        if is_ident_start(ch) {
            let mut end = start;
            while let Some(ch) = self.char_at(end) {
                if !is_ident_continue(ch) {
                    break;
                }
                end += ch.len_utf8();
            }
            let word = self.src.get(start..end).unwrap_or("");
            if matches!(self.byte(end), b'\'' | b'"') {
                if let Some(prefix) = strings::parse_prefix(word.as_bytes()) {
                    self.pos = end;
                    return self.scan_string(prefix, start, budget);
                }
            }
            self.pos = end;
            if let Some(kw) = Kw::from_text(word) {
                return Ok(Tok::Kw(kw));
            }
            return Ok(Tok::Name(interner.intern(budget, word)?));
        }
        let rest = self.bytes.get(start..self.end).unwrap_or(&[]);
        if let Some(&(text, op)) = OPERATORS
            .iter()
            .find(|(t, _)| rest.starts_with(t.as_bytes()))
        {
            self.pos += text.len();
            self.bracket(op, line, col, budget)?;
            return Ok(Tok::Op(op));
        }
        if c == 0 {
            return Err(syntax_error(
                "source code cannot contain null bytes",
                line,
                col,
            ));
        }
        if ch.is_ascii() {
            return Err(syntax_error("invalid syntax", line, col));
        }
        let msg = if ch.is_whitespace()
            || ch.is_control()
            || matches!(ch as u32, 0x200b..=0x200f | 0x2028..=0x202e | 0xfeff)
        {
            format!("invalid non-printable character U+{:04X}", ch as u32)
        } else {
            format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
        };
        Err(syntax_error(&msg, line, col))
    }

    /// Track bracket nesting for `op`.
    fn bracket(
        &mut self,
        op: Op,
        line: u32,
        col: u32,
        budget: &Budget,
    ) -> Result<(), CompileError> {
        let (open, close) = match op {
            Op::LPar => (Some(b'('), None),
            Op::LSqb => (Some(b'['), None),
            Op::LBrace => (Some(b'{'), None),
            Op::RPar => (None, Some((b')', b'('))),
            Op::RSqb => (None, Some((b']', b'['))),
            Op::RBrace => (None, Some((b'}', b'{'))),
            _ => (None, None),
        };
        if let Some(ch) = open {
            if self.brackets.len() >= MAX_PAREN_DEPTH {
                return Err(syntax_error("too many nested parentheses", line, col));
            }
            budget.push(&mut self.brackets, OpenBracket { ch, line, col })?;
        }
        if let Some((ch, want)) = close {
            match self.brackets.pop() {
                None if self.implicit_bracket => {
                    return Err(syntax_error(
                        &format!("f-string: unmatched '{}'", ch as char),
                        line,
                        col,
                    ))
                }
                None => {
                    return Err(syntax_error(
                        &format!("unmatched '{}'", ch as char),
                        line,
                        col,
                    ))
                }
                Some(open) if open.ch != want => {
                    let mut msg = format!(
                        "closing parenthesis '{}' does not match opening parenthesis '{}'",
                        ch as char, open.ch as char
                    );
                    if open.line != line {
                        msg = format!("{msg} on line {}", open.line);
                    }
                    return Err(syntax_error(&msg, line, col));
                }
                Some(_) => {}
            }
        }
        Ok(())
    }

    /// Scan a string literal whose opening quote is at `self.pos`; `start` is where its
    /// prefix began (for error positions).
    fn scan_string(
        &mut self,
        prefix: strings::Prefix,
        start: usize,
        budget: &Budget,
    ) -> Result<Tok, CompileError> {
        let line = self.line;
        let col = self.col_of(start);
        let line_start = self.line_start;
        let q = self.byte(self.pos);
        let triple = self.byte(self.pos + 1) == q && self.byte(self.pos + 2) == q;
        let qlen = if triple { 3 } else { 1 };
        self.pos += qlen;
        let body_start = self.pos;
        let body_end;
        loop {
            if self.pos >= self.end {
                let last_line = if self.end > 0 && matches!(self.byte(self.end - 1), b'\n' | b'\r')
                {
                    self.line.saturating_sub(1).max(line)
                } else {
                    self.line
                };
                let msg = if triple {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {last_line})"
                    )
                } else {
                    format!("unterminated string literal (detected at line {last_line})")
                };
                return Err(syntax_error(&msg, line, col));
            }
            let c = self.byte(self.pos);
            if c == b'\\' {
                self.pos += 1;
                if matches!(self.byte(self.pos), b'\n' | b'\r') {
                    self.take_newline();
                } else if self.pos < self.end {
                    self.pos += 1;
                }
                continue;
            }
            if c == q && (!triple || (self.byte(self.pos + 1) == q && self.byte(self.pos + 2) == q))
            {
                body_end = self.pos;
                self.pos += qlen;
                break;
            }
            if matches!(c, b'\n' | b'\r') {
                if !triple {
                    let msg = format!(
                        "unterminated string literal (detected at line {})",
                        self.line
                    );
                    return Err(syntax_error(&msg, line, col));
                }
                self.take_newline();
                continue;
            }
            self.pos += 1;
        }
        let body = self.src.get(body_start..body_end).unwrap_or("");
        let end_col = self.col_of(self.pos);
        if prefix.fstring {
            return match strings::split_fstring(
                self.src, body_start, body_end, line, line_start, prefix.raw, budget,
            ) {
                Ok(parts) => Ok(Tok::Str(StrLit::FStr(parts))),
                Err(strings::FError::Alloc(e)) => Err(e),
                Err(strings::FError::Syntax(msg)) => Err(syntax_error(&msg, self.line, end_col)),
            };
        }
        let lit = if prefix.bytes {
            strings::decode_bytes(body, prefix.raw, budget)?.map(StrLit::Bytes)
        } else {
            strings::decode_str(body, prefix.raw, budget)?.map(StrLit::Str)
        };
        match lit {
            Ok(lit) => Ok(Tok::Str(lit)),
            Err(msg) if msg.starts_with('(') => Err(syntax_error(&msg, self.line, end_col)),
            Err(msg) => Err(syntax_error(&msg, line, col)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::token::IntLit;
    use super::*;
    use alloc::vec;

    fn lex(src: &str) -> Result<Vec<Tok>, CompileError> {
        let budget = Budget::new(1 << 20);
        let mut interner = Interner::new(&budget).unwrap();
        let mut lexer = Lexer::new(src);
        let mut out = vec![];
        loop {
            let t = lexer.next_token(&mut interner, &budget)?;
            if t.tok == Tok::EndMarker {
                return Ok(out);
            }
            out.push(t.tok);
        }
    }

    fn err(src: &str) -> (String, u32, u32, bool) {
        match lex(src) {
            Err(CompileError::Syntax {
                msg,
                line,
                col,
                indentation,
            }) => (msg, line, col, indentation),
            other => panic!("{src:?}: {other:?}"),
        }
    }

    #[test]
    fn layout_tokens() {
        let toks = lex("if x:\n    y = (1,\n  2)\n\n# c\n    z\nw").unwrap();
        let layout: Vec<&Tok> = toks
            .iter()
            .filter(|t| matches!(t, Tok::Newline | Tok::Indent | Tok::Dedent))
            .collect();
        assert_eq!(
            layout,
            vec![
                &Tok::Newline,
                &Tok::Indent,
                &Tok::Newline,
                &Tok::Newline,
                &Tok::Dedent,
                &Tok::Newline
            ]
        );
        assert_eq!(lex("x \\\n + 1").unwrap().len(), 4);
        assert_eq!(lex("").unwrap(), vec![]);
        assert_eq!(lex("\n\n  # only comments\n").unwrap(), vec![]);
    }

    #[test]
    fn literals_and_operators() {
        let toks = lex("a **= 0x10 ... 'x' b'\\x01' ->").unwrap();
        assert_eq!(toks[1], Tok::Op(Op::DoubleStarEqual));
        assert_eq!(toks[2], Tok::Int(IntLit::Small(16)));
        assert_eq!(toks[3], Tok::Op(Op::Ellipsis));
        assert_eq!(toks[4], Tok::Str(StrLit::Str("x".into())));
        assert_eq!(toks[5], Tok::Str(StrLit::Bytes(vec![1])));
        assert_eq!(toks[6], Tok::Op(Op::RArrow));
        assert_eq!(
            lex("'''a\nb'''").unwrap()[0],
            Tok::Str(StrLit::Str("a\nb".into()))
        );
        assert_eq!(
            lex("r'\\n'").unwrap()[0],
            Tok::Str(StrLit::Str("\\n".into()))
        );
        assert_eq!(lex("not_a_kw if").unwrap()[1], Tok::Kw(Kw::If));
    }

    #[test]
    fn cpython_error_messages() {
        assert_eq!(
            err("'abc"),
            (
                "unterminated string literal (detected at line 1)".into(),
                1,
                1,
                false
            )
        );
        assert_eq!(
            err("'''abc\n\n"),
            (
                "unterminated triple-quoted string literal (detected at line 2)".into(),
                1,
                1,
                false
            )
        );
        assert_eq!(
            err("x = (1,\n2"),
            ("'(' was never closed".into(), 1, 5, false)
        );
        assert_eq!(err("x = 1)"), ("unmatched ')'".into(), 1, 6, false));
        assert_eq!(
            err("x = [1)").0,
            "closing parenthesis ')' does not match opening parenthesis '['"
        );
        assert_eq!(
            err("if x:\n    pass\n  y"),
            (
                "unindent does not match any outer indentation level".into(),
                3,
                4,
                true
            )
        );
        assert_eq!(
            err("if x:\n\tpass\n        pass").0,
            "inconsistent use of tabs and spaces in indentation"
        );
        assert_eq!(
            err("x = \\ 1").0,
            "unexpected character after line continuation character"
        );
        assert_eq!(err("\\").0, "unexpected EOF while parsing");
        assert_eq!(err("x = $"), ("invalid syntax".into(), 1, 5, false));
        assert_eq!(
            err("\u{20ac} = 1").0,
            "invalid character '\u{20ac}' (U+20AC)"
        );
        assert_eq!(
            err("x = 1\u{a0}").0,
            "invalid non-printable character U+00A0"
        );
        assert_eq!(err("1abc").0, "invalid decimal literal");
        assert_eq!(err(&"(".repeat(201)).0, "too many nested parentheses");
        assert!(lex(&"(".repeat(200)).is_err_and(
            |e| matches!(e, CompileError::Syntax { ref msg, .. } if msg.contains("never closed"))
        ));
    }
}

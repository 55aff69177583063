//! `is_complete_input`: does a REPL buffer form a whole statement, or does the user still
//! have to type continuation lines?

use super::budget::Budget;
use super::CompileError;
use crate::lexer::interner::Interner;
use crate::lexer::token::{Kw, Op, Tok};
use crate::lexer::Lexer;

/// False while the input needs more lines: an open bracket, an unterminated triple-quoted
/// string, a trailing backslash, a block header without its body, or a compound statement
/// not yet closed by an empty line.
pub fn is_complete_input(source: &str) -> bool {
    let budget = Budget::new(source.len().saturating_mul(8).saturating_add(1 << 16));
    let Ok(mut interner) = Interner::new(&budget) else {
        return true;
    };
    let mut lexer = Lexer::new(source);
    let mut compound = false;
    let mut at_line_start = true;
    let mut last = Tok::Newline;
    loop {
        match lexer.next_token(&mut interner, &budget) {
            Ok(t) => {
                if at_line_start {
                    let opens_block = matches!(
                        t.tok,
                        Tok::Kw(
                            Kw::If
                                | Kw::While
                                | Kw::For
                                | Kw::Try
                                | Kw::With
                                | Kw::Def
                                | Kw::Class
                                | Kw::Async
                        ) | Tok::Op(Op::At)
                    );
                    compound |= opens_block || t.tok == Tok::Indent;
                }
                at_line_start = matches!(t.tok, Tok::Newline | Tok::Indent | Tok::Dedent);
                match t.tok {
                    Tok::EndMarker => break,
                    Tok::Newline | Tok::Indent | Tok::Dedent => {}
                    other => last = other,
                }
            }
            Err(CompileError::Syntax { msg, .. }) => {
                return !(msg.starts_with("unterminated triple-quoted")
                    || msg.ends_with("was never closed")
                    || msg.starts_with("unexpected EOF"));
            }
            Err(_) => return true,
        }
    }
    if last == Tok::Op(Op::Colon) {
        return false;
    }
    if !compound {
        return true;
    }
    let trimmed = source.trim_end_matches([' ', '\t', '\r']);
    trimmed.ends_with("\n\n") || trimmed.ends_with("\n\r\n") || trimmed.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn continuation_rules() {
        assert!(is_complete_input("x = 1\n"));
        assert!(is_complete_input("print(1 + 2)"));
        assert!(!is_complete_input("x = (1,\n"));
        assert!(!is_complete_input("s = '''abc\n"));
        assert!(!is_complete_input("x = 1 + \\\n"));
        assert!(!is_complete_input("if x:\n"));
        assert!(!is_complete_input("if x:\n    pass\n"));
        assert!(is_complete_input("if x:\n    pass\n\n"));
        assert!(!is_complete_input("for i in y: print(i)\n"));
        assert!(!is_complete_input("@dec\n"));
        assert!(is_complete_input("x = )\n"));
        assert!(is_complete_input(""));
    }
}

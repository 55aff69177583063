//! Token kinds produced by the lexer: names, keywords, literals with their decoded
//! values, operators and the layout tokens NEWLINE / INDENT / DEDENT / ENDMARKER.

use super::interner::Sym;
use alloc::string::String;
use alloc::vec::Vec;

/// An integer literal: exact when it fits 64 bits, otherwise decimal digits.
#[derive(Clone, Debug, PartialEq)]
pub enum IntLit {
    Small(i64),
    /// Decimal text, an optional leading `-`, no leading zeros.
    Big(String),
}

/// One piece of an f-string.
#[derive(Clone, Debug, PartialEq)]
pub enum FPart {
    /// Literal text (escapes already decoded).
    Lit(String),
    Field(FField),
}

/// A replacement field `{expr=!c:spec}` of an f-string.
#[derive(Clone, Debug, PartialEq)]
pub struct FField {
    /// Byte range of the expression text in the source.
    pub start: usize,
    pub end: usize,
    /// Line and line-start offset at `start`, so a sub-lexer reports true positions.
    pub line: u32,
    pub line_start: usize,
    /// For `{x=}`: the text `x=` (with its spaces) that precedes the value.
    pub debug_text: Option<String>,
    /// Conversion character `r`, `s` or `a`.
    pub conversion: Option<u8>,
    /// Format spec pieces (may hold nested fields).
    pub spec: Option<Vec<FPart>>,
}

/// A string literal token.
#[derive(Clone, Debug, PartialEq)]
pub enum StrLit {
    Str(String),
    Bytes(Vec<u8>),
    FStr(Vec<FPart>),
}

/// Keywords (CPython 3.11 hard keywords).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kw {
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

const KEYWORDS: [(&str, Kw); 35] = [
    ("False", Kw::False),
    ("None", Kw::None),
    ("True", Kw::True),
    ("and", Kw::And),
    ("as", Kw::As),
    ("assert", Kw::Assert),
    ("async", Kw::Async),
    ("await", Kw::Await),
    ("break", Kw::Break),
    ("class", Kw::Class),
    ("continue", Kw::Continue),
    ("def", Kw::Def),
    ("del", Kw::Del),
    ("elif", Kw::Elif),
    ("else", Kw::Else),
    ("except", Kw::Except),
    ("finally", Kw::Finally),
    ("for", Kw::For),
    ("from", Kw::From),
    ("global", Kw::Global),
    ("if", Kw::If),
    ("import", Kw::Import),
    ("in", Kw::In),
    ("is", Kw::Is),
    ("lambda", Kw::Lambda),
    ("nonlocal", Kw::Nonlocal),
    ("not", Kw::Not),
    ("or", Kw::Or),
    ("pass", Kw::Pass),
    ("raise", Kw::Raise),
    ("return", Kw::Return),
    ("try", Kw::Try),
    ("while", Kw::While),
    ("with", Kw::With),
    ("yield", Kw::Yield),
];

impl Kw {
    /// The keyword spelled `text`, if any.
    pub fn from_text(text: &str) -> Option<Kw> {
        KEYWORDS.iter().find(|(t, _)| *t == text).map(|&(_, k)| k)
    }

    /// The keyword's spelling.
    pub fn text(self) -> &'static str {
        KEYWORDS
            .iter()
            .find(|(_, k)| *k == self)
            .map(|&(t, _)| t)
            .unwrap_or("")
    }
}

/// Operators and delimiters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
}

/// Operator spellings, longest first so the lexer can take the first match.
pub const OPERATORS: [(&str, Op); 47] = [
    ("**=", Op::DoubleStarEqual),
    ("//=", Op::DoubleSlashEqual),
    (">>=", Op::RightShiftEqual),
    ("<<=", Op::LeftShiftEqual),
    ("...", Op::Ellipsis),
    ("!=", Op::NotEqual),
    ("%=", Op::PercentEqual),
    ("&=", Op::AmperEqual),
    ("**", Op::DoubleStar),
    ("*=", Op::StarEqual),
    ("+=", Op::PlusEqual),
    ("-=", Op::MinEqual),
    ("->", Op::RArrow),
    ("//", Op::DoubleSlash),
    ("/=", Op::SlashEqual),
    (":=", Op::ColonEqual),
    ("<<", Op::LeftShift),
    ("<=", Op::LessEqual),
    ("==", Op::EqEqual),
    (">=", Op::GreaterEqual),
    (">>", Op::RightShift),
    ("@=", Op::AtEqual),
    ("^=", Op::CircumflexEqual),
    ("|=", Op::VBarEqual),
    ("%", Op::Percent),
    ("&", Op::Amper),
    ("(", Op::LPar),
    (")", Op::RPar),
    ("*", Op::Star),
    ("+", Op::Plus),
    (",", Op::Comma),
    ("-", Op::Minus),
    (".", Op::Dot),
    ("/", Op::Slash),
    (":", Op::Colon),
    (";", Op::Semi),
    ("<", Op::Less),
    ("=", Op::Equal),
    (">", Op::Greater),
    ("@", Op::At),
    ("[", Op::LSqb),
    ("]", Op::RSqb),
    ("^", Op::Circumflex),
    ("{", Op::LBrace),
    ("|", Op::VBar),
    ("}", Op::RBrace),
    ("~", Op::Tilde),
];

impl Op {
    /// The operator's spelling.
    pub fn text(self) -> &'static str {
        OPERATORS
            .iter()
            .find(|(_, o)| *o == self)
            .map(|&(t, _)| t)
            .unwrap_or("")
    }
}

/// What a token is.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(Sym),
    Int(IntLit),
    Float(f64),
    Imag(f64),
    Str(StrLit),
    Kw(Kw),
    Op(Op),
    Newline,
    Indent,
    Dedent,
    EndMarker,
}

/// A token with its position (1-based line, 1-based byte column).
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub tok: Tok,
    pub line: u32,
    pub col: u32,
}

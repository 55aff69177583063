//! The syntax tree the parser builds and the compiler walks.
//!
//! Parse-time transformations of MPY.md §9.9 are already applied when a node is built:
//! numeric constant folding, `const()` substitution, constant tuples, `__debug__`.
//! Binary operators of one precedence level form a flat chain (`a + b - c` is one
//! `BinChain`), as in mpy-cross's parse tree, so folding rules match it and a long chain
//! costs no recursion. Scope-defining nodes carry a `scope` cell the compiler fills in
//! its first pass to find the scope again in later passes.

use crate::lexer::interner::Sym;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;

/// Marker for "no scope assigned yet" in the `scope` cells.
pub const NO_SCOPE: u32 = u32::MAX;

/// A string constant: interned (becomes a qstr) or a long string (becomes a STR object).
#[derive(Clone, Debug, PartialEq)]
pub enum StrConst {
    Qstr(Sym),
    Obj(String),
}

/// An integer constant: exact if it fits 64 bits, otherwise decimal text.
#[derive(Clone, Debug, PartialEq)]
pub enum IntConst {
    Small(i64),
    Big(String),
}

/// A compile-time constant value.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    Int(IntConst),
    Float(f64),
    /// Imaginary literal: the value of its imaginary part.
    Imag(f64),
    Str(StrConst),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Gt,
    Eq,
    LtE,
    GtE,
    NotEq,
    In,
    NotIn,
    Is,
    IsNot,
}

/// Unary operators; the value is the bytecode's unary operator number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Pos = 0,
    Neg = 1,
    Invert = 2,
    Not = 3,
}

/// An expression with the position of its first token.
#[derive(Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub line: u32,
    pub col: u32,
    /// A constant computed by parse-time folding or substitution rather than written as
    /// a literal: in mpy-cross's tree it has no source line of its own to announce.
    pub folded: bool,
}

#[derive(Debug)]
pub enum ExprKind {
    Name(Sym),
    Const(Const),
    /// f-string, compiled as `template.format(*args)` (MPY.md §9.8).
    FString(Box<FString>),
    /// A tuple display; `paren` if written in parentheses (mpy-cross compiles
    /// `a, b = x, y` differently from `(a, b) = (x, y)`).
    Tuple {
        items: Vec<Expr>,
        paren: bool,
    },
    List(Vec<Expr>),
    Set(Vec<Expr>),
    Dict(Vec<DictItem>),
    Starred(Box<Expr>),
    /// `first op1 e1 op2 e2 ...`, all operators of one precedence level (or one `**`);
    /// operators are bytecode binary-operator numbers (MPY.md §4.2).
    BinChain(Box<BinChain>),
    Unary(UnaryOp, Box<Expr>),
    /// `a or b or c` (`is_or`) / `a and b and c`.
    BoolOp {
        is_or: bool,
        values: Vec<Expr>,
    },
    Compare(Box<Compare>),
    IfExp(Box<IfExp>),
    Lambda(Box<Lambda>),
    /// `name := value`
    NamedExpr(Sym, Box<Expr>),
    /// `value.attr`
    Attribute(Box<Attribute>),
    /// `value[index]`
    Subscript(Box<Subscript>),
    /// `lower:upper:step`, only directly inside a subscript (or a tuple there).
    Slice(Box<Slice>),
    Call(Box<Call>),
    Comp(Box<Comprehension>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    Await(Box<Expr>),
}

#[derive(Debug)]
pub struct FString {
    pub template: StrConst,
    pub args: Vec<Expr>,
}

/// `value.attr`; `line` is the line of the `.` (mpy-cross announces it before the load).
#[derive(Debug)]
pub struct Attribute {
    pub value: Expr,
    pub attr: Sym,
    pub line: u32,
}

/// `value[index]`; `line` is the line of the `[`.
#[derive(Debug)]
pub struct Subscript {
    pub value: Expr,
    pub index: Expr,
    pub line: u32,
}

#[derive(Debug)]
pub struct DictItem {
    /// `None` for a `**mapping` entry.
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Debug)]
pub struct BinChain {
    pub first: Expr,
    pub rest: Vec<(u8, Expr)>,
}

#[derive(Debug)]
pub struct Compare {
    pub first: Expr,
    pub rest: Vec<(CmpOp, Expr)>,
}

#[derive(Debug)]
pub struct IfExp {
    pub test: Expr,
    pub body: Expr,
    pub orelse: Expr,
}

#[derive(Debug)]
pub struct Slice {
    pub lower: Option<Expr>,
    pub upper: Option<Expr>,
    /// `a:b:` (an empty step) compiles like `a:b`, so it is `None` too.
    pub step: Option<Expr>,
}

#[derive(Debug)]
pub struct Keyword {
    /// `None` for `**mapping`.
    pub name: Option<Sym>,
    pub value: Expr,
}

#[derive(Debug)]
pub struct Call {
    pub func: Expr,
    /// Line of the `(`.
    pub line: u32,
    /// Positional arguments; `Starred` entries are `*iterable`.
    pub args: Vec<Expr>,
    pub keywords: Vec<Keyword>,
}

/// One function parameter.
#[derive(Debug)]
pub struct Param {
    pub name: Sym,
    pub default: Option<Expr>,
    pub annotation: Option<Expr>,
}

/// A parameter list.
#[derive(Debug, Default)]
pub struct Params {
    /// Positional parameters, positional-only ones included.
    pub args: Vec<Param>,
    /// How many of `args` come before `/` (positional-only).
    pub posonly: usize,
    pub vararg: Option<Sym>,
    pub vararg_annotation: Option<Expr>,
    pub kwonly: Vec<Param>,
    pub kwarg: Option<Sym>,
    pub kwarg_annotation: Option<Expr>,
}

impl Params {
    /// True if any parameter is annotated.
    pub fn has_annotations(&self) -> bool {
        self.args
            .iter()
            .chain(&self.kwonly)
            .any(|p| p.annotation.is_some())
            || self.vararg_annotation.is_some()
            || self.kwarg_annotation.is_some()
    }
}

#[derive(Debug)]
pub struct Lambda {
    pub params: Params,
    pub body: Expr,
    pub scope: Cell<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

#[derive(Debug)]
pub struct CompFor {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Debug)]
pub struct Comprehension {
    pub kind: CompKind,
    /// The element (the key for a dict comprehension).
    pub elt: Expr,
    /// The value of a dict comprehension.
    pub value: Option<Expr>,
    pub generators: Vec<CompFor>,
    /// Line of the opening bracket (`None` for a generator that is a call's only
    /// argument): mpy-cross announces it where the comprehension is created.
    pub bracket_line: Option<u32>,
    pub scope: Cell<u32>,
}

/// A statement with the position of its first token.
#[derive(Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub line: u32,
    pub col: u32,
}

#[derive(Debug)]
pub enum StmtKind {
    Expr(Expr),
    /// `t1 = t2 = value`
    Assign(Box<Assign>),
    /// `target op= value`; `op` is the in-place binary operator number.
    AugAssign(Box<(Expr, u8, Expr)>),
    AnnAssign(Box<AnnAssign>),
    Delete(Vec<Expr>),
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    Raise(Option<Expr>, Option<Expr>),
    Global(Vec<Sym>),
    Nonlocal(Vec<Sym>),
    Import(Vec<ImportName>),
    ImportFrom(Box<ImportFrom>),
    If(Box<If>),
    While(Box<While>),
    For(Box<For>),
    Try(Box<Try>),
    With(Box<With>),
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Assert(Box<(Expr, Option<Expr>)>),
}

#[derive(Debug)]
pub struct Assign {
    pub targets: Vec<Expr>,
    pub value: Expr,
}

/// `target: annotation [= value]`
#[derive(Debug)]
pub struct AnnAssign {
    pub target: Expr,
    pub annotation: Expr,
    pub value: Option<Expr>,
    /// A plain name, not in parentheses: the only target CPython records in
    /// `__annotations__`.
    pub simple: bool,
}

/// `import a.b.c [as d]`
#[derive(Debug)]
pub struct ImportName {
    /// Components of the dotted name (the compiler interns the whole name, as mpy-cross
    /// does, so it is not a known qstr while string literals are parsed).
    pub parts: Vec<Sym>,
    pub asname: Option<Sym>,
}

#[derive(Debug)]
pub struct ImportFrom {
    pub level: u32,
    /// Components of the module name (none for `from . import x`).
    pub module: Vec<Sym>,
    /// (name, asname); empty for `import *`.
    pub names: Vec<(Sym, Option<Sym>)>,
    pub star: bool,
}

/// One `if` or `elif` clause.
#[derive(Debug)]
pub struct IfBranch {
    pub test: Expr,
    pub body: Vec<Stmt>,
}

/// `if` with its `elif` clauses (first branch is the `if`) and `else` body.
#[derive(Debug)]
pub struct If {
    pub branches: Vec<IfBranch>,
    pub orelse: Vec<Stmt>,
}

#[derive(Debug)]
pub struct While {
    pub test: Expr,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
}

#[derive(Debug)]
pub struct For {
    pub target: Expr,
    pub iter: Expr,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
    pub is_async: bool,
}

#[derive(Debug)]
pub struct Handler {
    pub typ: Option<Expr>,
    pub name: Option<Sym>,
    pub body: Vec<Stmt>,
    pub line: u32,
}

#[derive(Debug)]
pub struct Try {
    pub body: Vec<Stmt>,
    pub handlers: Vec<Handler>,
    pub orelse: Vec<Stmt>,
    pub finalbody: Vec<Stmt>,
    /// Line of the `finally` keyword.
    pub finally_line: u32,
}

#[derive(Debug)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

#[derive(Debug)]
pub struct With {
    pub items: Vec<WithItem>,
    pub body: Vec<Stmt>,
    pub is_async: bool,
}

#[derive(Debug)]
pub struct FunctionDef {
    pub name: Sym,
    pub params: Params,
    /// `-> annotation`
    pub returns: Option<Expr>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub is_async: bool,
    pub scope: Cell<u32>,
}

#[derive(Debug)]
pub struct ClassDef {
    pub name: Sym,
    /// Base classes (`Starred` for `*bases`).
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub scope: Cell<u32>,
}

/// What `parse` returns.
#[derive(Debug)]
pub enum Module {
    /// A file or REPL input: statements.
    Body(Vec<Stmt>),
    /// An `eval` input: one expression.
    Expr(Expr),
}

impl Expr {
    /// The constant this expression is, if it is one.
    pub fn as_const(&self) -> Option<&Const> {
        match &self.kind {
            ExprKind::Const(c) => Some(c),
            _ => None,
        }
    }
}

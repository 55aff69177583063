//! The parser: tokens in, syntax tree (`ast`) out, with CPython 3.11's grammar and error
//! messages. Statements are parsed here, expressions in `expr`, assignment targets are
//! checked in `target`, constant folding lives in `fold`.
//!
//! Recursion is bounded: every nested expression level passes through `enter`, which
//! fails with `CompileError::Recursion` past `MAX_EXPR_DEPTH` levels or once the stack
//! budget is used up (`Budget::check_stack`), and blocks nest at most `MAX_INDENT_DEPTH`
//! deep (the lexer's limit), so later passes that recurse over the tree are bounded too.
//! The recursive functions are kept out of line (`#[inline(never)]`) so that each level
//! only carries its own frame, not the locals of every construct inlined into it.

pub mod ast;
mod bigint;
mod expr;
pub mod fold;
mod target;

use crate::compiler::budget::Budget;
use crate::compiler::CompileError;
use crate::lexer::interner::{sym, Interner, Sym};
use crate::lexer::token::{Kw, Op, Tok, Token};
use crate::lexer::{indentation_error, syntax_error, Lexer};
use alloc::boxed::Box;
use alloc::format;
use alloc::vec::Vec;
use ast::*;
use core::cell::Cell;

/// Deepest expression nesting the parser accepts (CPython raises RecursionError for
/// deeper nesting). The compiler's recursion over the tree is bounded by the same limit.
pub const MAX_EXPR_DEPTH: u32 = 400;

pub(crate) type PResult<T> = Result<T, CompileError>;

/// Where the statements being parsed sit, for the checks CPython makes while parsing.
#[derive(Clone, Copy, Debug, Default)]
struct Context {
    /// Inside a `def` (so `return` is allowed).
    in_def: bool,
    /// Inside a `def` or `lambda` (so `yield` is allowed).
    in_function: bool,
    /// Inside an `async def`.
    is_async: bool,
    /// Inside a loop body of the current function.
    in_loop: bool,
    /// At module level (not inside any `def`, `lambda` or `class`).
    at_module: bool,
}

/// How the source is to be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseMode {
    /// A file or REPL input: statements.
    File,
    /// An `eval` input: one expression list.
    Eval,
}

/// The parser state.
pub struct Parser<'a> {
    src: &'a str,
    lexer: Lexer<'a>,
    budget: &'a Budget,
    interner: Interner,
    /// Tokens read but not consumed, next first.
    lookahead: Vec<Token>,
    /// Position of the last NEWLINE consumed (for errors about what should follow a block).
    last_newline: (u32, u32),
    depth: u32,
    ctx: Context,
    /// `const()` values, and for each `Sym` the index into them (or `u32::MAX`).
    consts: Vec<Const>,
    const_of: Vec<u32>,
    optimize: u8,
}

/// Parse `src`; returns the tree and the interner holding its names.
pub fn parse(
    src: &str,
    mode: ParseMode,
    optimize: u8,
    budget: &Budget,
) -> PResult<(Module, Interner)> {
    let mut parser = Parser {
        src,
        lexer: Lexer::new(src),
        budget,
        interner: Interner::new(budget)?,
        lookahead: Vec::new(),
        last_newline: (1, 1),
        depth: 0,
        ctx: Context {
            at_module: true,
            ..Context::default()
        },
        consts: Vec::new(),
        const_of: Vec::new(),
        optimize,
    };
    let module = match mode {
        ParseMode::File => Module::Body(parser.file()?),
        ParseMode::Eval => Module::Expr(parser.eval_input()?),
    };
    Ok((module, parser.interner))
}

impl<'a> Parser<'a> {
    // ---- tokens -------------------------------------------------------------------

    fn fill(&mut self, n: usize) -> PResult<()> {
        while self.lookahead.len() < n {
            let tok = self.lexer.next_token(&mut self.interner, self.budget)?;
            self.budget.push(&mut self.lookahead, tok)?;
        }
        Ok(())
    }

    fn peek(&mut self) -> PResult<&Token> {
        self.fill(1)?;
        self.lookahead.first().ok_or(CompileError::MemoryError)
    }

    fn peek_tok(&mut self) -> PResult<&Tok> {
        Ok(&self.peek()?.tok)
    }

    fn peek2_tok(&mut self) -> PResult<&Tok> {
        self.fill(2)?;
        self.lookahead
            .get(1)
            .map(|t| &t.tok)
            .ok_or(CompileError::MemoryError)
    }

    fn next(&mut self) -> PResult<Token> {
        self.fill(1)?;
        if self.lookahead.is_empty() {
            return Err(CompileError::MemoryError);
        }
        let t = self.lookahead.remove(0);
        if t.tok == Tok::Newline {
            self.last_newline = (t.line, t.col);
        }
        Ok(t)
    }

    fn at_op(&mut self, op: Op) -> PResult<bool> {
        Ok(*self.peek_tok()? == Tok::Op(op))
    }

    fn at_kw(&mut self, kw: Kw) -> PResult<bool> {
        Ok(*self.peek_tok()? == Tok::Kw(kw))
    }

    fn eat_op(&mut self, op: Op) -> PResult<bool> {
        let hit = self.at_op(op)?;
        if hit {
            self.next()?;
        }
        Ok(hit)
    }

    fn eat_kw(&mut self, kw: Kw) -> PResult<bool> {
        let hit = self.at_kw(kw)?;
        if hit {
            self.next()?;
        }
        Ok(hit)
    }

    /// The error for an unexpected next token.
    fn unexpected(&mut self) -> CompileError {
        match self.peek() {
            Ok(t) if t.tok == Tok::Indent => indentation_error("unexpected indent", t.line, t.col),
            Ok(t) => syntax_error("invalid syntax", t.line, t.col),
            Err(e) => e,
        }
    }

    fn error_here(&mut self, msg: &str) -> CompileError {
        match self.peek() {
            Ok(t) => syntax_error(msg, t.line, t.col),
            Err(e) => e,
        }
    }

    fn expect_op(&mut self, op: Op) -> PResult<Token> {
        if self.at_op(op)? {
            return self.next();
        }
        Err(self.unexpected())
    }

    fn expect_colon(&mut self) -> PResult<()> {
        if self.eat_op(Op::Colon)? {
            return Ok(());
        }
        Err(self.error_here("expected ':'"))
    }

    /// The `:` ending an `if`/`elif`/`while`/`for`/`with`/`class`/`except` header. As in
    /// CPython's grammar, a missing one is "expected ':'" only at the end of the line;
    /// any other token there is plain invalid syntax.
    fn expect_header_colon(&mut self) -> PResult<()> {
        if self.eat_op(Op::Colon)? {
            return Ok(());
        }
        if *self.peek_tok()? == Tok::Newline {
            return Err(self.error_here("expected ':'"));
        }
        Err(self.unexpected())
    }

    fn expect_name(&mut self) -> PResult<(Sym, u32, u32)> {
        let t = self.peek()?;
        if let Tok::Name(s) = t.tok {
            let (line, col) = (t.line, t.col);
            self.next()?;
            return Ok((s, line, col));
        }
        Err(self.unexpected())
    }

    // ---- allocation helpers ---------------------------------------------------------

    pub(crate) fn push<T>(&self, v: &mut Vec<T>, item: T) -> PResult<()> {
        self.budget.push(v, item)
    }

    pub(crate) fn boxed<T>(&self, value: T) -> PResult<Box<T>> {
        self.budget.boxed(value)
    }

    pub(crate) fn node(&self, kind: ExprKind, line: u32, col: u32) -> Expr {
        Expr {
            kind,
            line,
            col,
            folded: false,
        }
    }

    /// A constant produced by folding or substitution.
    pub(crate) fn folded(&self, c: Const, line: u32, col: u32) -> Expr {
        Expr {
            kind: ExprKind::Const(c),
            line,
            col,
            folded: true,
        }
    }

    /// Count one more level of nesting.
    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_EXPR_DEPTH {
            return Err(CompileError::Recursion);
        }
        self.budget.check_stack()
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    // ---- inputs -------------------------------------------------------------------

    fn file(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        loop {
            match self.peek_tok()? {
                Tok::EndMarker => return Ok(body),
                Tok::Newline => {
                    self.next()?;
                }
                _ => self.statement(&mut body)?,
            }
        }
    }

    fn eval_input(&mut self) -> PResult<Expr> {
        while *self.peek_tok()? == Tok::Newline {
            self.next()?;
        }
        let e = self.star_expressions()?;
        while *self.peek_tok()? == Tok::Newline {
            self.next()?;
        }
        if *self.peek_tok()? != Tok::EndMarker {
            return Err(self.unexpected());
        }
        Ok(e)
    }

    // ---- statements ---------------------------------------------------------------

    /// Parse one statement line (or compound statement) into `out`.
    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let t = self.peek()?;
        let (line, col) = (t.line, t.col);
        let compound = match t.tok {
            Tok::Kw(Kw::If) => Some(self.if_stmt()?),
            Tok::Kw(Kw::While) => Some(self.while_stmt()?),
            Tok::Kw(Kw::For) => Some(self.for_stmt(false, line, col)?),
            Tok::Kw(Kw::Try) => Some(self.try_stmt()?),
            Tok::Kw(Kw::With) => Some(self.with_stmt(false, line, col)?),
            Tok::Kw(Kw::Def) => Some(self.funcdef(Vec::new(), false, line, col)?),
            Tok::Kw(Kw::Class) => Some(self.classdef(Vec::new())?),
            Tok::Kw(Kw::Async) => Some(self.async_stmt(Vec::new())?),
            Tok::Op(Op::At) => Some(self.decorated()?),
            Tok::Indent => return Err(self.unexpected()),
            _ => None,
        };
        if let Some(kind) = compound {
            return self.push(out, Stmt { kind, line, col });
        }
        self.simple_statements(out)
    }

    fn simple_statements(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let t = self.peek()?;
            let (line, col) = (t.line, t.col);
            if let Some(kind) = self.simple_statement()? {
                self.push(out, Stmt { kind, line, col })?;
            }
            if !self.eat_op(Op::Semi)? {
                break;
            }
            if *self.peek_tok()? == Tok::Newline {
                break;
            }
        }
        if *self.peek_tok()? != Tok::Newline {
            return Err(self.unexpected());
        }
        self.next()?;
        Ok(())
    }

    /// The body after a compound statement's `:`.
    fn block(&mut self, what: &str, header_line: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if *self.peek_tok()? != Tok::Newline {
            self.simple_statements(&mut body)?;
            return Ok(body);
        }
        self.next()?;
        if *self.peek_tok()? != Tok::Indent {
            let t = self.peek()?;
            let msg = format!("expected an indented block after {what} on line {header_line}");
            return Err(indentation_error(&msg, t.line, t.col));
        }
        self.next()?;
        loop {
            match self.peek_tok()? {
                Tok::Dedent => {
                    self.next()?;
                    return Ok(body);
                }
                Tok::EndMarker => return Ok(body),
                _ => self.statement(&mut body)?,
            }
        }
    }

    /// A loop body: `break`/`continue` become legal inside.
    fn loop_block(&mut self, what: &str, header_line: u32) -> PResult<Vec<Stmt>> {
        let saved = self.ctx;
        self.ctx.in_loop = true;
        let body = self.block(what, header_line);
        self.ctx = saved;
        body
    }

    fn if_stmt(&mut self) -> PResult<StmtKind> {
        let mut branches = Vec::new();
        let mut what = "'if' statement";
        loop {
            let t = self.next()?;
            let test = self.named_expr()?;
            self.expect_header_colon()?;
            let body = self.block(what, t.line)?;
            self.push(&mut branches, IfBranch { test, body })?;
            if !self.at_kw(Kw::Elif)? {
                break;
            }
            what = "'elif' statement";
        }
        let orelse = self.else_block()?;
        Ok(StmtKind::If(self.boxed(If { branches, orelse })?))
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        let line = self.peek()?.line;
        if self.eat_kw(Kw::Else)? {
            self.expect_colon()?;
            return self.block("'else' statement", line);
        }
        Ok(Vec::new())
    }

    fn while_stmt(&mut self) -> PResult<StmtKind> {
        let t = self.next()?;
        let test = self.named_expr()?;
        self.expect_header_colon()?;
        let body = self.loop_block("'while' statement", t.line)?;
        let orelse = self.else_block()?;
        Ok(StmtKind::While(self.boxed(While { test, body, orelse })?))
    }

    fn for_stmt(&mut self, is_async: bool, line: u32, col: u32) -> PResult<StmtKind> {
        if is_async && !self.ctx.is_async {
            return Err(syntax_error(
                "'async for' outside async function",
                line,
                col,
            ));
        }
        self.next()?;
        let target = self.target_list()?;
        let target = self.store_target(target)?;
        if !self.eat_kw(Kw::In)? {
            return Err(self.unexpected());
        }
        let iter = self.star_expressions()?;
        self.expect_header_colon()?;
        let body = self.loop_block("'for' statement", line)?;
        let orelse = self.else_block()?;
        Ok(StmtKind::For(self.boxed(For {
            target,
            iter,
            body,
            orelse,
            is_async,
        })?))
    }

    fn try_stmt(&mut self) -> PResult<StmtKind> {
        let t = self.next()?;
        self.expect_colon()?;
        let body = self.block("'try' statement", t.line)?;
        let mut handlers = Vec::new();
        let mut bare_seen = None;
        loop {
            let t = self.peek()?;
            let (line, col) = (t.line, t.col);
            if !self.eat_kw(Kw::Except)? {
                break;
            }
            if let Some((l, c)) = bare_seen {
                return Err(syntax_error("default 'except:' must be last", l, c));
            }
            if self.at_op(Op::Star)? {
                return Err(self.error_here("except* (exception groups) is not supported"));
            }
            let mut typ = None;
            let mut name = None;
            if self.at_op(Op::Colon)? {
                bare_seen = Some((line, col));
            } else {
                let e = self.expr()?;
                let e = if self.at_op(Op::Comma)? {
                    let (l, c) = (e.line, e.col);
                    let mut items = Vec::new();
                    self.push(&mut items, e)?;
                    while self.eat_op(Op::Comma)? {
                        if self.at_op(Op::Colon)? || self.at_kw(Kw::As)? {
                            break;
                        }
                        let item = self.expr()?;
                        self.push(&mut items, item)?;
                    }
                    self.tuple(items, l, c)?
                } else {
                    e
                };
                typ = Some(e);
                if self.eat_kw(Kw::As)? {
                    name = Some(self.expect_name()?.0);
                }
            }
            self.expect_header_colon()?;
            let hbody = self.block("'except' statement", line)?;
            self.push(
                &mut handlers,
                Handler {
                    typ,
                    name,
                    body: hbody,
                    line,
                },
            )?;
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let finally_line = self.peek()?.line;
        let mut finalbody = Vec::new();
        let has_finally = self.eat_kw(Kw::Finally)?;
        if has_finally {
            self.expect_colon()?;
            finalbody = self.block("'finally' statement", finally_line)?;
        }
        if handlers.is_empty() && !has_finally {
            let (line, col) = self.last_newline;
            return Err(syntax_error(
                "expected 'except' or 'finally' block",
                line,
                col,
            ));
        }
        Ok(StmtKind::Try(self.boxed(Try {
            body,
            handlers,
            orelse,
            finalbody,
            finally_line,
        })?))
    }

    fn with_stmt(&mut self, is_async: bool, line: u32, col: u32) -> PResult<StmtKind> {
        if is_async && !self.ctx.is_async {
            return Err(syntax_error(
                "'async with' outside async function",
                line,
                col,
            ));
        }
        self.next()?;
        let items = self.with_items()?;
        self.expect_header_colon()?;
        let body = self.block("'with' statement", line)?;
        Ok(StmtKind::With(self.boxed(With {
            items,
            body,
            is_async,
        })?))
    }

    /// `a as x, b` or the parenthesised form `(a as x, b,)`.
    fn with_items(&mut self) -> PResult<Vec<WithItem>> {
        let mut items = Vec::new();
        if self.at_op(Op::LPar)? {
            let open = self.next()?;
            let mut had_as = false;
            let mut trailing_comma = false;
            let mut exprs = Vec::new();
            loop {
                if self.at_op(Op::RPar)? {
                    break;
                }
                let context = self.expr()?;
                let mut target = None;
                if self.eat_kw(Kw::As)? {
                    let t = self.star_target()?;
                    target = Some(self.store_target(t)?);
                    had_as = true;
                }
                self.push(&mut exprs, WithItem { context, target })?;
                trailing_comma = self.eat_op(Op::Comma)?;
                if !trailing_comma {
                    break;
                }
            }
            self.expect_op(Op::RPar)?;
            if self.at_op(Op::Colon)? && (had_as || exprs.len() > 1 || trailing_comma) {
                return Ok(exprs);
            }
            // It was an expression that starts with a parenthesis after all.
            if had_as || exprs.is_empty() && !self.at_op(Op::Colon)? {
                return Err(self.unexpected());
            }
            let mut values = Vec::new();
            for item in exprs {
                self.push(&mut values, item.context)?;
            }
            let atom = if values.len() == 1 && !trailing_comma {
                values.pop().ok_or(CompileError::MemoryError)?
            } else {
                self.tuple(values, open.line, open.col)?
            };
            let context = self.continue_expr(atom)?;
            let target = self.with_target()?;
            self.push(&mut items, WithItem { context, target })?;
            if !self.eat_op(Op::Comma)? {
                return Ok(items);
            }
        }
        loop {
            let context = self.expr()?;
            let target = self.with_target()?;
            self.push(&mut items, WithItem { context, target })?;
            if !self.eat_op(Op::Comma)? {
                return Ok(items);
            }
        }
    }

    fn with_target(&mut self) -> PResult<Option<Expr>> {
        if !self.eat_kw(Kw::As)? {
            return Ok(None);
        }
        let t = self.star_target()?;
        Ok(Some(self.store_target(t)?))
    }

    fn decorated(&mut self) -> PResult<StmtKind> {
        let mut decorators = Vec::new();
        while self.eat_op(Op::At)? {
            let d = self.named_expr()?;
            self.push(&mut decorators, d)?;
            if *self.peek_tok()? != Tok::Newline {
                return Err(self.unexpected());
            }
            self.next()?;
        }
        let t = self.peek()?;
        let (line, col) = (t.line, t.col);
        match t.tok {
            Tok::Kw(Kw::Def) => self.funcdef(decorators, false, line, col),
            Tok::Kw(Kw::Class) => self.classdef(decorators),
            Tok::Kw(Kw::Async) => self.async_stmt(decorators),
            _ => Err(self.unexpected()),
        }
    }

    fn async_stmt(&mut self, decorators: Vec<Expr>) -> PResult<StmtKind> {
        let t = self.next()?;
        let (line, col) = (t.line, t.col);
        match self.peek_tok()? {
            Tok::Kw(Kw::Def) => self.funcdef(decorators, true, line, col),
            Tok::Kw(Kw::For) if decorators.is_empty() => self.for_stmt(true, line, col),
            Tok::Kw(Kw::With) if decorators.is_empty() => self.with_stmt(true, line, col),
            _ => Err(self.unexpected()),
        }
    }

    fn funcdef(
        &mut self,
        decorators: Vec<Expr>,
        is_async: bool,
        line: u32,
        _col: u32,
    ) -> PResult<StmtKind> {
        self.next()?;
        let (name, _, _) = self.expect_name()?;
        if !self.eat_op(Op::LPar)? {
            return Err(self.error_here("expected '('"));
        }
        let params = self.params(false)?;
        self.expect_op(Op::RPar)?;
        let returns = if self.eat_op(Op::RArrow)? {
            Some(self.expr()?)
        } else {
            None
        };
        self.expect_colon()?;
        let saved = self.ctx;
        self.ctx = Context {
            in_def: true,
            in_function: true,
            is_async,
            in_loop: false,
            at_module: false,
        };
        let body = self.block("function definition", line);
        self.ctx = saved;
        Ok(StmtKind::FunctionDef(self.boxed(FunctionDef {
            name,
            params,
            returns,
            body: body?,
            decorators,
            is_async,
            scope: Cell::new(NO_SCOPE),
        })?))
    }

    fn classdef(&mut self, decorators: Vec<Expr>) -> PResult<StmtKind> {
        let t = self.next()?;
        let (name, _, _) = self.expect_name()?;
        let mut bases = Vec::new();
        let mut keywords = Vec::new();
        if self.at_op(Op::LPar)? {
            let call = self.call_arguments(true)?;
            bases = call.0;
            keywords = call.1;
        }
        self.expect_header_colon()?;
        let saved = self.ctx;
        self.ctx = Context::default();
        let body = self.block("class definition", t.line);
        self.ctx = saved;
        Ok(StmtKind::ClassDef(self.boxed(ClassDef {
            name,
            bases,
            keywords,
            body: body?,
            decorators,
            scope: Cell::new(NO_SCOPE),
        })?))
    }

    /// One simple statement; `None` when it compiles to nothing and is dropped
    /// (`_NAME = const(...)`).
    fn simple_statement(&mut self) -> PResult<Option<StmtKind>> {
        let t = self.peek()?;
        let (line, col) = (t.line, t.col);
        let kind = match t.tok {
            Tok::Kw(Kw::Pass) => {
                self.next()?;
                StmtKind::Pass
            }
            Tok::Kw(Kw::Break) => {
                self.next()?;
                if !self.ctx.in_loop {
                    return Err(syntax_error("'break' outside loop", line, col));
                }
                StmtKind::Break
            }
            Tok::Kw(Kw::Continue) => {
                self.next()?;
                if !self.ctx.in_loop {
                    return Err(syntax_error("'continue' not properly in loop", line, col));
                }
                StmtKind::Continue
            }
            Tok::Kw(Kw::Return) => {
                self.next()?;
                if !self.ctx.in_def {
                    return Err(syntax_error("'return' outside function", line, col));
                }
                let value = if self.starts_expression()? {
                    Some(self.star_expressions()?)
                } else {
                    None
                };
                StmtKind::Return(value)
            }
            Tok::Kw(Kw::Raise) => {
                self.next()?;
                let mut exc = None;
                let mut cause = None;
                if self.starts_expression()? {
                    exc = Some(self.expr()?);
                    if self.eat_kw(Kw::From)? {
                        cause = Some(self.expr()?);
                    }
                }
                StmtKind::Raise(exc, cause)
            }
            Tok::Kw(Kw::Global) | Tok::Kw(Kw::Nonlocal) => {
                let is_global = t.tok == Tok::Kw(Kw::Global);
                self.next()?;
                if !is_global && self.ctx.at_module {
                    return Err(syntax_error(
                        "nonlocal declaration not allowed at module level",
                        line,
                        col,
                    ));
                }
                let mut names = Vec::new();
                loop {
                    let (name, _, _) = self.expect_name()?;
                    self.push(&mut names, name)?;
                    if !self.eat_op(Op::Comma)? {
                        break;
                    }
                }
                if is_global {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            Tok::Kw(Kw::Del) => {
                self.next()?;
                let mut targets = Vec::new();
                loop {
                    let e = self.star_target()?;
                    let e = self.del_target(e)?;
                    self.push(&mut targets, e)?;
                    if !self.eat_op(Op::Comma)? || !self.starts_expression()? {
                        break;
                    }
                }
                StmtKind::Delete(targets)
            }
            Tok::Kw(Kw::Assert) => {
                self.next()?;
                let test = self.expr()?;
                let msg = if self.eat_op(Op::Comma)? {
                    Some(self.expr()?)
                } else {
                    None
                };
                StmtKind::Assert(self.boxed((test, msg))?)
            }
            Tok::Kw(Kw::Import) => self.import_name()?,
            Tok::Kw(Kw::From) => self.import_from(line, col)?,
            _ => return self.expression_statement(),
        };
        Ok(Some(kind))
    }

    fn import_name(&mut self) -> PResult<StmtKind> {
        self.next()?;
        let mut names = Vec::new();
        loop {
            let parts = self.dotted_name()?;
            let asname = if self.eat_kw(Kw::As)? {
                Some(self.expect_name()?.0)
            } else {
                None
            };
            self.push(&mut names, ImportName { parts, asname })?;
            if !self.eat_op(Op::Comma)? {
                return Ok(StmtKind::Import(names));
            }
        }
    }

    /// `a.b.c`: its parts.
    fn dotted_name(&mut self) -> PResult<Vec<Sym>> {
        let mut parts = Vec::new();
        let (first, _, _) = self.expect_name()?;
        self.push(&mut parts, first)?;
        while self.eat_op(Op::Dot)? {
            let (part, _, _) = self.expect_name()?;
            self.push(&mut parts, part)?;
        }
        Ok(parts)
    }

    fn import_from(&mut self, line: u32, col: u32) -> PResult<StmtKind> {
        self.next()?;
        let mut level = 0u32;
        loop {
            if self.eat_op(Op::Dot)? {
                level += 1;
            } else if self.eat_op(Op::Ellipsis)? {
                level += 3;
            } else {
                break;
            }
        }
        let module = if level > 0 && self.at_kw(Kw::Import)? {
            Vec::new()
        } else {
            self.dotted_name()?
        };
        if !self.eat_kw(Kw::Import)? {
            return Err(self.unexpected());
        }
        let mut names = Vec::new();
        if self.eat_op(Op::Star)? {
            if !self.ctx.at_module {
                return Err(syntax_error(
                    "import * only allowed at module level",
                    line,
                    col,
                ));
            }
            return Ok(StmtKind::ImportFrom(self.boxed(ImportFrom {
                level,
                module,
                names,
                star: true,
            })?));
        }
        let paren = self.eat_op(Op::LPar)?;
        loop {
            let (name, _, _) = self.expect_name()?;
            let asname = if self.eat_kw(Kw::As)? {
                Some(self.expect_name()?.0)
            } else {
                None
            };
            self.push(&mut names, (name, asname))?;
            if !self.eat_op(Op::Comma)? {
                break;
            }
            if paren && self.at_op(Op::RPar)? {
                break;
            }
            if !paren && !matches!(self.peek_tok()?, Tok::Name(_)) {
                return Err(
                    self.error_here("trailing comma not allowed without surrounding parentheses")
                );
            }
        }
        if paren {
            self.expect_op(Op::RPar)?;
        }
        Ok(StmtKind::ImportFrom(self.boxed(ImportFrom {
            level,
            module,
            names,
            star: false,
        })?))
    }

    /// Assignment, augmented or annotated assignment, or a bare expression.
    fn expression_statement(&mut self) -> PResult<Option<StmtKind>> {
        let parenthesized = self.at_op(Op::LPar)?;
        let first = self.yield_or_star_expressions()?;
        let t = self.peek()?;
        let (line, col) = (t.line, t.col);
        match t.tok {
            Tok::Op(Op::Equal) => {
                let mut targets = Vec::new();
                let mut value = first;
                while self.eat_op(Op::Equal)? {
                    let target = self.assign_target(value)?;
                    self.push(&mut targets, target)?;
                    value = self.yield_or_star_expressions()?;
                }
                if let Some(dropped) = self.const_definition(&targets, &mut value)? {
                    if dropped {
                        return Ok(None);
                    }
                }
                Ok(Some(StmtKind::Assign(
                    self.boxed(Assign { targets, value })?,
                )))
            }
            Tok::Op(op) if target::augmented_op(op).is_some() => {
                self.next()?;
                let target = self.aug_target(first)?;
                let value = self.yield_or_star_expressions()?;
                let op = target::augmented_op(op).unwrap_or(0);
                Ok(Some(StmtKind::AugAssign(self.boxed((target, op, value))?)))
            }
            Tok::Op(Op::Colon) => {
                self.next()?;
                let simple = !parenthesized && matches!(first.kind, ExprKind::Name(_));
                let target = self.annotated_target(first)?;
                let annotation = self.expr()?;
                let value = if self.eat_op(Op::Equal)? {
                    Some(self.yield_or_star_expressions()?)
                } else {
                    None
                };
                Ok(Some(StmtKind::AnnAssign(self.boxed(AnnAssign {
                    target,
                    annotation,
                    value,
                    simple,
                })?)))
            }
            Tok::Newline | Tok::Op(Op::Semi) => Ok(Some(StmtKind::Expr(first))),
            _ => {
                if let ExprKind::Name(name) = first.kind {
                    let is_print = matches!(self.interner.get(name), "print" | "exec");
                    if is_print && self.starts_expression()? {
                        let text = self.interner.get(name);
                        let msg = format!(
                            "Missing parentheses in call to '{text}'. Did you mean {text}(...)?"
                        );
                        return Err(syntax_error(&msg, first.line, first.col));
                    }
                }
                Err(syntax_error("invalid syntax", line, col))
            }
        }
    }

    /// `NAME = const(value)`: record the constant for later uses of NAME. Returns
    /// `Some(true)` when the statement is to be dropped (NAME starts with `_`).
    fn const_definition(&mut self, targets: &[Expr], value: &mut Expr) -> PResult<Option<bool>> {
        let [Expr {
            kind: ExprKind::Name(name),
            ..
        }] = targets
        else {
            return Ok(None);
        };
        let ExprKind::Call(call) = &mut value.kind else {
            return Ok(None);
        };
        if !matches!(call.func.kind, ExprKind::Name(sym::CONST))
            || call.args.len() != 1
            || !call.keywords.is_empty()
        {
            return Ok(None);
        }
        let Some(c) = call.args.first().and_then(Expr::as_const) else {
            return Ok(None);
        };
        let c = c.clone();
        let index = u32::try_from(self.consts.len()).map_err(|_| CompileError::MemoryError)?;
        self.budget.push(&mut self.consts, c.clone())?;
        let slot = name.0 as usize;
        if self.const_of.len() <= slot {
            let extra = slot + 1 - self.const_of.len();
            self.budget.reserve(&mut self.const_of, extra)?;
            self.const_of.resize(slot + 1, u32::MAX);
        }
        if let Some(entry) = self.const_of.get_mut(slot) {
            *entry = index;
        }
        value.kind = ExprKind::Const(c);
        Ok(Some(self.interner.get(*name).starts_with('_')))
    }
}

//! Expression parsing. Binary operators use precedence climbing over one table
//! (`infix`), so each nested parenthesis or operand costs a few small frames and
//! operators of one level collect into a flat chain. Atoms, trailers, displays,
//! comprehensions, lambdas, call arguments, subscripts and string literals (with
//! f-string fields parsed by a sub-lexer over the field's source range) are here too.

use super::ast::*;
use super::fold;
use super::{Context, PResult, Parser};
use crate::bytecode::opcodes::binary;
use crate::compiler::CompileError;
use crate::lexer::interner::{sym, Sym};
use crate::lexer::syntax_error;
use crate::lexer::token::{FField, FPart, IntLit, Kw, Op, StrLit, Tok, Token};
use crate::lexer::Lexer;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;

const PREC_OR: u8 = 1;
const PREC_AND: u8 = 2;
const PREC_NOT: u8 = 3;
const PREC_CMP: u8 = 4;
const PREC_BOR: u8 = 5;
const PREC_BXOR: u8 = 6;
const PREC_BAND: u8 = 7;
const PREC_SHIFT: u8 = 8;
const PREC_ARITH: u8 = 9;
const PREC_TERM: u8 = 10;
const PREC_UNARY: u8 = 11;
const PREC_POW: u8 = 12;

/// An infix operator found after an operand.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Infix {
    Or,
    And,
    /// A comparison; `true` if it is spelled with two tokens (`not in`, `is not`).
    Cmp(CmpOp, bool),
    Bin(u8),
    Pow,
}

/// Values of the `math` constants mpy-cross folds (MPY.md §9.9).
fn math_constant(name: &str) -> Option<f64> {
    Some(match name {
        "pi" => core::f64::consts::PI,
        "e" => core::f64::consts::E,
        "tau" => core::f64::consts::TAU,
        "inf" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => return None,
    })
}

impl<'a> Parser<'a> {
    /// True if the next token can begin an expression.
    pub(super) fn starts_expression(&mut self) -> PResult<bool> {
        Ok(match self.peek_tok()? {
            Tok::Name(_) | Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_) => true,
            Tok::Kw(k) => matches!(
                k,
                Kw::None | Kw::True | Kw::False | Kw::Not | Kw::Lambda | Kw::Await | Kw::Yield
            ),
            Tok::Op(o) => matches!(
                o,
                Op::LPar
                    | Op::LSqb
                    | Op::LBrace
                    | Op::Minus
                    | Op::Plus
                    | Op::Tilde
                    | Op::Star
                    | Op::Ellipsis
            ),
            _ => false,
        })
    }

    fn at_comp_for(&mut self) -> PResult<bool> {
        if self.at_kw(Kw::For)? {
            return Ok(true);
        }
        Ok(self.at_kw(Kw::Async)? && *self.peek2_tok()? == Tok::Kw(Kw::For))
    }

    /// `yield ...` or a star-expression list.
    pub(super) fn yield_or_star_expressions(&mut self) -> PResult<Expr> {
        if self.at_kw(Kw::Yield)? {
            return self.yield_expr();
        }
        self.star_expressions()
    }

    /// `a, *b, c` (a tuple if there is a comma).
    #[inline(never)]
    pub(super) fn star_expressions(&mut self) -> PResult<Expr> {
        let first = self.star_expr_item()?;
        if !self.at_op(Op::Comma)? {
            return Ok(first);
        }
        let (line, col) = (first.line, first.col);
        let mut items = Vec::new();
        let mut trailing = false;
        self.push(&mut items, first)?;
        while self.eat_op(Op::Comma)? {
            if !self.starts_expression()? || self.at_kw(Kw::Yield)? {
                trailing = true;
                break;
            }
            let item = self.star_expr_item()?;
            self.push(&mut items, item)?;
        }
        self.tuple_display(items, false, trailing, line, col)
    }

    #[inline(never)]
    fn star_expr_item(&mut self) -> PResult<Expr> {
        let t = self.peek()?;
        let (line, col) = (t.line, t.col);
        if self.eat_op(Op::Star)? {
            let inner = self.bitwise_or()?;
            return Ok(self.node(ExprKind::Starred(self.boxed(inner)?), line, col));
        }
        self.expr()
    }

    /// An element of a display or a parenthesised list: `*x` or a named expression.
    #[inline(never)]
    fn star_named_item(&mut self) -> PResult<Expr> {
        let t = self.peek()?;
        let (line, col) = (t.line, t.col);
        if self.eat_op(Op::Star)? {
            let inner = self.bitwise_or()?;
            return Ok(self.node(ExprKind::Starred(self.boxed(inner)?), line, col));
        }
        self.named_expr()
    }

    /// `name := value` or an expression.
    #[inline(never)]
    pub(super) fn named_expr(&mut self) -> PResult<Expr> {
        let t = self.peek()?;
        let (line, col) = (t.line, t.col);
        if let Tok::Name(name) = t.tok {
            if *self.peek2_tok()? == Tok::Op(Op::ColonEqual) {
                return self.walrus(name, line, col);
            }
        }
        let e = self.expr()?;
        if self.at_op(Op::ColonEqual)? {
            return Err(Self::walrus_target_error(&e));
        }
        Ok(e)
    }

    #[inline(never)]
    fn walrus(&mut self, name: Sym, line: u32, col: u32) -> PResult<Expr> {
        self.next()?;
        self.next()?;
        let value = self.expr()?;
        Ok(self.node(ExprKind::NamedExpr(name, self.boxed(value)?), line, col))
    }

    #[inline(never)]
    fn walrus_target_error(e: &Expr) -> CompileError {
        {
            let what = match e.kind {
                ExprKind::Attribute(..) => "attribute",
                ExprKind::Subscript(_) => "subscript",
                ExprKind::Tuple { .. } => "tuple",
                ExprKind::List(_) => "list",
                ExprKind::Const(_) => "literal",
                _ => "expression",
            };
            let msg = format!("cannot use assignment expressions with {what}");
            syntax_error(&msg, e.line, e.col)
        }
    }

    /// `expression`: a lambda, or a disjunction with an optional `if ... else ...`.
    #[inline(never)]
    pub(super) fn expr(&mut self) -> PResult<Expr> {
        if self.at_kw(Kw::Lambda)? {
            return self.lambda();
        }
        let lhs = self.binary(PREC_OR)?;
        self.ternary(lhs)
    }

    /// Continue an expression whose first atom was already parsed.
    #[inline(never)]
    pub(super) fn continue_expr(&mut self, atom: Expr) -> PResult<Expr> {
        self.enter()?;
        let primary = self.trailers(atom);
        self.leave();
        let lhs = self.binary_from(PREC_OR, Some(primary?))?;
        self.ternary(lhs)
    }

    #[inline(never)]
    fn ternary(&mut self, body: Expr) -> PResult<Expr> {
        if !self.at_kw(Kw::If)? {
            return Ok(body);
        }
        self.next()?;
        let test = self.binary(PREC_OR)?;
        if !self.eat_kw(Kw::Else)? {
            return Err(syntax_error(
                "expected 'else' after 'if' expression",
                body.line,
                body.col,
            ));
        }
        self.enter()?;
        let orelse = self.expr();
        self.leave();
        let (line, col) = (body.line, body.col);
        let node = IfExp {
            test,
            body,
            orelse: orelse?,
        };
        Ok(self.node(ExprKind::IfExp(self.boxed(node)?), line, col))
    }

    /// `bitwise_or`: operators above comparisons (used for targets and `*x`).
    pub(super) fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(PREC_BOR)
    }

    fn binary(&mut self, min: u8) -> PResult<Expr> {
        self.binary_from(min, None)
    }

    fn binary_from(&mut self, min: u8, lhs: Option<Expr>) -> PResult<Expr> {
        self.enter()?;
        let result = self.binary_inner(min, lhs);
        self.leave();
        result
    }

    fn infix(&mut self) -> PResult<Option<(u8, Infix)>> {
        let (kw, op) = match self.peek_tok()? {
            Tok::Kw(k) => (Some(*k), None),
            Tok::Op(o) => (None, Some(*o)),
            _ => return Ok(None),
        };
        if let Some(kw) = kw {
            return Ok(match kw {
                Kw::Or => Some((PREC_OR, Infix::Or)),
                Kw::And => Some((PREC_AND, Infix::And)),
                Kw::In => Some((PREC_CMP, Infix::Cmp(CmpOp::In, false))),
                Kw::Not => (*self.peek2_tok()? == Tok::Kw(Kw::In))
                    .then_some((PREC_CMP, Infix::Cmp(CmpOp::NotIn, true))),
                Kw::Is => Some(if *self.peek2_tok()? == Tok::Kw(Kw::Not) {
                    (PREC_CMP, Infix::Cmp(CmpOp::IsNot, true))
                } else {
                    (PREC_CMP, Infix::Cmp(CmpOp::Is, false))
                }),
                _ => None,
            });
        }
        let cmp = |c| Some((PREC_CMP, Infix::Cmp(c, false)));
        Ok(match op {
            Some(Op::Less) => cmp(CmpOp::Lt),
            Some(Op::Greater) => cmp(CmpOp::Gt),
            Some(Op::EqEqual) => cmp(CmpOp::Eq),
            Some(Op::LessEqual) => cmp(CmpOp::LtE),
            Some(Op::GreaterEqual) => cmp(CmpOp::GtE),
            Some(Op::NotEqual) => cmp(CmpOp::NotEq),
            Some(Op::VBar) => Some((PREC_BOR, Infix::Bin(binary::OR))),
            Some(Op::Circumflex) => Some((PREC_BXOR, Infix::Bin(binary::XOR))),
            Some(Op::Amper) => Some((PREC_BAND, Infix::Bin(binary::AND))),
            Some(Op::LeftShift) => Some((PREC_SHIFT, Infix::Bin(binary::LSHIFT))),
            Some(Op::RightShift) => Some((PREC_SHIFT, Infix::Bin(binary::RSHIFT))),
            Some(Op::Plus) => Some((PREC_ARITH, Infix::Bin(binary::ADD))),
            Some(Op::Minus) => Some((PREC_ARITH, Infix::Bin(binary::SUBTRACT))),
            Some(Op::Star) => Some((PREC_TERM, Infix::Bin(binary::MULTIPLY))),
            Some(Op::At) => Some((PREC_TERM, Infix::Bin(binary::MAT_MULTIPLY))),
            Some(Op::DoubleSlash) => Some((PREC_TERM, Infix::Bin(binary::FLOOR_DIVIDE))),
            Some(Op::Slash) => Some((PREC_TERM, Infix::Bin(binary::TRUE_DIVIDE))),
            Some(Op::Percent) => Some((PREC_TERM, Infix::Bin(binary::MODULO))),
            Some(Op::DoubleStar) => Some((PREC_POW, Infix::Pow)),
            _ => None,
        })
    }

    #[inline(never)]
    fn binary_inner(&mut self, min: u8, lhs: Option<Expr>) -> PResult<Expr> {
        let lhs = match lhs {
            Some(e) => e,
            None => self.prefix(min)?,
        };
        self.infix_loop(min, lhs)
    }

    /// Infix operators of precedence `min` or higher after the operand `lhs`.
    #[inline(never)]
    fn infix_loop(&mut self, min: u8, mut lhs: Expr) -> PResult<Expr> {
        while let Some((prec, infix)) = self.infix()? {
            if prec < min {
                break;
            }
            let (line, col) = (lhs.line, lhs.col);
            lhs = match infix {
                Infix::Or | Infix::And => {
                    let mut values = Vec::new();
                    self.push(&mut values, lhs)?;
                    while self.infix()? == Some((prec, infix)) {
                        self.next()?;
                        let v = self.binary(prec + 1)?;
                        self.push(&mut values, v)?;
                    }
                    self.bool_op(infix == Infix::Or, values, line, col)?
                }
                Infix::Cmp(..) => {
                    let mut rest = Vec::new();
                    while let Some((_, Infix::Cmp(op, two))) = self.infix()? {
                        self.next()?;
                        if two {
                            self.next()?;
                        }
                        let v = self.binary(PREC_BOR)?;
                        self.push(&mut rest, (op, v))?;
                    }
                    let node = Compare { first: lhs, rest };
                    self.node(ExprKind::Compare(self.boxed(node)?), line, col)
                }
                Infix::Pow => {
                    self.next()?;
                    let rhs = self.binary(PREC_UNARY)?;
                    let mut rest = Vec::new();
                    self.push(&mut rest, (binary::POWER, rhs))?;
                    self.chain(lhs, rest)?
                }
                Infix::Bin(_) => {
                    let mut rest = Vec::new();
                    while let Some((p, Infix::Bin(op))) = self.infix()? {
                        if p != prec {
                            break;
                        }
                        self.next()?;
                        let v = self.binary(prec + 1)?;
                        self.push(&mut rest, (op, v))?;
                    }
                    self.chain(lhs, rest)?
                }
            };
        }
        Ok(lhs)
    }

    /// Prefix operators (`not`, `-`, `+`, `~`) or a primary.
    #[inline(never)]
    fn prefix(&mut self, min: u8) -> PResult<Expr> {
        let t = self.peek()?;
        let (line, col) = (t.line, t.col);
        let op = match t.tok {
            Tok::Kw(Kw::Not) if min <= PREC_NOT => UnaryOp::Not,
            Tok::Op(Op::Minus) => UnaryOp::Neg,
            Tok::Op(Op::Plus) => UnaryOp::Pos,
            Tok::Op(Op::Tilde) => UnaryOp::Invert,
            _ => return self.primary(),
        };
        self.unary(op, line, col)
    }

    /// A prefix operator and its operand.
    #[inline(never)]
    fn unary(&mut self, op: UnaryOp, line: u32, col: u32) -> PResult<Expr> {
        self.next()?;
        let operand = self.binary(if op == UnaryOp::Not {
            PREC_NOT
        } else {
            PREC_UNARY
        })?;
        if let Some(c) = operand.as_const() {
            let folded = if op == UnaryOp::Not {
                Some(if fold::truthiness(c) {
                    Const::False
                } else {
                    Const::True
                })
            } else {
                fold::fold_unary(op, c)
            };
            if let Some(c) = folded {
                self.charge_big(&c)?;
                return Ok(self.folded(c, line, col));
            }
        }
        Ok(self.node(ExprKind::Unary(op, self.boxed(operand)?), line, col))
    }

    /// Account for a folded big integer: its text, and the arithmetic that made it
    /// (temporaries of a few times its size).
    fn charge_big(&self, c: &Const) -> PResult<()> {
        if let Const::Int(IntConst::Big(text)) = c {
            self.budget.charge(text.len().saturating_mul(4))?;
        }
        Ok(())
    }

    /// A binary chain, folded when every operand is a numeric constant.
    #[inline(never)]
    fn chain(&self, first: Expr, rest: Vec<(u8, Expr)>) -> PResult<Expr> {
        let (line, col) = (first.line, first.col);
        if let Some(mut acc) = first.as_const().filter(|c| fold::is_numeric(c)).cloned() {
            let mut folded = true;
            for (op, e) in &rest {
                match e.as_const().and_then(|c| fold::fold_binary(*op, &acc, c)) {
                    Some(v) => {
                        self.charge_big(&v)?;
                        acc = v;
                    }
                    None => {
                        folded = false;
                        break;
                    }
                }
            }
            if folded {
                return Ok(self.folded(acc, line, col));
            }
        }
        Ok(self.node(
            ExprKind::BinChain(self.boxed(BinChain { first, rest })?),
            line,
            col,
        ))
    }

    /// `a or b` / `a and b`, dropping constant operands that do not decide the result.
    #[inline(never)]
    fn bool_op(&self, is_or: bool, values: Vec<Expr>, line: u32, col: u32) -> PResult<Expr> {
        let n = values.len();
        let mut kept = Vec::new();
        for (i, v) in values.into_iter().enumerate() {
            if let Some(c) = v.as_const() {
                if fold::truthiness(c) == is_or {
                    self.push(&mut kept, v)?;
                    break;
                }
                if i + 1 < n {
                    continue;
                }
            }
            self.push(&mut kept, v)?;
        }
        if kept.len() == 1 {
            if let Some(only) = kept.pop() {
                return Ok(only);
            }
        }
        Ok(self.node(
            ExprKind::BoolOp {
                is_or,
                values: kept,
            },
            line,
            col,
        ))
    }

    /// A tuple display; all-constant tuples become one constant (MPY.md §9.9), unless the
    /// constant would nest tuples deeper than an `.mpy` file can hold: then it is built
    /// at run time from constant items.
    pub(super) fn tuple(&self, items: Vec<Expr>, line: u32, col: u32) -> PResult<Expr> {
        self.tuple_display(items, false, false, line, col)
    }

    #[inline(never)]
    fn tuple_display(
        &self,
        items: Vec<Expr>,
        paren: bool,
        trailing_comma: bool,
        line: u32,
        col: u32,
    ) -> PResult<Expr> {
        let constant = !items.is_empty()
            && items.iter().all(|e| match &e.kind {
                ExprKind::Const(c) => tuple_levels(c) < crate::bytecode::mpy::MAX_NESTING,
                ExprKind::Tuple { items: inner, .. } => inner.is_empty(),
                _ => false,
            });
        if !constant {
            return Ok(self.node(ExprKind::Tuple { items, paren }, line, col));
        }
        // A folded tuple sits in mpy-cross's tree on the line of its second item when it
        // has three or more (or two and a trailing comma), else of its first; that is the
        // line it announces.
        let second = items.len() >= 3 || (items.len() == 2 && trailing_comma);
        let anchor = if second { items.get(1) } else { items.first() };
        let (line, col) = anchor.map_or((line, col), |e| (e.line, e.col));
        let mut values = Vec::new();
        self.budget.reserve(&mut values, items.len())?;
        for e in items {
            values.push(match e.kind {
                ExprKind::Const(c) => c,
                _ => Const::Tuple(Vec::new()),
            });
        }
        Ok(self.node(ExprKind::Const(Const::Tuple(values)), line, col))
    }

    /// `await primary` or a primary.
    #[inline(never)]
    fn primary(&mut self) -> PResult<Expr> {
        let t = self.peek()?;
        let (line, col) = (t.line, t.col);
        if t.tok == Tok::Kw(Kw::Await) {
            return self.await_expr(line, col);
        }
        self.atom_with_trailers()
    }

    #[inline(never)]
    fn await_expr(&mut self, line: u32, col: u32) -> PResult<Expr> {
        {
            self.next()?;
            if self.ctx.at_module {
                return Err(syntax_error("'await' outside function", line, col));
            }
            if !self.ctx.is_async {
                return Err(syntax_error("'await' outside async function", line, col));
            }
            let operand = self.atom_with_trailers()?;
            Ok(self.node(ExprKind::Await(self.boxed(operand)?), line, col))
        }
    }

    fn atom_with_trailers(&mut self) -> PResult<Expr> {
        let atom = self.atom()?;
        self.trailers(atom)
    }

    /// `.name`, `(args)` and `[index]` after an atom.
    #[inline(never)]
    fn trailers(&mut self, mut e: Expr) -> PResult<Expr> {
        let mut entered = 0;
        let result = loop {
            let op = match self.peek_tok() {
                Ok(Tok::Op(op @ (Op::Dot | Op::LPar | Op::LSqb))) => *op,
                Ok(_) => break Ok(e),
                Err(err) => break Err(err),
            };
            if let Err(err) = self.enter() {
                break Err(err);
            }
            entered += 1;
            let next = match op {
                Op::Dot => self.attribute_trailer(e),
                Op::LPar => self.call_trailer(e),
                _ => self.subscript(e),
            };
            match next {
                Ok(n) => e = n,
                Err(err) => break Err(err),
            }
        };
        for _ in 0..entered {
            self.leave();
        }
        result
    }

    /// `.name` after `e` (`math.pi` and friends fold to their value).
    #[inline(never)]
    fn attribute_trailer(&mut self, e: Expr) -> PResult<Expr> {
        let (line, col) = (e.line, e.col);
        let dot_line = self.next()?.line;
        let (attr, _, _) = self.expect_name()?;
        if let ExprKind::Name(sym::MATH) = e.kind {
            if let Some(v) = math_constant(self.interner.get(attr)) {
                return Ok(self.folded(Const::Float(v), line, col));
            }
        }
        let node = Attribute {
            value: e,
            attr,
            line: dot_line,
        };
        Ok(self.node(ExprKind::Attribute(self.boxed(node)?), line, col))
    }

    /// `(args)` after `e`.
    #[inline(never)]
    fn call_trailer(&mut self, e: Expr) -> PResult<Expr> {
        let (line, col) = (e.line, e.col);
        let paren_line = self.peek()?.line;
        let (args, keywords) = self.call_arguments(false)?;
        let call = Call {
            func: e,
            line: paren_line,
            args,
            keywords,
        };
        Ok(self.node(ExprKind::Call(self.boxed(call)?), line, col))
    }

    #[inline(never)]
    fn atom(&mut self) -> PResult<Expr> {
        let budget = self.budget;
        let t = self.peek()?;
        let (line, col) = (t.line, t.col);
        let c = match &t.tok {
            Tok::Name(s) => {
                let s = *s;
                self.next()?;
                return Ok(self.name_atom(s, line, col));
            }
            Tok::Str(_) => return self.strings(),
            Tok::Op(Op::LPar) => return self.paren(),
            Tok::Op(Op::LSqb) => return self.list_display(),
            Tok::Op(Op::LBrace) => return self.brace_display(),
            Tok::Kw(Kw::None) => Const::None,
            Tok::Kw(Kw::True) => Const::True,
            Tok::Kw(Kw::False) => Const::False,
            Tok::Op(Op::Ellipsis) => Const::Ellipsis,
            Tok::Int(IntLit::Small(v)) => Const::Int(IntConst::Small(*v)),
            Tok::Int(IntLit::Big(text)) => Const::Int(IntConst::Big(budget.string(text)?)),
            Tok::Float(f) => Const::Float(*f),
            Tok::Imag(f) => Const::Imag(*f),
            _ => return Err(self.unexpected()),
        };
        self.next()?;
        Ok(self.node(ExprKind::Const(c), line, col))
    }

    /// A name, or what a parse-time substitution turns it into.
    fn name_atom(&self, s: Sym, line: u32, col: u32) -> Expr {
        if s == sym::DEBUG {
            let c = if self.optimize == 0 {
                Const::True
            } else {
                Const::False
            };
            return self.folded(c, line, col);
        }
        if let Some(c) = self
            .const_of
            .get(s.0 as usize)
            .and_then(|&i| self.consts.get(i as usize))
        {
            return self.folded(c.clone(), line, col);
        }
        self.node(ExprKind::Name(s), line, col)
    }

    /// A string constant: interned if short or already known (MPY.md §9.2).
    fn str_const(&mut self, s: String) -> PResult<StrConst> {
        if s.len() <= 10 {
            return Ok(StrConst::Qstr(self.interner.intern(self.budget, &s)?));
        }
        Ok(match self.interner.lookup(&s) {
            Some(sym) => StrConst::Qstr(sym),
            None => StrConst::Obj(s),
        })
    }

    fn push_escaped(&self, out: &mut String, text: &str) -> PResult<()> {
        let mut start = 0;
        for (i, c) in text.char_indices() {
            if c == '{' || c == '}' {
                self.budget
                    .push_str(out, text.get(start..=i).unwrap_or(""))?;
                self.budget.push_char(out, c)?;
                start = i + 1;
            }
        }
        self.budget.push_str(out, text.get(start..).unwrap_or(""))
    }

    /// Adjacent string literals, concatenated; f-strings become a format template.
    #[inline(never)]
    fn strings(&mut self) -> PResult<Expr> {
        let first = self.peek()?;
        let (line, col) = (first.line, first.col);
        let mut lits: Vec<StrLit> = Vec::new();
        let mut kinds = (false, false);
        let mut mixed = false;
        while let Tok::Str(lit) = &self.peek()?.tok {
            let is_bytes = matches!(lit, StrLit::Bytes(_));
            mixed |= (is_bytes && kinds.1) || (!is_bytes && kinds.0);
            if is_bytes {
                kinds.0 = true;
            } else {
                kinds.1 = true;
            }
            if let Token {
                tok: Tok::Str(lit), ..
            } = self.next()?
            {
                self.push(&mut lits, lit)?;
            }
        }
        // mpy-cross lexes f-string fields after the whole literal, at the next token.
        let end_line = self.peek()?.line;
        if mixed {
            return Err(self.error_here("cannot mix bytes and nonbytes literals"));
        }
        if kinds.0 {
            let mut bytes = Vec::new();
            for lit in &lits {
                if let StrLit::Bytes(b) = lit {
                    self.budget.extend(&mut bytes, b)?;
                }
            }
            return Ok(self.node(ExprKind::Const(Const::Bytes(bytes)), line, col));
        }
        if !lits.iter().any(|l| matches!(l, StrLit::FStr(_))) {
            let mut text = String::new();
            for lit in &lits {
                if let StrLit::Str(s) = lit {
                    self.budget.push_str(&mut text, s)?;
                }
            }
            let c = self.str_const(text)?;
            return Ok(self.node(ExprKind::Const(Const::Str(c)), line, col));
        }
        let mut template = String::new();
        let mut args = Vec::new();
        for lit in &lits {
            match lit {
                StrLit::Str(s) => self.push_escaped(&mut template, s)?,
                StrLit::FStr(parts) => {
                    for part in parts {
                        match part {
                            FPart::Lit(s) => self.push_escaped(&mut template, s)?,
                            FPart::Field(f) => {
                                self.fstring_field(f, end_line, &mut template, &mut args)?
                            }
                        }
                    }
                }
                StrLit::Bytes(_) => {}
            }
        }
        let template = self.str_const(template)?;
        let node = FString { template, args };
        Ok(self.node(ExprKind::FString(self.boxed(node)?), line, col))
    }

    /// Append the template text of one f-string field and its argument expressions.
    #[inline(never)]
    fn fstring_field(
        &mut self,
        f: &FField,
        end_line: u32,
        template: &mut String,
        args: &mut Vec<Expr>,
    ) -> PResult<()> {
        if let Some(text) = &f.debug_text {
            self.push_escaped(template, text)?;
        }
        self.budget.push_char(template, '{')?;
        let conversion = f
            .conversion
            .or(if f.debug_text.is_some() && f.spec.is_none() {
                Some(b'r')
            } else {
                None
            });
        if let Some(c) = conversion {
            self.budget.push_char(template, '!')?;
            self.budget.push_char(template, c as char)?;
        }
        let e = self.field_expression(f, end_line)?;
        self.push(args, e)?;
        if let Some(spec) = &f.spec {
            self.budget.push_char(template, ':')?;
            for part in spec {
                match part {
                    FPart::Lit(s) => self.budget.push_str(template, s)?,
                    FPart::Field(inner) => self.fstring_field(inner, end_line, template, args)?,
                }
            }
        }
        self.budget.push_char(template, '}')
    }

    /// Parse the expression of an f-string field with a lexer over its source range.
    #[inline(never)]
    fn field_expression(&mut self, f: &FField, end_line: u32) -> PResult<Expr> {
        let sub = Lexer::new_field(self.src, f.start, f.end, f.line, f.line_start, end_line);
        let saved_lexer = core::mem::replace(&mut self.lexer, sub);
        let saved_lookahead = core::mem::take(&mut self.lookahead);
        let result = self.field_expression_body();
        self.lexer = saved_lexer;
        self.lookahead = saved_lookahead;
        result.map_err(|e| match e {
            CompileError::Syntax {
                msg,
                line,
                col,
                indentation,
            } if msg.starts_with("invalid syntax") => CompileError::Syntax {
                msg: format!("f-string: {msg}"),
                line,
                col,
                indentation,
            },
            other => other,
        })
    }

    fn field_expression_body(&mut self) -> PResult<Expr> {
        let e = self.yield_or_star_expressions()?;
        if let ExprKind::Starred(_) = e.kind {
            return Err(syntax_error(
                "f-string: cannot use starred expression here",
                e.line,
                e.col,
            ));
        }
        if *self.peek_tok()? != Tok::EndMarker {
            if self.starts_expression()? {
                return Err(syntax_error(
                    "invalid syntax. Perhaps you forgot a comma?",
                    e.line,
                    e.col,
                ));
            }
            return Err(self.unexpected());
        }
        Ok(e)
    }

    /// Expect `closer`; if instead another expression starts, suggest a missing comma.
    fn expect_closer(&mut self, closer: Op, last: Option<(u32, u32)>) -> PResult<()> {
        if self.eat_op(closer)? {
            return Ok(());
        }
        if let Some((line, col)) = last {
            if self.starts_expression()? && !self.at_kw(Kw::Yield)? {
                return Err(syntax_error(
                    "invalid syntax. Perhaps you forgot a comma?",
                    line,
                    col,
                ));
            }
        }
        Err(self.unexpected())
    }

    #[inline(never)]
    fn paren(&mut self) -> PResult<Expr> {
        let open = self.next()?;
        if self.eat_op(Op::RPar)? {
            return Ok(self.node(
                ExprKind::Tuple {
                    items: Vec::new(),
                    paren: true,
                },
                open.line,
                open.col,
            ));
        }
        if self.at_kw(Kw::Yield)? {
            let e = self.yield_expr()?;
            self.expect_op(Op::RPar)?;
            return Ok(e);
        }
        let first = self.star_named_item()?;
        self.paren_rest(open.line, open.col, first)
    }

    /// What follows the first item inside parentheses.
    #[inline(never)]
    fn paren_rest(&mut self, line: u32, col: u32, first: Expr) -> PResult<Expr> {
        let open = Token {
            tok: Tok::Op(Op::LPar),
            line,
            col,
        };
        if self.at_comp_for()? {
            let e = self.comprehension(
                CompKind::Generator,
                first,
                None,
                open.line,
                open.col,
                Some(open.line),
            )?;
            self.expect_op(Op::RPar)?;
            return Ok(e);
        }
        if !self.at_op(Op::Comma)? {
            self.expect_closer(Op::RPar, Some((first.line, first.col)))?;
            return Ok(first);
        }
        let mut items = Vec::new();
        let mut last = (first.line, first.col);
        let mut trailing = false;
        self.push(&mut items, first)?;
        while self.eat_op(Op::Comma)? {
            if self.at_op(Op::RPar)? {
                trailing = true;
                break;
            }
            let item = self.star_named_item()?;
            last = (item.line, item.col);
            self.push(&mut items, item)?;
        }
        self.expect_closer(Op::RPar, Some(last))?;
        self.tuple_display(items, true, trailing, open.line, open.col)
    }

    #[inline(never)]
    fn list_display(&mut self) -> PResult<Expr> {
        let open = self.next()?;
        let mut items = Vec::new();
        if self.eat_op(Op::RSqb)? {
            return Ok(self.node(ExprKind::List(items), open.line, open.col));
        }
        let first = self.star_named_item()?;
        if self.at_comp_for()? {
            let e = self.comprehension(
                CompKind::List,
                first,
                None,
                open.line,
                open.col,
                Some(open.line),
            )?;
            self.expect_op(Op::RSqb)?;
            return Ok(e);
        }
        let mut last = (first.line, first.col);
        self.push(&mut items, first)?;
        while self.eat_op(Op::Comma)? {
            if self.at_op(Op::RSqb)? {
                break;
            }
            let item = self.star_named_item()?;
            last = (item.line, item.col);
            self.push(&mut items, item)?;
        }
        self.expect_closer(Op::RSqb, Some(last))?;
        Ok(self.node(ExprKind::List(items), open.line, open.col))
    }

    #[inline(never)]
    fn brace_display(&mut self) -> PResult<Expr> {
        let open = self.next()?;
        let (line, col) = (open.line, open.col);
        if self.eat_op(Op::RBrace)? {
            return Ok(self.node(ExprKind::Dict(Vec::new()), line, col));
        }
        let mut items = Vec::new();
        if self.eat_op(Op::DoubleStar)? {
            let value = self.bitwise_or()?;
            if self.at_comp_for()? {
                return Err(syntax_error(
                    "dict unpacking cannot be used in dict comprehension",
                    line,
                    col + 1,
                ));
            }
            self.push(&mut items, DictItem { key: None, value })?;
            return self.dict_rest(items, line, col);
        }
        let first = self.star_named_item()?;
        if !matches!(first.kind, ExprKind::Starred(_)) && self.eat_op(Op::Colon)? {
            let value = self.expr()?;
            if self.at_comp_for()? {
                let e =
                    self.comprehension(CompKind::Dict, first, Some(value), line, col, Some(line))?;
                self.expect_op(Op::RBrace)?;
                return Ok(e);
            }
            self.push(
                &mut items,
                DictItem {
                    key: Some(first),
                    value,
                },
            )?;
            return self.dict_rest(items, line, col);
        }
        if self.at_comp_for()? {
            let e = self.comprehension(CompKind::Set, first, None, line, col, Some(line))?;
            self.expect_op(Op::RBrace)?;
            return Ok(e);
        }
        let mut elts = Vec::new();
        let mut last = (first.line, first.col);
        self.push(&mut elts, first)?;
        while self.eat_op(Op::Comma)? {
            if self.at_op(Op::RBrace)? {
                break;
            }
            let item = self.star_named_item()?;
            last = (item.line, item.col);
            self.push(&mut elts, item)?;
        }
        self.expect_closer(Op::RBrace, Some(last))?;
        Ok(self.node(ExprKind::Set(elts), line, col))
    }

    #[inline(never)]
    fn dict_rest(&mut self, mut items: Vec<DictItem>, line: u32, col: u32) -> PResult<Expr> {
        while self.eat_op(Op::Comma)? {
            if self.at_op(Op::RBrace)? {
                break;
            }
            if self.eat_op(Op::DoubleStar)? {
                let value = self.bitwise_or()?;
                self.push(&mut items, DictItem { key: None, value })?;
                continue;
            }
            let key = self.expr()?;
            if !self.eat_op(Op::Colon)? {
                return Err(syntax_error(
                    "':' expected after dictionary key",
                    key.line,
                    key.col,
                ));
            }
            let value = self.expr()?;
            self.push(
                &mut items,
                DictItem {
                    key: Some(key),
                    value,
                },
            )?;
        }
        self.expect_op(Op::RBrace)?;
        Ok(self.node(ExprKind::Dict(items), line, col))
    }

    /// The `for ... in ... if ...` clauses after a comprehension's element.
    #[inline(never)]
    fn comprehension(
        &mut self,
        kind: CompKind,
        elt: Expr,
        value: Option<Expr>,
        line: u32,
        col: u32,
        bracket_line: Option<u32>,
    ) -> PResult<Expr> {
        if let ExprKind::Starred(_) = elt.kind {
            return Err(syntax_error(
                "iterable unpacking cannot be used in comprehension",
                elt.line,
                elt.col,
            ));
        }
        let mut generators = Vec::new();
        loop {
            let t = self.peek()?;
            let (l, c) = (t.line, t.col);
            let is_async = self.at_kw(Kw::Async)?;
            if is_async {
                if !self.ctx.is_async {
                    return Err(syntax_error(
                        "asynchronous comprehension outside of an asynchronous function",
                        l,
                        c,
                    ));
                }
                self.next()?;
            }
            if !self.eat_kw(Kw::For)? {
                if is_async {
                    return Err(self.unexpected());
                }
                break;
            }
            let target = self.target_list()?;
            let target = self.store_target(target)?;
            if !self.eat_kw(Kw::In)? {
                return Err(self.unexpected());
            }
            let iter = self.binary(PREC_OR)?;
            let mut ifs = Vec::new();
            while self.eat_kw(Kw::If)? {
                let cond = self.binary(PREC_OR)?;
                self.push(&mut ifs, cond)?;
            }
            self.push(
                &mut generators,
                CompFor {
                    target,
                    iter,
                    ifs,
                    is_async,
                },
            )?;
        }
        let node = Comprehension {
            kind,
            elt,
            value,
            generators,
            bracket_line,
            scope: Cell::new(NO_SCOPE),
        };
        Ok(self.node(ExprKind::Comp(self.boxed(node)?), line, col))
    }

    /// Targets of `for`: `a, (b, *c)` up to `in`.
    pub(super) fn target_list(&mut self) -> PResult<Expr> {
        let first = self.star_target()?;
        if !self.at_op(Op::Comma)? {
            return Ok(first);
        }
        let (line, col) = (first.line, first.col);
        let mut items = Vec::new();
        self.push(&mut items, first)?;
        while self.eat_op(Op::Comma)? {
            if self.at_kw(Kw::In)? || self.at_op(Op::Equal)? {
                break;
            }
            let item = self.star_target()?;
            self.push(&mut items, item)?;
        }
        Ok(self.node(
            ExprKind::Tuple {
                items,
                paren: false,
            },
            line,
            col,
        ))
    }

    /// One target: `*x` or an expression above comparisons.
    pub(super) fn star_target(&mut self) -> PResult<Expr> {
        let t = self.peek()?;
        let (line, col) = (t.line, t.col);
        if self.eat_op(Op::Star)? {
            let inner = self.bitwise_or()?;
            return Ok(self.node(ExprKind::Starred(self.boxed(inner)?), line, col));
        }
        self.bitwise_or()
    }

    #[inline(never)]
    fn lambda(&mut self) -> PResult<Expr> {
        let t = self.next()?;
        let params = self.params(true)?;
        self.expect_op(Op::Colon)?;
        let saved = self.ctx;
        self.ctx = Context {
            in_function: true,
            ..Context::default()
        };
        self.enter()?;
        let body = self.expr();
        self.leave();
        self.ctx = saved;
        let node = Lambda {
            params,
            body: body?,
            scope: Cell::new(NO_SCOPE),
        };
        Ok(self.node(ExprKind::Lambda(self.boxed(node)?), t.line, t.col))
    }

    fn param_names(p: &Params) -> impl Iterator<Item = Sym> + '_ {
        p.args
            .iter()
            .map(|a| a.name)
            .chain(p.vararg)
            .chain(p.kwonly.iter().map(|a| a.name))
            .chain(p.kwarg)
    }

    fn new_param_name(&mut self, p: &Params) -> PResult<Sym> {
        let (name, line, col) = self.expect_name()?;
        if Self::param_names(p).any(|n| n == name) {
            let msg = format!(
                "duplicate argument '{}' in function definition",
                self.interner.get(name)
            );
            return Err(syntax_error(&msg, line, col));
        }
        Ok(name)
    }

    /// A parameter list up to `)` (def) or `:` (lambda).
    #[inline(never)]
    pub(super) fn params(&mut self, is_lambda: bool) -> PResult<Params> {
        let closer = if is_lambda { Op::Colon } else { Op::RPar };
        let mut p = Params::default();
        let mut star_seen = false;
        let mut slash_seen = false;
        let mut default_seen = false;
        let mut bare_star = None;
        loop {
            if self.at_op(closer)? {
                break;
            }
            let t = self.peek()?;
            let (line, col) = (t.line, t.col);
            if self.eat_op(Op::Slash)? {
                if slash_seen {
                    return Err(syntax_error("/ may appear only once", line, col));
                }
                if star_seen {
                    return Err(syntax_error("/ must be ahead of *", line, col));
                }
                if p.args.is_empty() {
                    return Err(syntax_error("invalid syntax", line, col));
                }
                slash_seen = true;
                p.posonly = p.args.len();
            } else if self.eat_op(Op::Star)? {
                if star_seen {
                    return Err(syntax_error("* argument may appear only once", line, col));
                }
                star_seen = true;
                if matches!(self.peek_tok()?, Tok::Name(_)) {
                    p.vararg = Some(self.new_param_name(&p)?);
                    p.vararg_annotation = self.annotation(is_lambda)?;
                } else {
                    bare_star = Some((line, col));
                }
            } else if self.eat_op(Op::DoubleStar)? {
                p.kwarg = Some(self.new_param_name(&p)?);
                p.kwarg_annotation = self.annotation(is_lambda)?;
                self.eat_op(Op::Comma)?;
                if !self.at_op(closer)? {
                    return Err(self.error_here("arguments cannot follow var-keyword argument"));
                }
                break;
            } else {
                let name = self.new_param_name(&p)?;
                let annotation = self.annotation(is_lambda)?;
                let default = if self.eat_op(Op::Equal)? {
                    Some(self.expr()?)
                } else {
                    None
                };
                if star_seen {
                    bare_star = None;
                    self.push(
                        &mut p.kwonly,
                        Param {
                            name,
                            default,
                            annotation,
                        },
                    )?;
                } else {
                    if default.is_some() {
                        default_seen = true;
                    } else if default_seen {
                        return Err(syntax_error(
                            "non-default argument follows default argument",
                            line,
                            col,
                        ));
                    }
                    self.push(
                        &mut p.args,
                        Param {
                            name,
                            default,
                            annotation,
                        },
                    )?;
                }
            }
            if !self.eat_op(Op::Comma)? {
                break;
            }
        }
        if let Some((line, col)) = bare_star {
            return Err(syntax_error(
                "named arguments must follow bare *",
                line,
                col,
            ));
        }
        Ok(p)
    }

    fn annotation(&mut self, is_lambda: bool) -> PResult<Option<Expr>> {
        if !is_lambda && self.eat_op(Op::Colon)? {
            return Ok(Some(self.expr()?));
        }
        Ok(None)
    }

    /// `(args)` of a call or class definition: positional and keyword arguments.
    /// (`class_bases`: a generator expression is not allowed there.)
    #[inline(never)]
    pub(super) fn call_arguments(
        &mut self,
        class_bases: bool,
    ) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        self.expect_op(Op::LPar)?;
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen = (false, false);
        loop {
            if self.eat_op(Op::RPar)? {
                break;
            }
            let last = self.call_argument(class_bases, &mut args, &mut keywords, &mut seen)?;
            if !self.eat_op(Op::Comma)? {
                self.expect_closer(Op::RPar, Some(last))?;
                break;
            }
        }
        Ok((args, keywords))
    }

    /// One argument of a call; `seen` is (keyword seen, `**` seen). Returns where the
    /// argument started (for the "forgot a comma" hint).
    #[inline(never)]
    fn call_argument(
        &mut self,
        class_bases: bool,
        args: &mut Vec<Expr>,
        keywords: &mut Vec<Keyword>,
        seen: &mut (bool, bool),
    ) -> PResult<(u32, u32)> {
        let t = self.peek()?;
        let (line, col) = (t.line, t.col);
        let name_then_equal = match t.tok {
            Tok::Name(n) => (*self.peek2_tok()? == Tok::Op(Op::Equal)).then_some(n),
            _ => None,
        };
        if self.eat_op(Op::Star)? {
            if seen.1 {
                return Err(syntax_error(
                    "iterable argument unpacking follows keyword argument unpacking",
                    line,
                    col,
                ));
            }
            let inner = self.expr()?;
            let e = self.node(ExprKind::Starred(self.boxed(inner)?), line, col);
            self.push(args, e)?;
        } else if self.eat_op(Op::DoubleStar)? {
            let value = self.expr()?;
            self.push(keywords, Keyword { name: None, value })?;
            seen.1 = true;
        } else if let Some(name) = name_then_equal {
            self.next()?;
            self.next()?;
            if keywords.iter().any(|k| k.name == Some(name)) {
                let msg = format!("keyword argument repeated: {}", self.interner.get(name));
                return Err(syntax_error(&msg, line, col));
            }
            let value = self.expr()?;
            self.push(
                keywords,
                Keyword {
                    name: Some(name),
                    value,
                },
            )?;
            seen.0 = true;
        } else {
            let e = self.named_expr()?;
            let last = (e.line, e.col);
            let e = self.positional_argument(
                e,
                class_bases,
                args.is_empty() && keywords.is_empty(),
                line,
                col,
            )?;
            if seen.1 {
                return Err(
                    self.error_here("positional argument follows keyword argument unpacking")
                );
            }
            if seen.0 {
                return Err(self.error_here("positional argument follows keyword argument"));
            }
            self.push(args, e)?;
            return Ok(last);
        }
        Ok((line, col))
    }

    /// Checks after a positional argument, and a generator expression as sole argument.
    #[inline(never)]
    fn positional_argument(
        &mut self,
        e: Expr,
        class_bases: bool,
        first: bool,
        line: u32,
        col: u32,
    ) -> PResult<Expr> {
        if self.at_op(Op::Equal)? {
            if let ExprKind::Const(Const::True | Const::False | Const::None) = e.kind {
                let msg = format!("cannot assign to {}", self.interner_const_name(&e));
                return Err(syntax_error(&msg, e.line, e.col));
            }
            return Err(syntax_error(
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                e.line,
                e.col,
            ));
        }
        if !self.at_comp_for()? {
            return Ok(e);
        }
        if class_bases {
            return Err(self.unexpected());
        }
        let g = self.comprehension(CompKind::Generator, e, None, line, col, None)?;
        if !first || !self.at_op(Op::RPar)? {
            return Err(syntax_error(
                "Generator expression must be parenthesized",
                line,
                col,
            ));
        }
        Ok(g)
    }

    fn interner_const_name(&self, e: &Expr) -> &'static str {
        match e.kind {
            ExprKind::Const(Const::True) => "True",
            ExprKind::Const(Const::False) => "False",
            _ => "None",
        }
    }

    #[inline(never)]
    fn subscript(&mut self, value: Expr) -> PResult<Expr> {
        let open = self.next()?;
        let (line, col) = (value.line, value.col);
        let mut items = Vec::new();
        let mut trailing_comma = false;
        loop {
            let item = self.slice_item()?;
            self.push(&mut items, item)?;
            if !self.eat_op(Op::Comma)? {
                break;
            }
            if self.at_op(Op::RSqb)? {
                trailing_comma = true;
                break;
            }
        }
        let last = items.last().map(|e: &Expr| (e.line, e.col));
        self.expect_closer(Op::RSqb, last)?;
        let index = if items.len() == 1 && !trailing_comma {
            items.pop().ok_or(CompileError::MemoryError)?
        } else {
            self.tuple(items, open.line, open.col)?
        };
        let node = Subscript {
            value,
            index,
            line: open.line,
        };
        Ok(self.node(ExprKind::Subscript(self.boxed(node)?), line, col))
    }

    #[inline(never)]
    fn slice_item(&mut self) -> PResult<Expr> {
        let t = self.peek()?;
        let (line, col) = (t.line, t.col);
        let lower = if self.at_op(Op::Colon)? {
            None
        } else if self.eat_op(Op::Star)? {
            let inner = self.bitwise_or()?;
            Some(self.node(ExprKind::Starred(self.boxed(inner)?), line, col))
        } else {
            Some(self.named_expr()?)
        };
        if !self.at_op(Op::Colon)? {
            return lower.ok_or(CompileError::MemoryError);
        }
        self.next()?;
        let ends = |p: &mut Self| -> PResult<bool> {
            Ok(p.at_op(Op::Colon)? || p.at_op(Op::RSqb)? || p.at_op(Op::Comma)?)
        };
        let upper = if ends(self)? {
            None
        } else {
            Some(self.expr()?)
        };
        let mut step = None;
        if self.eat_op(Op::Colon)? && !(self.at_op(Op::RSqb)? || self.at_op(Op::Comma)?) {
            step = Some(self.expr()?);
        }
        let node = Slice { lower, upper, step };
        Ok(self.node(ExprKind::Slice(self.boxed(node)?), line, col))
    }

    #[inline(never)]
    fn yield_expr(&mut self) -> PResult<Expr> {
        let t = self.next()?;
        let (line, col) = (t.line, t.col);
        if !self.ctx.in_function {
            return Err(syntax_error("'yield' outside function", line, col));
        }
        if self.eat_kw(Kw::From)? {
            if self.ctx.is_async {
                return Err(syntax_error(
                    "'yield from' inside async function",
                    line,
                    col,
                ));
            }
            let e = self.expr()?;
            return Ok(self.node(ExprKind::YieldFrom(self.boxed(e)?), line, col));
        }
        if self.starts_expression()? && !self.at_kw(Kw::Yield)? {
            let e = self.star_expressions()?;
            return Ok(self.node(ExprKind::Yield(Some(self.boxed(e)?)), line, col));
        }
        Ok(self.node(ExprKind::Yield(None), line, col))
    }
}

/// How many tuples deep a constant nests (0 for a scalar).
fn tuple_levels(c: &Const) -> usize {
    match c {
        Const::Tuple(items) => 1 + items.iter().map(tuple_levels).max().unwrap_or(0),
        _ => 0,
    }
}

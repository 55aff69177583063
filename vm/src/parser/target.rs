//! Assignment and deletion targets: checks that an expression parsed on the left of `=`,
//! after `for`/`as`/`del`, or before an augmented operator can be stored to, with
//! CPython's messages for the ones that cannot ("cannot assign to function call" ...).

use super::ast::{Const, Expr, ExprKind};
use super::{PResult, Parser};
use crate::bytecode::opcodes::binary;
use crate::lexer::syntax_error;
use crate::lexer::token::Op;
use alloc::format;

/// The in-place binary operator number of an augmented-assignment token.
pub fn augmented_op(op: Op) -> Option<u8> {
    Some(match op {
        Op::VBarEqual => binary::INPLACE_OR,
        Op::CircumflexEqual => binary::INPLACE_XOR,
        Op::AmperEqual => binary::INPLACE_AND,
        Op::LeftShiftEqual => binary::INPLACE_LSHIFT,
        Op::RightShiftEqual => binary::INPLACE_RSHIFT,
        Op::PlusEqual => binary::INPLACE_ADD,
        Op::MinEqual => binary::INPLACE_SUBTRACT,
        Op::StarEqual => binary::INPLACE_MULTIPLY,
        Op::AtEqual => binary::INPLACE_MAT_MULTIPLY,
        Op::DoubleSlashEqual => binary::INPLACE_FLOOR_DIVIDE,
        Op::SlashEqual => binary::INPLACE_TRUE_DIVIDE,
        Op::PercentEqual => binary::INPLACE_MODULO,
        Op::DoubleStarEqual => binary::INPLACE_POWER,
        _ => return None,
    })
}

/// How CPython names an expression that cannot be a target.
fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Const(Const::None) => "None",
        ExprKind::Const(Const::True) => "True",
        ExprKind::Const(Const::False) => "False",
        ExprKind::Const(Const::Ellipsis) => "ellipsis",
        ExprKind::Const(_) => "literal",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Call(_) => "function call",
        ExprKind::Compare(_) => "comparison",
        ExprKind::Lambda(_) => "lambda",
        ExprKind::IfExp(_) => "conditional expression",
        ExprKind::NamedExpr(..) => "named expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::Comp(c) => match c.kind {
            super::ast::CompKind::List => "list comprehension",
            super::ast::CompKind::Set => "set comprehension",
            super::ast::CompKind::Dict => "dict comprehension",
            super::ast::CompKind::Generator => "generator expression",
        },
        ExprKind::Starred(_) => "starred",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List(_) => "list",
        _ => "expression",
    }
}

/// Kinds for which CPython suggests `==` when they stand alone left of `=`.
fn suggests_equality(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Const(Const::None | Const::True | Const::False)
            | ExprKind::Compare(_)
            | ExprKind::Lambda(_)
            | ExprKind::IfExp(_)
            | ExprKind::Await(_)
    )
}

impl Parser<'_> {
    /// Check a store target (`for` target, `as` target, nested assignment target).
    pub(super) fn store_target(&self, e: Expr) -> PResult<Expr> {
        self.check_store(&e, false)?;
        Ok(e)
    }

    /// Check the target of an `=` statement.
    pub(super) fn assign_target(&self, e: Expr) -> PResult<Expr> {
        if matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
            return Err(syntax_error(
                "assignment to yield expression not possible",
                e.line,
                e.col,
            ));
        }
        if self.is_plain_target(&e)
            || matches!(
                e.kind,
                ExprKind::Tuple { .. } | ExprKind::List(_) | ExprKind::Starred(_)
            )
        {
            self.check_store(&e, false)?;
            return Ok(e);
        }
        let what = describe(&e);
        let msg = if suggests_equality(&e) {
            format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
        } else {
            format!("cannot assign to {what}")
        };
        Err(syntax_error(&msg, e.line, e.col))
    }

    fn is_plain_target(&self, e: &Expr) -> bool {
        matches!(
            e.kind,
            ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(_)
        )
    }

    fn check_store(&self, e: &Expr, nested: bool) -> PResult<()> {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(_) => Ok(()),
            ExprKind::Tuple { items, .. } | ExprKind::List(items) => {
                let mut starred = 0;
                for item in items {
                    if let ExprKind::Starred(inner) = &item.kind {
                        starred += 1;
                        if starred > 1 {
                            return Err(syntax_error(
                                "multiple starred expressions in assignment",
                                e.line,
                                e.col,
                            ));
                        }
                        self.check_store(inner, true)?;
                    } else {
                        self.check_store(item, true)?;
                    }
                }
                Ok(())
            }
            ExprKind::Starred(_) if !nested => Err(syntax_error(
                "starred assignment target must be in a list or tuple",
                e.line,
                e.col,
            )),
            _ => {
                let msg = format!("cannot assign to {}", describe(e));
                Err(syntax_error(&msg, e.line, e.col))
            }
        }
    }

    /// Check a `del` target.
    pub(super) fn del_target(&self, e: Expr) -> PResult<Expr> {
        self.check_delete(&e)?;
        Ok(e)
    }

    fn check_delete(&self, e: &Expr) -> PResult<()> {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(_) => Ok(()),
            ExprKind::Tuple { items, .. } | ExprKind::List(items) => {
                for item in items {
                    self.check_delete(item)?;
                }
                Ok(())
            }
            _ => {
                let msg = format!("cannot delete {}", describe(e));
                Err(syntax_error(&msg, e.line, e.col))
            }
        }
    }

    /// Check the target of an augmented assignment.
    pub(super) fn aug_target(&self, e: Expr) -> PResult<Expr> {
        if self.is_plain_target(&e) {
            return Ok(e);
        }
        let msg = format!(
            "'{}' is an illegal expression for augmented assignment",
            describe(&e)
        );
        Err(syntax_error(&msg, e.line, e.col))
    }

    /// Check the target of an annotated assignment.
    pub(super) fn annotated_target(&self, e: Expr) -> PResult<Expr> {
        match e.kind {
            ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(_) => Ok(e),
            ExprKind::Tuple { .. } => Err(syntax_error(
                "only single target (not tuple) can be annotated",
                e.line,
                e.col,
            )),
            ExprKind::List(_) => Err(syntax_error(
                "only single target (not list) can be annotated",
                e.line,
                e.col,
            )),
            _ => Err(syntax_error("illegal target for annotation", e.line, e.col)),
        }
    }
}

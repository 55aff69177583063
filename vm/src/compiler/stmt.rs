//! Statement compilation, following mpy-cross's patterns (MPY.md §9.8): assignments and
//! their targets, control flow with constant conditions resolved, loops (including the
//! `for ... in range(...)` counter loop), `try`/`except`/`finally`, `with`, `async for`
//! and `async with`, imports, definitions.

use super::codegen::{CResult, Compiler, LoopCtx, LoopKind, SMALL_INT_MAX, SMALL_INT_MIN};
use super::emit::{Label, Pass};
use super::scope::{ScopeKind, ScopeNode};
use super::CompileMode;
use crate::bytecode::opcodes::{self as op, binary};
use crate::lexer::interner::{sym, Sym};
use crate::lexer::syntax_error;
use crate::parser::ast::*;
use crate::parser::fold::truthiness;

/// The constant truth value of a condition, if it has one (§9.9).
pub(super) fn const_truth(e: &Expr) -> Option<bool> {
    match &e.kind {
        ExprKind::Const(c) => Some(truthiness(c)),
        ExprKind::Tuple { items, .. } if items.is_empty() => Some(false),
        _ => None,
    }
}

impl<'a, 'ast> Compiler<'a, 'ast> {
    pub(super) fn stmt(&mut self, s: &'ast Stmt) -> CResult {
        self.budget.check_stack()?;
        self.set_line(s.line)?;
        match &s.kind {
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Assign(a) => self.assign(a),
            StmtKind::AugAssign(a) => self.aug_assign(&a.0, a.1, &a.2),
            StmtKind::AnnAssign(a) => self.ann_assign(a),
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            StmtKind::Pass => Ok(()),
            StmtKind::Break => self.break_stmt(),
            StmtKind::Continue => self.continue_stmt(),
            StmtKind::Return(value) => self.return_stmt(value.as_ref(), s),
            StmtKind::Raise(exc, cause) => {
                match (exc, cause) {
                    (None, _) => self.op(op::RAISE_LAST, 0)?,
                    (Some(e), None) => {
                        self.expr(e)?;
                        self.op(op::RAISE_OBJ, -1)?;
                    }
                    (Some(e), Some(c)) => {
                        self.expr(e)?;
                        self.expr(c)?;
                        self.op(op::RAISE_FROM, -2)?;
                    }
                }
                Ok(())
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                if self.e.pass == Pass::Scope {
                    let global = matches!(s.kind, StmtKind::Global(_));
                    let budget = self.budget;
                    for &name in names {
                        let name = self.mangle(name)?;
                        let cur = self.cur;
                        if let Some(sc) = self.scopes.get_mut(cur) {
                            sc.declare(budget, &*self.interner, name, global, s.line, s.col)?;
                        }
                        // mpy-cross also makes the module's own use of the name explicit.
                        if global && cur != 0 {
                            if let Some(module) = self.scopes.first_mut() {
                                if let Some(id) =
                                    module.find(name).and_then(|i| module.ids.get_mut(i))
                                {
                                    id.flags |= super::scope::flags::GLOBAL;
                                }
                            }
                        }
                    }
                }
                Ok(())
            }
            StmtKind::Import(names) => self.import(names),
            StmtKind::ImportFrom(f) => self.import_from(f),
            StmtKind::If(i) => self.if_stmt(i),
            StmtKind::While(w) => self.while_stmt(w),
            StmtKind::For(f) if f.is_async => self.async_for(f),
            StmtKind::For(f) => self.for_stmt(f),
            StmtKind::Try(t) => self.try_stmt(t),
            StmtKind::With(w) if w.is_async => self.async_with(&w.items, &w.body),
            StmtKind::With(w) => self.with_stmt(w),
            StmtKind::FunctionDef(f) => self.function_def(f, s.line),
            StmtKind::ClassDef(c) => self.class_def(c, s.line),
            StmtKind::Assert(a) => self.assert_stmt(&a.0, a.1.as_ref()),
        }
    }

    fn expr_stmt(&mut self, e: &'ast Expr) -> CResult {
        let repl = self.mode == CompileMode::Single && self.scope().kind == ScopeKind::Module;
        if repl {
            self.op_qstr(op::LOAD_NAME, sym::REPL_PRINT, 1)?;
            self.expr(e)?;
            self.op_uint(op::CALL_FUNCTION, 1, -1)?;
            return self.op(op::POP_TOP, -1);
        }
        if const_truth(e).is_some() && !matches!(e.kind, ExprKind::Tuple { .. }) {
            return Ok(());
        }
        self.expr(e)?;
        self.op(op::POP_TOP, -1)
    }

    fn assign(&mut self, a: &'ast Assign) -> CResult {
        if let (
            [target],
            ExprKind::Tuple {
                items: rhs,
                paren: false,
            },
        ) = (a.targets.as_slice(), &a.value.kind)
        {
            if let ExprKind::Tuple {
                items: lhs,
                paren: false,
            } = &target.kind
            {
                let plain =
                    |items: &[Expr]| !items.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)));
                if lhs.len() == rhs.len()
                    && (2..=3).contains(&lhs.len())
                    && plain(lhs)
                    && plain(rhs)
                {
                    self.set_line(a.value.line)?;
                    for e in rhs {
                        self.expr(e)?;
                    }
                    if lhs.len() == 3 {
                        self.op(op::ROT_THREE, 0)?;
                    }
                    self.op(op::ROT_TWO, 0)?;
                    for t in lhs {
                        self.store_target(t)?;
                    }
                    return Ok(());
                }
            }
        }
        self.expr(&a.value)?;
        let n = a.targets.len();
        for (i, t) in a.targets.iter().enumerate() {
            if i + 1 < n {
                self.op(op::DUP_TOP, 1)?;
            }
            self.store_target(t)?;
        }
        Ok(())
    }

    /// `target: annotation [= value]` as CPython compiles it: the value is stored
    /// first; in a module or class body the annotation is then evaluated and, for a
    /// plain name, recorded in `__annotations__` under the (mangled) name. In a function
    /// the annotation is never evaluated. Without a value, an attribute or subscript
    /// target's object (and index) are still evaluated.
    fn ann_assign(&mut self, a: &'ast AnnAssign) -> CResult {
        match &a.value {
            Some(value) => {
                self.expr(value)?;
                self.store_target(&a.target)?;
            }
            None => match &a.target.kind {
                ExprKind::Name(n)
                    if self.e.pass == Pass::Scope && self.scope().kind.is_function_like() =>
                {
                    let budget = self.budget;
                    let name = self.mangle(*n)?;
                    self.scope_mut()
                        .note(budget, name, super::scope::flags::BOUND)?;
                }
                ExprKind::Attribute(attr) => {
                    self.expr(&attr.value)?;
                    self.op(op::POP_TOP, -1)?;
                }
                ExprKind::Subscript(sub) => {
                    self.expr(&sub.value)?;
                    self.op(op::POP_TOP, -1)?;
                    self.index(&sub.index)?;
                    self.op(op::POP_TOP, -1)?;
                }
                _ => {}
            },
        }
        if self.scope().kind.is_function_like() {
            return Ok(());
        }
        self.expr(&a.annotation)?;
        match (&a.target.kind, a.simple) {
            (ExprKind::Name(n), true) => {
                let annotations = self.interner.intern(self.budget, "__annotations__")?;
                self.load_id(annotations)?;
                let key = self.mangle(*n)?;
                self.op_qstr(op::LOAD_CONST_STRING, key, 1)?;
                self.op(op::STORE_SUBSCR, -3)
            }
            _ => self.op(op::POP_TOP, -1),
        }
    }

    /// Store TOS into a target (consumes it).
    pub(super) fn store_target(&mut self, t: &'ast Expr) -> CResult {
        match &t.kind {
            ExprKind::Name(n) => self.store_id(*n),
            ExprKind::Attribute(a) => {
                self.target_base(&a.value)?;
                self.op_attr(op::STORE_ATTR, a.attr, -2)
            }
            ExprKind::Subscript(s) => {
                self.target_base(&s.value)?;
                self.index(&s.index)?;
                self.op(op::STORE_SUBSCR, -3)
            }
            ExprKind::Tuple { items, .. } | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred(_)));
                match star {
                    Some(k) => {
                        let left = k as u32;
                        let right = (items.len() - k - 1) as u32;
                        if left > 255 || right > 255 {
                            return Err(syntax_error(
                                "too many expressions in star-unpacking assignment",
                                t.line,
                                t.col,
                            ));
                        }
                        self.op_uint(op::UNPACK_EX, left | (right << 8), (left + right) as i32)?;
                    }
                    None => {
                        let n = items.len() as i32;
                        self.op_uint(op::UNPACK_SEQUENCE, n as u32, n - 1)?;
                    }
                }
                for item in items {
                    match &item.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(item)?,
                    }
                }
                Ok(())
            }
            _ => Err(syntax_error("cannot assign to expression", t.line, t.col)),
        }
    }

    /// The object of an attribute or subscript target. mpy-cross compiles the trailers
    /// there as plain loads and calls (`LOAD_ATTR` + `CALL_FUNCTION`), never as method
    /// calls.
    fn target_base(&mut self, e: &'ast Expr) -> CResult {
        self.budget.check_stack()?;
        match &e.kind {
            ExprKind::Attribute(a) => {
                self.set_line(e.line)?;
                self.target_base(&a.value)?;
                self.set_line(a.line)?;
                self.op_attr(op::LOAD_ATTR, a.attr, 0)
            }
            ExprKind::Subscript(s) => {
                self.set_line(e.line)?;
                self.target_base(&s.value)?;
                self.set_line(s.line)?;
                self.index(&s.index)?;
                self.op(op::LOAD_SUBSCR, -1)
            }
            ExprKind::Call(c) if matches!(c.func.kind, ExprKind::Attribute(_)) => {
                self.set_line(e.line)?;
                self.target_base(&c.func)?;
                self.set_line(c.line)?;
                self.call_tail(0, &c.args, &c.keywords, false)
            }
            _ => self.expr(e),
        }
    }

    fn delete_target(&mut self, t: &'ast Expr) -> CResult {
        match &t.kind {
            ExprKind::Name(n) => self.delete_id(*n),
            ExprKind::Attribute(a) => {
                self.target_base(&a.value)?;
                self.op(op::LOAD_NULL, 1)?;
                self.op(op::ROT_TWO, 0)?;
                self.op_attr(op::STORE_ATTR, a.attr, -2)
            }
            ExprKind::Subscript(s) => {
                self.target_base(&s.value)?;
                self.index(&s.index)?;
                self.op(op::LOAD_NULL, 1)?;
                self.op(op::ROT_THREE, 0)?;
                self.op(op::STORE_SUBSCR, -3)
            }
            ExprKind::Tuple { items, .. } | ExprKind::List(items) => {
                for item in items {
                    self.delete_target(item)?;
                }
                Ok(())
            }
            _ => Err(syntax_error("cannot delete expression", t.line, t.col)),
        }
    }

    fn aug_assign(&mut self, target: &'ast Expr, opnum: u8, value: &'ast Expr) -> CResult {
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_id(*n)?;
                self.expr(value)?;
                self.op(op::BINARY_OP_MULTI + opnum, -1)?;
                self.store_id(*n)
            }
            ExprKind::Attribute(a) => {
                self.target_base(&a.value)?;
                self.op(op::DUP_TOP, 1)?;
                self.op_attr(op::LOAD_ATTR, a.attr, 0)?;
                self.expr(value)?;
                self.op(op::BINARY_OP_MULTI + opnum, -1)?;
                self.op(op::ROT_TWO, 0)?;
                self.op_attr(op::STORE_ATTR, a.attr, -2)
            }
            ExprKind::Subscript(s) => {
                self.target_base(&s.value)?;
                self.index(&s.index)?;
                self.op(op::DUP_TOP_TWO, 2)?;
                self.op(op::LOAD_SUBSCR, -1)?;
                self.expr(value)?;
                self.op(op::BINARY_OP_MULTI + opnum, -1)?;
                self.op(op::ROT_THREE, 0)?;
                self.op(op::STORE_SUBSCR, -3)
            }
            _ => Err(syntax_error(
                "illegal expression for augmented assignment",
                target.line,
                target.col,
            )),
        }
    }

    fn return_stmt(&mut self, value: Option<&'ast Expr>, s: &Stmt) -> CResult {
        if value.is_some() && self.e.pass == Pass::Scope && self.scope().returns_value.is_none() {
            self.scope_mut().returns_value = Some((s.line, s.col));
        }
        match value {
            None => {
                self.op(op::LOAD_CONST_NONE, 1)?;
                self.op(op::RETURN_VALUE, -1)
            }
            Some(Expr {
                kind: ExprKind::IfExp(ifexp),
                ..
            }) => {
                let other = self.label()?;
                self.cond_jump(&ifexp.test, false, other)?;
                self.expr(&ifexp.body)?;
                self.op(op::RETURN_VALUE, -1)?;
                self.place(other);
                self.expr(&ifexp.orelse)?;
                self.op(op::RETURN_VALUE, -1)
            }
            Some(e) => {
                self.expr(e)?;
                self.op(op::RETURN_VALUE, -1)
            }
        }
    }

    fn assert_stmt(&mut self, test: &'ast Expr, msg: Option<&'ast Expr>) -> CResult {
        if self.optimize >= 1 {
            return Ok(());
        }
        let end = self.label()?;
        self.cond_jump(test, true, end)?;
        self.op_qstr(op::LOAD_GLOBAL, sym::ASSERTION_ERROR, 1)?;
        if let Some(m) = msg {
            self.expr(m)?;
            self.op_uint(op::CALL_FUNCTION, 1, -1)?;
        }
        self.op(op::RAISE_OBJ, -1)?;
        self.place(end);
        Ok(())
    }

    /// `if`/`elif`/`else`: every `elif` body ends with a jump to the end, the `if` body
    /// only when more clauses follow; constant conditions drop their dead clauses.
    fn if_stmt(&mut self, i: &'ast If) -> CResult {
        let end = self.label()?;
        for (k, branch) in i.branches.iter().enumerate() {
            let truth = const_truth(&branch.test);
            if truth == Some(false) {
                self.dead_bindings(&branch.body)?;
                continue;
            }
            let fail = self.label()?;
            self.cond_jump(&branch.test, false, fail)?;
            self.block(&branch.body)?;
            if truth == Some(true) {
                for rest in i.branches.iter().skip(k + 1) {
                    self.dead_bindings(&rest.body)?;
                }
                self.dead_bindings(&i.orelse)?;
                self.place(end);
                return Ok(());
            }
            let last = k + 1 == i.branches.len() && i.orelse.is_empty();
            if k > 0 || !last {
                self.jump(op::JUMP, end, 0)?;
            }
            self.place(fail);
        }
        self.block(&i.orelse)?;
        self.place(end);
        Ok(())
    }

    /// Statements removed as dead code still decide which names are local (CPython's
    /// symbol table sees them), so the first pass notes their bindings and declarations
    /// without compiling them (nested definitions only bind their name).
    fn dead_bindings(&mut self, body: &'ast [Stmt]) -> CResult {
        if self.e.pass != Pass::Scope {
            return Ok(());
        }
        for s in body {
            self.budget.check_stack()?;
            match &s.kind {
                StmtKind::Assign(a) => {
                    for t in &a.targets {
                        self.dead_target(t)?;
                    }
                }
                StmtKind::AugAssign(a) => self.dead_target(&a.0)?,
                StmtKind::AnnAssign(a) => self.dead_target(&a.target)?,
                StmtKind::Delete(targets) => {
                    for t in targets {
                        self.dead_target(t)?;
                    }
                }
                StmtKind::Global(_) | StmtKind::Nonlocal(_) => self.stmt(s)?,
                StmtKind::Import(names) => {
                    for name in names {
                        match (name.asname, name.parts.first()) {
                            (Some(asname), _) => self.store_id(asname)?,
                            (None, Some(&first)) => self.store_id(first)?,
                            (None, None) => {}
                        }
                    }
                }
                StmtKind::ImportFrom(f) => {
                    for &(name, asname) in &f.names {
                        self.store_id(asname.unwrap_or(name))?;
                    }
                }
                StmtKind::If(i) => {
                    for b in &i.branches {
                        self.dead_bindings(&b.body)?;
                    }
                    self.dead_bindings(&i.orelse)?;
                }
                StmtKind::While(w) => {
                    self.dead_bindings(&w.body)?;
                    self.dead_bindings(&w.orelse)?;
                }
                StmtKind::For(f) => {
                    self.dead_target(&f.target)?;
                    self.dead_bindings(&f.body)?;
                    self.dead_bindings(&f.orelse)?;
                }
                StmtKind::Try(t) => {
                    self.dead_bindings(&t.body)?;
                    for h in &t.handlers {
                        if let Some(name) = h.name {
                            self.store_id(name)?;
                        }
                        self.dead_bindings(&h.body)?;
                    }
                    self.dead_bindings(&t.orelse)?;
                    self.dead_bindings(&t.finalbody)?;
                }
                StmtKind::With(w) => {
                    for item in &w.items {
                        if let Some(t) = &item.target {
                            self.dead_target(t)?;
                        }
                    }
                    self.dead_bindings(&w.body)?;
                }
                StmtKind::FunctionDef(f) => self.store_id(f.name)?,
                StmtKind::ClassDef(c) => self.store_id(c.name)?,
                _ => {}
            }
        }
        Ok(())
    }

    fn dead_target(&mut self, t: &'ast Expr) -> CResult {
        match &t.kind {
            ExprKind::Name(n) => self.store_id(*n),
            ExprKind::Starred(inner) => self.dead_target(inner),
            ExprKind::Tuple { items, .. } | ExprKind::List(items) => {
                for item in items {
                    self.dead_target(item)?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    pub(super) fn block(&mut self, body: &'ast [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn while_stmt(&mut self, w: &'ast While) -> CResult {
        let truth = const_truth(&w.test);
        if truth == Some(false) {
            self.dead_bindings(&w.body)?;
            return self.block(&w.orelse);
        }
        let top = self.label()?;
        let cont = self.label()?;
        let brk = self.label()?;
        if truth != Some(true) {
            self.jump(op::JUMP, cont, 0)?;
        }
        self.place(top);
        self.loop_body(LoopKind::Plain, brk, cont, &w.body)?;
        self.place(cont);
        self.cond_jump(&w.test, true, top)?;
        self.block(&w.orelse)?;
        self.place(brk);
        Ok(())
    }

    fn loop_body(
        &mut self,
        kind: LoopKind,
        brk: Label,
        cont: Label,
        body: &'ast [Stmt],
    ) -> CResult {
        let ctx = LoopCtx {
            kind,
            break_label: brk,
            continue_label: cont,
            exc_depth: self.exc_depth,
        };
        self.budget.push(&mut self.loops, ctx)?;
        let result = self.block(body);
        self.loops.pop();
        result
    }

    fn break_stmt(&mut self) -> CResult {
        let Some(ctx) = self.loops.last().copied() else {
            return Ok(());
        };
        let n = self.exc_depth.saturating_sub(ctx.exc_depth);
        let is_for = ctx.kind == LoopKind::For;
        if n == 0 {
            if is_for {
                self.e.raw(self.budget, &[op::POP_TOP; 4])?;
            }
            return self.jump(op::JUMP, ctx.break_label, 0);
        }
        let extra = (n.min(0x7f) as u8) | if is_for { 0x80 } else { 0 };
        self.e.unwind_jump(self.budget, ctx.break_label, extra)
    }

    fn continue_stmt(&mut self) -> CResult {
        let Some(ctx) = self.loops.last().copied() else {
            return Ok(());
        };
        let n = self.exc_depth.saturating_sub(ctx.exc_depth);
        if n == 0 {
            return self.jump(op::JUMP, ctx.continue_label, 0);
        }
        self.e
            .unwind_jump(self.budget, ctx.continue_label, n.min(0x7f) as u8)
    }

    /// `range(...)` arguments usable by the counter loop: (start, end, step).
    fn range_args(f: &'ast For) -> Option<(Option<&'ast Expr>, &'ast Expr, i64)> {
        if !matches!(f.target.kind, ExprKind::Name(_)) {
            return None;
        }
        let ExprKind::Call(call) = &f.iter.kind else {
            return None;
        };
        if !matches!(call.func.kind, ExprKind::Name(sym::RANGE)) || !call.keywords.is_empty() {
            return None;
        }
        if call
            .args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred(_)))
        {
            return None;
        }
        match call.args.as_slice() {
            [end] => Some((None, end, 1)),
            [start, end] => Some((Some(start), end, 1)),
            [start, end, step] => match step.as_const() {
                Some(Const::Int(IntConst::Small(s)))
                    if *s != 0 && (SMALL_INT_MIN..=SMALL_INT_MAX).contains(s) =>
                {
                    Some((Some(start), end, *s))
                }
                _ => None,
            },
            _ => None,
        }
    }

    fn for_stmt(&mut self, f: &'ast For) -> CResult {
        if let Some((start, end, step)) = Self::range_args(f) {
            return self.for_range(f, start, end, step);
        }
        self.expr(&f.iter)?;
        self.op(op::GET_ITER_STACK, 3)?;
        let cont = self.label()?;
        let exit = self.label()?;
        let brk = self.label()?;
        self.place(cont);
        self.jump(op::FOR_ITER, exit, 1)?;
        self.store_target(&f.target)?;
        self.loop_body(LoopKind::For, brk, cont, &f.body)?;
        self.jump(op::JUMP, cont, 0)?;
        self.place(exit);
        self.e.adjust(-4);
        self.block(&f.orelse)?;
        self.place(brk);
        Ok(())
    }

    fn for_range(
        &mut self,
        f: &'ast For,
        start: Option<&'ast Expr>,
        end: &'ast Expr,
        step: i64,
    ) -> CResult {
        let end_const = match end.as_const() {
            Some(Const::Int(IntConst::Small(v))) if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(v) => {
                Some(*v)
            }
            _ => None,
        };
        let top = self.label()?;
        let cont = self.label()?;
        let entry = self.label()?;
        let brk = self.label()?;
        if end_const.is_none() {
            self.expr(end)?;
        }
        match start {
            Some(s) => self.expr(s)?,
            None => self.e.load_small_int(self.budget, 0)?,
        }
        self.jump(op::JUMP, entry, 0)?;
        self.place(top);
        self.op(op::DUP_TOP, 1)?;
        self.store_target(&f.target)?;
        self.loop_body(LoopKind::Plain, brk, cont, &f.body)?;
        self.place(cont);
        self.e.load_small_int(self.budget, step)?;
        self.op(op::BINARY_OP_MULTI + binary::INPLACE_ADD, -1)?;
        self.place(entry);
        match end_const {
            None => {
                self.op(op::DUP_TOP_TWO, 2)?;
                self.op(op::ROT_TWO, 0)?;
            }
            Some(v) => {
                self.op(op::DUP_TOP, 1)?;
                self.e.load_small_int(self.budget, v)?;
            }
        }
        let cmp = if step > 0 { binary::LESS } else { binary::MORE };
        self.op(op::BINARY_OP_MULTI + cmp, -1)?;
        self.jump(op::POP_JUMP_IF_TRUE, top, -1)?;
        let pops = if end_const.is_none() { 2 } else { 1 };
        if f.orelse.is_empty() {
            self.place(brk);
            for _ in 0..pops {
                self.op(op::POP_TOP, -1)?;
            }
            return Ok(());
        }
        for _ in 0..pops {
            self.op(op::POP_TOP, -1)?;
        }
        self.block(&f.orelse)?;
        let done = self.label()?;
        self.jump(op::JUMP, done, 0)?;
        self.e.adjust(pops);
        self.place(brk);
        for _ in 0..pops {
            self.op(op::POP_TOP, -1)?;
        }
        self.place(done);
        Ok(())
    }

    fn try_stmt(&mut self, t: &'ast Try) -> CResult {
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        let fin = self.label()?;
        self.jump(op::SETUP_FINALLY, fin, 0)?;
        self.enter_exc();
        if t.handlers.is_empty() {
            self.e.adjust(3);
            self.block(&t.body)?;
            self.e.adjust(-3);
        } else {
            self.try_except(t)?;
        }
        self.op(op::LOAD_CONST_NONE, 1)?;
        self.place(fin);
        self.e.adjust(1);
        self.block(&t.finalbody)?;
        self.e.adjust(-1);
        self.op(op::END_FINALLY, -1)?;
        self.leave_exc();
        Ok(())
    }

    fn try_except(&mut self, t: &'ast Try) -> CResult {
        let handler = self.label()?;
        let ok = self.label()?;
        let out = self.label()?;
        self.jump(op::SETUP_EXCEPT, handler, 0)?;
        self.enter_exc();
        self.block(&t.body)?;
        self.jump(op::POP_EXCEPT_JUMP, ok, 0)?;
        self.place(handler);
        self.e.adjust(4);
        for h in &t.handlers {
            let next = self.label()?;
            if let Some(typ) = &h.typ {
                self.op(op::DUP_TOP, 1)?;
                self.expr(typ)?;
                self.op(op::BINARY_OP_MULTI + binary::EXCEPTION_MATCH, -1)?;
                self.jump(op::POP_JUMP_IF_FALSE, next, -1)?;
            }
            match h.name {
                Some(name) => {
                    self.store_id(name)?;
                    let fin = self.label()?;
                    self.jump(op::SETUP_FINALLY, fin, 0)?;
                    self.enter_exc();
                    self.block(&h.body)?;
                    self.op(op::LOAD_CONST_NONE, 1)?;
                    self.place(fin);
                    self.e.adjust(1);
                    self.op(op::LOAD_CONST_NONE, 1)?;
                    self.store_id(name)?;
                    self.delete_id(name)?;
                    self.e.adjust(-1);
                    self.op(op::END_FINALLY, -1)?;
                    self.leave_exc();
                }
                None => {
                    self.op(op::POP_TOP, -1)?;
                    self.block(&h.body)?;
                }
            }
            self.jump(op::POP_EXCEPT_JUMP, out, 0)?;
            self.place(next);
            self.e.adjust(1);
        }
        self.op(op::END_FINALLY, -1)?;
        self.e.adjust(-3);
        self.leave_exc();
        self.place(ok);
        self.block(&t.orelse)?;
        self.place(out);
        Ok(())
    }

    fn with_stmt(&mut self, w: &'ast With) -> CResult {
        let mut labels = alloc::vec::Vec::new();
        for item in &w.items {
            self.expr(&item.context)?;
            let l = self.label()?;
            self.budget.push(&mut labels, l)?;
            self.jump(op::SETUP_WITH, l, 2)?;
            self.enter_exc();
            match &item.target {
                Some(t) => self.store_target(t)?,
                None => self.op(op::POP_TOP, -1)?,
            }
        }
        self.block(&w.body)?;
        for l in labels.into_iter().rev() {
            self.op(op::LOAD_CONST_NONE, 1)?;
            self.place(l);
            self.e.adjust(2);
            self.op(op::WITH_CLEANUP, -4)?;
            self.op(op::END_FINALLY, -1)?;
            self.leave_exc();
        }
        Ok(())
    }

    /// `await` of TOS: `GET_ITER`, `LOAD_CONST_NONE`, `YIELD_FROM`.
    pub(super) fn await_tos(&mut self) -> CResult {
        self.op(op::GET_ITER, 0)?;
        self.op(op::LOAD_CONST_NONE, 1)?;
        self.op(op::YIELD_FROM, -1)
    }

    /// Call method `name` of TOS with no arguments, keeping nothing but the result.
    fn call_method0(&mut self, name: Sym) -> CResult {
        self.op_qstr(op::LOAD_METHOD, name, 1)?;
        self.op_uint(op::CALL_METHOD, 0, -1)
    }

    fn async_with(&mut self, items: &'ast [WithItem], body: &'ast [Stmt]) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.block(body);
        };
        self.expr(&item.context)?;
        self.op(op::DUP_TOP, 1)?;
        self.call_method0(sym::AENTER)?;
        self.await_tos()?;
        match &item.target {
            Some(t) => self.store_target(t)?,
            None => self.op(op::POP_TOP, -1)?,
        }
        let try_fin = self.label()?;
        let not_exc = self.label()?;
        let normal = self.label()?;
        let end = self.label()?;
        self.jump(op::SETUP_FINALLY, try_fin, 0)?;
        self.enter_exc();
        self.e.adjust(3);
        self.async_with(rest, body)?;
        self.e.adjust(-3);
        self.op(op::LOAD_CONST_NONE, 1)?;
        self.op(op::ROT_TWO, 0)?;
        self.jump(op::JUMP, normal, 0)?;
        self.place(try_fin);
        self.op(op::DUP_TOP, 1)?;
        self.op_qstr(op::LOAD_GLOBAL, sym::BASE_EXCEPTION, 1)?;
        self.op(op::BINARY_OP_MULTI + binary::EXCEPTION_MATCH, -1)?;
        self.jump(op::POP_JUMP_IF_FALSE, not_exc, -1)?;
        self.op(op::DUP_TOP, 1)?;
        self.op(op::ROT_THREE, 0)?;
        self.op(op::ROT_TWO, 0)?;
        self.op_qstr(op::LOAD_METHOD, sym::AEXIT, 1)?;
        self.op(op::ROT_THREE, 0)?;
        self.op(op::ROT_THREE, 0)?;
        self.op(op::DUP_TOP, 1)?;
        self.op_qstr(op::LOAD_ATTR, sym::CLASS, 0)?;
        self.op(op::ROT_TWO, 0)?;
        self.op(op::LOAD_CONST_NONE, 1)?;
        self.op_uint(op::CALL_METHOD, 3, -4)?;
        self.await_tos()?;
        self.jump(op::POP_JUMP_IF_FALSE, end, -1)?;
        self.op(op::POP_TOP, -1)?;
        self.op(op::LOAD_CONST_NONE, 1)?;
        self.jump(op::JUMP, end, 0)?;
        self.e.adjust(2);
        self.place(not_exc);
        self.op(op::ROT_THREE, 0)?;
        self.op(op::ROT_THREE, 0)?;
        self.place(normal);
        self.op_qstr(op::LOAD_METHOD, sym::AEXIT, 1)?;
        self.op(op::LOAD_CONST_NONE, 1)?;
        self.op(op::DUP_TOP, 1)?;
        self.op(op::DUP_TOP, 1)?;
        self.op_uint(op::CALL_METHOD, 3, -4)?;
        self.await_tos()?;
        self.op(op::POP_TOP, -1)?;
        self.place(end);
        self.op(op::END_FINALLY, -1)?;
        self.e.adjust(-1);
        self.leave_exc();
        Ok(())
    }

    fn async_for(&mut self, f: &'ast For) -> CResult {
        self.expr(&f.iter)?;
        self.call_method0(sym::AITER)?;
        let cont = self.label()?;
        let handler = self.label()?;
        let body = self.label()?;
        let mismatch = self.label()?;
        let exhausted = self.label()?;
        let brk = self.label()?;
        self.place(cont);
        self.jump(op::SETUP_EXCEPT, handler, 0)?;
        self.enter_exc();
        self.op(op::DUP_TOP, 1)?;
        self.call_method0(sym::ANEXT)?;
        self.await_tos()?;
        self.store_target(&f.target)?;
        self.jump(op::POP_EXCEPT_JUMP, body, 0)?;
        self.place(handler);
        self.e.adjust(4);
        self.op(op::DUP_TOP, 1)?;
        self.op_qstr(op::LOAD_GLOBAL, sym::STOP_ASYNC_ITERATION, 1)?;
        self.op(op::BINARY_OP_MULTI + binary::EXCEPTION_MATCH, -1)?;
        self.jump(op::POP_JUMP_IF_FALSE, mismatch, -1)?;
        self.op(op::POP_TOP, -1)?;
        self.jump(op::POP_EXCEPT_JUMP, exhausted, 0)?;
        self.place(mismatch);
        self.e.adjust(1);
        self.op(op::END_FINALLY, -1)?;
        self.e.adjust(-3);
        self.leave_exc();
        self.place(body);
        self.loop_body(LoopKind::Plain, brk, cont, &f.body)?;
        self.jump(op::JUMP, cont, 0)?;
        self.place(exhausted);
        self.block(&f.orelse)?;
        self.place(brk);
        self.op(op::POP_TOP, -1)
    }

    /// The interned dotted name `a.b.c` (the empty string for no parts).
    fn dotted(&mut self, parts: &[Sym]) -> CResult<Sym> {
        match parts {
            [] => Ok(sym::EMPTY),
            [one] => Ok(*one),
            _ => {
                let mut text = alloc::string::String::new();
                for (i, part) in parts.iter().enumerate() {
                    if i > 0 {
                        self.budget.push_str(&mut text, ".")?;
                    }
                    self.budget.push_str(&mut text, self.interner.get(*part))?;
                }
                self.interner.intern(self.budget, &text)
            }
        }
    }

    fn import(&mut self, names: &'ast [ImportName]) -> CResult {
        for name in names {
            self.e.load_small_int(self.budget, 0)?;
            self.op(op::LOAD_CONST_NONE, 1)?;
            let dotted = self.dotted(&name.parts)?;
            self.op_qstr(op::IMPORT_NAME, dotted, -1)?;
            match name.asname {
                Some(asname) => {
                    for part in name.parts.iter().skip(1) {
                        self.op_qstr(op::LOAD_ATTR, *part, 0)?;
                    }
                    self.store_id(asname)?;
                }
                None => {
                    let first = name.parts.first().copied().unwrap_or(dotted);
                    self.store_id(first)?;
                }
            }
        }
        Ok(())
    }

    fn import_from(&mut self, f: &'ast ImportFrom) -> CResult {
        self.e.load_small_int(self.budget, i64::from(f.level))?;
        let module = self.dotted(&f.module)?;
        if f.star {
            self.op_qstr(op::LOAD_CONST_STRING, sym::STAR, 1)?;
            self.op_uint(op::BUILD_TUPLE, 1, 0)?;
            self.op_qstr(op::IMPORT_NAME, module, -1)?;
            return self.op(op::IMPORT_STAR, -1);
        }
        for &(name, _) in &f.names {
            self.op_qstr(op::LOAD_CONST_STRING, name, 1)?;
        }
        let n = f.names.len() as i32;
        self.op_uint(op::BUILD_TUPLE, n as u32, 1 - n)?;
        self.op_qstr(op::IMPORT_NAME, module, -1)?;
        for &(name, asname) in &f.names {
            self.op_qstr(op::IMPORT_FROM, name, 1)?;
            self.store_id(asname.unwrap_or(name))?;
        }
        self.op(op::POP_TOP, -1)
    }

    /// A decorator. mpy-cross's grammar has `@dotted.name(args)`: the name is loaded with
    /// `LOAD_ATTR`s (announcing no line) and called as a plain function.
    fn decorator(&mut self, d: &'ast Expr) -> CResult {
        fn is_dotted(e: &Expr) -> bool {
            match &e.kind {
                ExprKind::Name(_) => true,
                ExprKind::Attribute(a) => is_dotted(&a.value),
                _ => false,
            }
        }
        match &d.kind {
            ExprKind::Call(call) if is_dotted(&call.func) => {
                self.dotted_load(&call.func)?;
                self.set_line(call.line)?;
                self.call_tail(0, &call.args, &call.keywords, false)
            }
            _ if is_dotted(d) => self.dotted_load(d),
            _ => self.expr(d),
        }
    }

    fn dotted_load(&mut self, e: &'ast Expr) -> CResult {
        match &e.kind {
            ExprKind::Attribute(a) => {
                self.dotted_load(&a.value)?;
                self.op_attr(op::LOAD_ATTR, a.attr, 0)
            }
            _ => self.expr(e),
        }
    }

    /// True for `@micropython.native`-style decorators that select an emitter.
    fn is_emitter_decorator(d: &Expr) -> bool {
        matches!(&d.kind, ExprKind::Attribute(a)
            if matches!(a.value.kind, ExprKind::Name(sym::MICROPYTHON))
                && matches!(a.attr, sym::NATIVE | sym::VIPER | sym::BYTECODE))
    }

    fn function_def(&mut self, f: &'ast FunctionDef, line: u32) -> CResult {
        let mut n_decorators = 0;
        for d in &f.decorators {
            if !Self::is_emitter_decorator(d) {
                self.decorator(d)?;
                n_decorators += 1;
            }
        }
        let child = self.child_scope(
            &f.scope,
            ScopeKind::Function,
            ScopeNode::Function(f),
            f.name,
            line,
        )?;
        let has_defaults = self.defaults(&f.params)?;
        self.make_function(child, has_defaults)?;
        self.function_annotations(f)?;
        if let Some((_, doc)) = self.docstring(&f.body) {
            self.op(op::DUP_TOP, 1)?;
            self.load_const(doc)?;
            self.op(op::ROT_TWO, 0)?;
            self.op_qstr(op::STORE_ATTR, sym::DOC, -2)?;
        }
        for _ in 0..n_decorators {
            self.op_uint(op::CALL_FUNCTION, 1, -1)?;
        }
        self.store_id(f.name)
    }

    /// Give the function on TOS its `__annotations__` dict (parameters in order, then
    /// `return`), evaluated here at definition time as CPython does.
    fn function_annotations(&mut self, f: &'ast FunctionDef) -> CResult {
        let p = &f.params;
        if !p.has_annotations() && f.returns.is_none() {
            return Ok(());
        }
        self.op(op::DUP_TOP, 1)?;
        self.op_uint(op::BUILD_MAP, 0, 1)?;
        let named = p
            .args
            .iter()
            .map(|a| (a.name, a.annotation.as_ref()))
            .chain(p.vararg.map(|v| (v, p.vararg_annotation.as_ref())))
            .chain(p.kwonly.iter().map(|a| (a.name, a.annotation.as_ref())))
            .chain(p.kwarg.map(|k| (k, p.kwarg_annotation.as_ref())));
        for (name, annotation) in named {
            if let Some(annotation) = annotation {
                self.expr(annotation)?;
                let key = self.mangle(name)?;
                self.op_qstr(op::LOAD_CONST_STRING, key, 1)?;
                self.op(op::STORE_MAP, -2)?;
            }
        }
        if let Some(returns) = &f.returns {
            self.expr(returns)?;
            let key = self.interner.intern(self.budget, "return")?;
            self.op_qstr(op::LOAD_CONST_STRING, key, 1)?;
            self.op(op::STORE_MAP, -2)?;
        }
        self.op(op::ROT_TWO, 0)?;
        let attr = self.interner.intern(self.budget, "__annotations__")?;
        self.op_qstr(op::STORE_ATTR, attr, -2)
    }

    fn class_def(&mut self, c: &'ast ClassDef, line: u32) -> CResult {
        for d in &c.decorators {
            self.decorator(d)?;
        }
        self.op(op::LOAD_BUILD_CLASS, 1)?;
        let child = self.child_scope(
            &c.scope,
            ScopeKind::Class,
            ScopeNode::Class(c),
            c.name,
            line,
        )?;
        self.make_function(child, false)?;
        self.op_qstr(op::LOAD_CONST_STRING, c.name, 1)?;
        self.call_tail(2, &c.bases, &c.keywords, false)?;
        for _ in &c.decorators {
            self.op_uint(op::CALL_FUNCTION, 1, -1)?;
        }
        self.store_id(c.name)
    }
}

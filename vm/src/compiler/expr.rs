//! Expression compilation (MPY.md §9.8 "Expressions"): constants, names, operators,
//! chained comparisons, short-circuit logic in value and condition context, displays
//! (with `*`/`**` unpacking compiled as method calls on the display being built, since
//! the ISA has no opcodes for it), calls and method calls (`super()` included),
//! comprehensions, lambdas, f-strings, `yield`/`await`.

use super::codegen::{CResult, Compiler, SMALL_INT_MAX, SMALL_INT_MIN};
use super::emit::{Label, Pass};
use super::scope::{flags, ScopeKind, ScopeNode};
use super::stmt::const_truth;
use crate::bytecode::opcodes::{self as op, binary};
use crate::bytecode::prelude::scope_flags;
use crate::lexer::interner::{sym, Sym};
use crate::lexer::syntax_error;
use crate::parser::ast::*;
use alloc::format;

/// Bytecode binary operator of a comparison, and whether `not` follows it.
fn compare_op(c: CmpOp) -> (u8, bool) {
    match c {
        CmpOp::Lt => (binary::LESS, false),
        CmpOp::Gt => (binary::MORE, false),
        CmpOp::Eq => (binary::EQUAL, false),
        CmpOp::LtE => (binary::LESS_EQUAL, false),
        CmpOp::GtE => (binary::MORE_EQUAL, false),
        CmpOp::NotEq => (binary::NOT_EQUAL, false),
        CmpOp::In => (binary::IN, false),
        CmpOp::NotIn => (binary::IN, true),
        CmpOp::Is => (binary::IS, false),
        CmpOp::IsNot => (binary::IS, true),
    }
}

impl<'a, 'ast> Compiler<'a, 'ast> {
    /// Compile an expression, leaving its value on the stack.
    #[inline(never)]
    pub(super) fn expr(&mut self, e: &'ast Expr) -> CResult {
        self.budget.check_stack()?;
        match &e.kind {
            ExprKind::Name(n) => self.load_id(*n),
            // The comprehension's scope announces the line of its element instead.
            ExprKind::Comp(c) => self.comprehension(c),
            ExprKind::Const(c) => {
                // Constants that become objects are parse nodes of their own in mpy-cross,
                // so they announce their line like compound expressions.
                if !e.folded && Self::is_object_const(c) {
                    self.set_line(e.line)?;
                }
                self.load_const(c)
            }
            _ => {
                self.set_line(e.line)?;
                self.compound(e)
            }
        }
    }

    fn is_object_const(c: &Const) -> bool {
        match c {
            Const::None
            | Const::True
            | Const::False
            | Const::Ellipsis
            | Const::Str(StrConst::Qstr(_)) => false,
            Const::Int(IntConst::Small(v)) => !(SMALL_INT_MIN..=SMALL_INT_MAX).contains(v),
            Const::Tuple(items) => !items.is_empty(),
            _ => true,
        }
    }

    #[inline(never)]
    fn compound(&mut self, e: &'ast Expr) -> CResult {
        match &e.kind {
            ExprKind::BinChain(chain) => {
                self.expr(&chain.first)?;
                for (opnum, operand) in &chain.rest {
                    self.expr(operand)?;
                    self.op(op::BINARY_OP_MULTI + opnum, -1)?;
                }
                Ok(())
            }
            ExprKind::Unary(u, operand) => {
                self.expr(operand)?;
                self.op(op::UNARY_OP_MULTI + *u as u8, 0)
            }
            ExprKind::BoolOp { is_or, values } => self.bool_op(*is_or, values),
            ExprKind::Compare(c) => self.compare(c),
            ExprKind::IfExp(i) => {
                let otherwise = self.label()?;
                let end = self.label()?;
                self.cond_jump(&i.test, false, otherwise)?;
                self.expr(&i.body)?;
                self.jump(op::JUMP, end, 0)?;
                self.place(otherwise);
                self.e.adjust(-1);
                self.expr(&i.orelse)?;
                self.place(end);
                Ok(())
            }
            ExprKind::NamedExpr(name, value) => {
                self.expr(value)?;
                self.op(op::DUP_TOP, 1)?;
                self.store_walrus(*name, e.line, e.col)
            }
            ExprKind::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_line(a.line)?;
                self.op_attr(op::LOAD_ATTR, a.attr, 0)
            }
            ExprKind::Subscript(s) => {
                self.expr(&s.value)?;
                self.set_line(s.line)?;
                self.index(&s.index)?;
                self.op(op::LOAD_SUBSCR, -1)
            }
            ExprKind::Tuple { items, .. } => self.tuple(items),
            ExprKind::List(items) => self.list(items),
            ExprKind::Set(items) => self.set(items),
            ExprKind::Dict(items) => self.dict(items),
            ExprKind::Call(call) => self.call(call),
            ExprKind::Lambda(l) => self.lambda(l, e.line),
            ExprKind::FString(f) => self.fstring(f),
            ExprKind::Yield(value) => {
                self.note_yield(e, true)?;
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.op(op::LOAD_CONST_NONE, 1)?,
                }
                self.op(op::YIELD_VALUE, 0)
            }
            ExprKind::YieldFrom(value) => {
                self.note_yield(e, true)?;
                self.expr(value)?;
                self.await_tos()
            }
            ExprKind::Await(value) => {
                self.note_yield(e, false)?;
                self.expr(value)?;
                self.await_tos()
            }
            ExprKind::Starred(_) => Err(syntax_error(
                "can't use starred expression here",
                e.line,
                e.col,
            )),
            ExprKind::Slice(_) => Err(syntax_error("invalid syntax", e.line, e.col)),
            ExprKind::Name(_) | ExprKind::Const(_) | ExprKind::Comp(_) => Ok(()),
        }
    }

    /// Mark the current scope a generator; reject `yield`/`await` in comprehensions.
    #[inline(never)]
    fn note_yield(&mut self, e: &Expr, is_yield: bool) -> CResult {
        if self.e.pass != Pass::Scope {
            return Ok(());
        }
        let what = match self.scope().kind {
            ScopeKind::ListComp => Some("list comprehension"),
            ScopeKind::SetComp => Some("set comprehension"),
            ScopeKind::DictComp => Some("dict comprehension"),
            ScopeKind::GenExpr => Some("generator expression"),
            _ => None,
        };
        match what {
            Some(what) if is_yield || self.scope().kind == ScopeKind::GenExpr => {
                let msg = if is_yield {
                    format!("'yield' inside {what}")
                } else {
                    format!("'await' inside {what} is not supported")
                };
                return Err(syntax_error(&msg, e.line, e.col));
            }
            // A list/set/dict comprehension that awaits runs as a coroutine the caller
            // awaits (see `comprehension`).
            Some(_) => self.scope_mut().awaits = true,
            None => {}
        }
        let sc = self.scope_mut();
        sc.scope_flags |= scope_flags::GENERATOR;
        if is_yield {
            sc.has_yield = true;
        }
        Ok(())
    }

    /// A subscript index: a slice or an expression.
    #[inline(never)]
    pub(super) fn index(&mut self, e: &'ast Expr) -> CResult {
        if let ExprKind::Tuple { items, .. } = &e.kind {
            if items.iter().any(|i| matches!(i.kind, ExprKind::Slice(_))) {
                self.set_line(e.line)?;
                for item in items {
                    self.index(item)?;
                }
                let n = items.len() as i32;
                return self.op_uint(op::BUILD_TUPLE, n as u32, 1 - n);
            }
        }
        let ExprKind::Slice(s) = &e.kind else {
            return self.expr(e);
        };
        for part in [&s.lower, &s.upper] {
            match part {
                Some(p) => self.expr(p)?,
                None => self.op(op::LOAD_CONST_NONE, 1)?,
            }
        }
        match &s.step {
            Some(step) => {
                self.expr(step)?;
                self.op_uint(op::BUILD_SLICE, 3, -2)
            }
            None => self.op_uint(op::BUILD_SLICE, 2, -1),
        }
    }

    #[inline(never)]
    fn bool_op(&mut self, is_or: bool, values: &'ast [Expr]) -> CResult {
        let end = self.label()?;
        let jump = if is_or {
            op::JUMP_IF_TRUE_OR_POP
        } else {
            op::JUMP_IF_FALSE_OR_POP
        };
        let n = values.len();
        for (i, v) in values.iter().enumerate() {
            self.expr(v)?;
            if i + 1 < n {
                self.jump(jump, end, -1)?;
            }
        }
        self.place(end);
        Ok(())
    }

    #[inline(never)]
    fn compare_one(&mut self, c: CmpOp) -> CResult {
        let (opnum, negate) = compare_op(c);
        self.op(op::BINARY_OP_MULTI + opnum, -1)?;
        if negate {
            self.op(op::UNARY_OP_MULTI + UnaryOp::Not as u8, 0)?;
        }
        Ok(())
    }

    #[inline(never)]
    fn compare(&mut self, c: &'ast Compare) -> CResult {
        self.expr(&c.first)?;
        if let [(cmp, rhs)] = c.rest.as_slice() {
            self.expr(rhs)?;
            return self.compare_one(*cmp);
        }
        let fail = self.label()?;
        let end = self.label()?;
        let n = c.rest.len();
        for (i, (cmp, rhs)) in c.rest.iter().enumerate() {
            self.expr(rhs)?;
            if i + 1 < n {
                self.op(op::DUP_TOP, 1)?;
                self.op(op::ROT_THREE, 0)?;
                self.compare_one(*cmp)?;
                self.jump(op::JUMP_IF_FALSE_OR_POP, fail, -1)?;
            } else {
                self.compare_one(*cmp)?;
            }
        }
        self.jump(op::JUMP, end, 0)?;
        self.place(fail);
        self.e.adjust(1);
        self.op(op::ROT_TWO, 0)?;
        self.op(op::POP_TOP, -1)?;
        self.place(end);
        Ok(())
    }

    /// Jump to `label` if the truth of `e` equals `jump_if` (condition context).
    #[inline(never)]
    pub(super) fn cond_jump(&mut self, e: &'ast Expr, jump_if: bool, label: Label) -> CResult {
        if let Some(truth) = const_truth(e) {
            if truth == jump_if {
                self.jump(op::JUMP, label, 0)?;
            }
            return Ok(());
        }
        match &e.kind {
            ExprKind::Unary(UnaryOp::Not, operand) => self.cond_jump(operand, !jump_if, label),
            ExprKind::BoolOp { is_or, values } => {
                if *is_or == jump_if {
                    for v in values {
                        self.cond_jump(v, jump_if, label)?;
                    }
                    return Ok(());
                }
                let skip = self.label()?;
                let n = values.len();
                for (i, v) in values.iter().enumerate() {
                    if i + 1 < n {
                        self.cond_jump(v, !jump_if, skip)?;
                    } else {
                        self.cond_jump(v, jump_if, label)?;
                    }
                }
                self.place(skip);
                Ok(())
            }
            _ => {
                self.expr(e)?;
                let opcode = if jump_if {
                    op::POP_JUMP_IF_TRUE
                } else {
                    op::POP_JUMP_IF_FALSE
                };
                self.jump(opcode, label, -1)
            }
        }
    }

    fn has_star(items: &[Expr]) -> bool {
        items.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)))
    }

    /// Call method `name` on the display below TOS-side arguments: `DUP_TOP`,
    /// `LOAD_METHOD name`, `<arg>`, `CALL_METHOD 1`, `POP_TOP`.
    #[inline(never)]
    fn display_method(&mut self, name: Sym, arg: &'ast Expr) -> CResult {
        self.op(op::DUP_TOP, 1)?;
        self.op_qstr(op::LOAD_METHOD, name, 1)?;
        self.expr(arg)?;
        self.op_uint(op::CALL_METHOD, 1, -2)?;
        self.op(op::POP_TOP, -1)
    }

    /// Build a list (or set) from items that contain `*iterable` entries: the leading
    /// plain items go into the display opcode, everything after is added by
    /// `extend`/`update` (starred) or `append`/`add` (plain) calls.
    #[inline(never)]
    fn unpacking_display(
        &mut self,
        items: &'ast [Expr],
        build: u8,
        bulk: Sym,
        single: Sym,
    ) -> CResult {
        let lead = items
            .iter()
            .position(|e| matches!(e.kind, ExprKind::Starred(_)))
            .unwrap_or(items.len());
        for item in &items[..lead] {
            self.expr(item)?;
        }
        self.op_uint(build, lead as u32, 1 - lead as i32)?;
        for item in &items[lead..] {
            match &item.kind {
                ExprKind::Starred(inner) => self.display_method(bulk, inner)?,
                _ => self.display_method(single, item)?,
            }
        }
        Ok(())
    }

    #[inline(never)]
    fn tuple(&mut self, items: &'ast [Expr]) -> CResult {
        if Self::has_star(items) {
            // tuple(list) through the type of an empty tuple, which no name can shadow.
            self.op_uint(op::BUILD_TUPLE, 0, 1)?;
            self.op_qstr(op::LOAD_ATTR, sym::CLASS, 0)?;
            self.unpacking_display(items, op::BUILD_LIST, sym::UNPACK_DISPLAY, sym::APPEND)?;
            return self.op_uint(op::CALL_FUNCTION, 1, -1);
        }
        for item in items {
            self.expr(item)?;
        }
        let n = items.len() as i32;
        self.op_uint(op::BUILD_TUPLE, n as u32, 1 - n)
    }

    #[inline(never)]
    fn list(&mut self, items: &'ast [Expr]) -> CResult {
        if Self::has_star(items) {
            return self.unpacking_display(items, op::BUILD_LIST, sym::UNPACK_DISPLAY, sym::APPEND);
        }
        for item in items {
            self.expr(item)?;
        }
        let n = items.len() as i32;
        self.op_uint(op::BUILD_LIST, n as u32, 1 - n)
    }

    #[inline(never)]
    fn set(&mut self, items: &'ast [Expr]) -> CResult {
        if Self::has_star(items) {
            return self.unpacking_display(items, op::BUILD_SET, sym::UPDATE, sym::ADD);
        }
        for item in items {
            self.expr(item)?;
        }
        let n = items.len() as i32;
        self.op_uint(op::BUILD_SET, n as u32, 1 - n)
    }

    #[inline(never)]
    fn dict(&mut self, items: &'ast [DictItem]) -> CResult {
        let n = items.len() as u32;
        self.op_uint(op::BUILD_MAP, n, 1)?;
        for item in items {
            match &item.key {
                Some(key) => {
                    self.set_line(key.line)?;
                    self.key_value(key, &item.value)?;
                    self.op(op::STORE_MAP, -2)?;
                }
                None => self.display_method(sym::MERGE_DISPLAY, &item.value)?,
            }
        }
        Ok(())
    }

    /// Push a dict entry as `STORE_MAP`/`STORE_COMP` take it: value, then key on top.
    /// CPython evaluates the key first; mpy-cross's value-first order is kept (byte for
    /// byte) when either side is a constant, which cannot observe the difference.
    fn key_value(&mut self, key: &'ast Expr, value: &'ast Expr) -> CResult {
        if key.as_const().is_some() || value.as_const().is_some() {
            self.expr(value)?;
            self.expr(key)
        } else {
            self.expr(key)?;
            self.expr(value)?;
            self.op(op::ROT_TWO, 0)
        }
    }

    /// Push positional and keyword arguments and emit the call; `n_extra` positional
    /// arguments are already on the stack (class body and name for `__build_class__`).
    #[inline(never)]
    pub(super) fn call_tail(
        &mut self,
        n_extra: u32,
        args: &'ast [Expr],
        keywords: &'ast [Keyword],
        method: bool,
    ) -> CResult {
        let mut bitmap: u64 = 0;
        let mut star = false;
        // The call opcodes hold at most 255 positional and 255 keyword arguments, and
        // mark `*` arguments in a small-int bitmap of 30 places. Beyond that (never in
        // mpy-cross output) the arguments travel as one `*list` and one `**dict`.
        let wide_pos = n_extra as usize + args.len() > 255
            || args
                .iter()
                .enumerate()
                .any(|(i, a)| matches!(a.kind, ExprKind::Starred(_)) && n_extra as usize + i >= 30);
        let wide_kw = keywords.len() > 255;
        let n_pos = if wide_pos {
            self.unpacking_display(args, op::BUILD_LIST, sym::UNPACK_DISPLAY, sym::APPEND)?;
            bitmap |= 1 << n_extra;
            star = true;
            n_extra + 1
        } else {
            for (i, a) in args.iter().enumerate() {
                match &a.kind {
                    ExprKind::Starred(inner) => {
                        self.expr(inner)?;
                        bitmap |= 1 << (n_extra as usize + i);
                        star = true;
                    }
                    _ => self.expr(a)?,
                }
            }
            n_extra + args.len() as u32
        };
        let n_kw = if wide_kw {
            self.op(op::LOAD_NULL, 1)?;
            self.op_uint(op::BUILD_MAP, 0, 1)?;
            for k in keywords {
                match k.name {
                    Some(name) => {
                        self.expr(&k.value)?;
                        self.op_qstr(op::LOAD_CONST_STRING, name, 1)?;
                        self.op(op::STORE_MAP, -2)?;
                    }
                    None => self.display_method(sym::MERGE_DISPLAY, &k.value)?,
                }
            }
            star = true;
            1
        } else {
            for k in keywords {
                match k.name {
                    Some(name) => self.op_qstr(op::LOAD_CONST_STRING, name, 1)?,
                    None => {
                        self.op(op::LOAD_NULL, 1)?;
                        star = true;
                    }
                }
                self.expr(&k.value)?;
            }
            keywords.len() as u32
        };
        let operand = n_pos | (n_kw << 8);
        let consumed = (n_pos + 2 * n_kw) as i32;
        let base = if method { 1 } else { 0 };
        if star {
            self.e.load_small_int(self.budget, bitmap as i64)?;
            let opcode = if method {
                op::CALL_METHOD_VAR_KW
            } else {
                op::CALL_FUNCTION_VAR_KW
            };
            self.op_uint(opcode, operand, -(consumed + 1 + base))
        } else {
            let opcode = if method {
                op::CALL_METHOD
            } else {
                op::CALL_FUNCTION
            };
            self.op_uint(opcode, operand, -(consumed + base))
        }
    }

    /// The first parameter of the current function, for zero-argument `super()`.
    fn first_param(&self) -> Option<Sym> {
        match self.scope().node {
            ScopeNode::Function(f) => f.params.args.first().map(|p| p.name),
            ScopeNode::Lambda(l) => l.params.args.first().map(|p| p.name),
            _ => None,
        }
    }

    /// True if `e` is `super()` in a function that can use the zero-argument form.
    fn is_zero_arg_super(&self, e: &Expr) -> bool {
        matches!(&e.kind, ExprKind::Call(c) if self.is_zero_arg_super_call(c))
    }

    /// `LOAD super`, `LOAD_DEREF __class__`, first parameter.
    #[inline(never)]
    fn super_prefix(&mut self) -> CResult {
        self.load_id(sym::SUPER)?;
        self.load_id(sym::CLASS)?;
        match self.first_param() {
            Some(first) => self.load_id(first),
            None => Ok(()),
        }
    }

    #[inline(never)]
    fn call(&mut self, c: &'ast Call) -> CResult {
        if let ExprKind::Attribute(a) = &c.func.kind {
            if self.is_zero_arg_super(&a.value) {
                self.set_line(a.value.line)?;
                self.super_prefix()?;
                self.op_attr(op::LOAD_SUPER_METHOD, a.attr, -1)?;
            } else {
                self.expr(&a.value)?;
                self.op_attr(op::LOAD_METHOD, a.attr, 1)?;
            }
            return self.call_tail(0, &c.args, &c.keywords, true);
        }
        if self.is_zero_arg_super_call(c) {
            self.super_prefix()?;
            return self.op_uint(op::CALL_FUNCTION, 2, -2);
        }
        self.expr(&c.func)?;
        self.set_line(c.line)?;
        self.call_tail(0, &c.args, &c.keywords, false)
    }

    /// True if `c` is `super()` in a function that can use the zero-argument form.
    fn is_zero_arg_super_call(&self, c: &Call) -> bool {
        matches!(c.func.kind, ExprKind::Name(sym::SUPER))
            && c.args.is_empty()
            && c.keywords.is_empty()
            && self.scope().kind.is_function_like()
            && !self.scope().kind.is_comprehension()
            && self.first_param().is_some()
    }

    #[inline(never)]
    fn lambda(&mut self, l: &'ast Lambda, line: u32) -> CResult {
        let child = self.child_scope(
            &l.scope,
            ScopeKind::Lambda,
            ScopeNode::Lambda(l),
            sym::LAMBDA,
            line,
        )?;
        let has_defaults = self.defaults(&l.params)?;
        self.make_function(child, has_defaults)
    }

    #[inline(never)]
    fn comprehension(&mut self, c: &'ast Comprehension) -> CResult {
        if let Some(l) = c.bracket_line {
            self.set_line(l)?;
        }
        let line = c.elt.line;
        let (kind, name) = match c.kind {
            CompKind::List => (ScopeKind::ListComp, sym::LISTCOMP),
            CompKind::Set => (ScopeKind::SetComp, sym::SETCOMP),
            CompKind::Dict => (ScopeKind::DictComp, sym::DICTCOMP),
            CompKind::Generator => (ScopeKind::GenExpr, sym::GENEXPR),
        };
        let child = self.child_scope(&c.scope, kind, ScopeNode::Comp(c), name, line)?;
        self.make_function(child, false)?;
        let first = c
            .generators
            .first()
            .ok_or_else(|| syntax_error("invalid syntax", line, 1))?;
        self.comp_iterable(&first.iter)?;
        if c.kind == CompKind::Generator {
            self.op(op::GET_ITER, 0)?;
        }
        self.op_uint(op::CALL_FUNCTION, 1, -1)?;
        if self.scopes.get(child).is_some_and(|s| s.awaits) {
            self.await_tos()?;
        }
        Ok(())
    }

    /// A comprehension's iterable expression, where `:=` is not allowed.
    fn comp_iterable(&mut self, e: &'ast Expr) -> CResult {
        self.comp_iterable_depth += 1;
        let r = self.expr(e);
        self.comp_iterable_depth -= 1;
        r
    }

    /// The body of a comprehension's own scope.
    #[inline(never)]
    pub(super) fn comprehension_body(&mut self, c: &'ast Comprehension) -> CResult {
        if self.e.pass == Pass::Scope {
            let budget = self.budget;
            let sc = self.scope_mut();
            sc.note(budget, sym::EMPTY, flags::BOUND)?;
            sc.n_pos_args = 1;
            if c.kind == CompKind::Generator {
                sc.scope_flags |= scope_flags::GENERATOR;
            }
        }
        let line = self.scope().line;
        self.set_line(line)?;
        let iterator_slot = self
            .scope()
            .find(sym::EMPTY)
            .and_then(|i| self.scope().ids.get(i))
            .map_or(0, |id| id.slot);
        match c.kind {
            CompKind::Generator => {
                self.op(op::LOAD_NULL, 1)?;
                self.load_fast(iterator_slot)?;
                self.op(op::LOAD_NULL, 1)?;
                self.op(op::LOAD_NULL, 1)?;
            }
            _ => {
                let build = match c.kind {
                    CompKind::List => op::BUILD_LIST,
                    CompKind::Set => op::BUILD_SET,
                    _ => op::BUILD_MAP,
                };
                self.op_uint(build, 0, 1)?;
                self.load_fast(iterator_slot)?;
                self.op(op::GET_ITER_STACK, 3)?;
            }
        }
        self.comprehension_loop(c, 0)?;
        if c.kind == CompKind::Generator {
            self.op(op::LOAD_CONST_NONE, 1)?;
        }
        self.op(op::RETURN_VALUE, -1)
    }

    #[inline(never)]
    fn comprehension_loop(&mut self, c: &'ast Comprehension, k: usize) -> CResult {
        let Some(generator) = c.generators.get(k) else {
            return Ok(());
        };
        if generator.is_async {
            return Err(syntax_error(
                "asynchronous comprehensions are not supported",
                generator.target.line,
                generator.target.col,
            ));
        }
        let top = self.label()?;
        let end = self.label()?;
        self.place(top);
        self.jump(op::FOR_ITER, end, 1)?;
        self.comp_target = true;
        let stored = self.store_target(&generator.target);
        self.comp_target = false;
        stored?;
        for cond in &generator.ifs {
            self.cond_jump(cond, false, top)?;
        }
        if k + 1 < c.generators.len() {
            if let Some(next) = c.generators.get(k + 1) {
                self.comp_iterable(&next.iter)?;
            }
            self.op(op::GET_ITER_STACK, 3)?;
            self.comprehension_loop(c, k + 1)?;
        } else {
            let depth = 4 * k as u32;
            match c.kind {
                CompKind::Generator => {
                    self.expr(&c.elt)?;
                    self.op(op::YIELD_VALUE, 0)?;
                    self.op(op::POP_TOP, -1)?;
                }
                CompKind::Dict => {
                    match &c.value {
                        Some(v) => self.key_value(&c.elt, v)?,
                        None => self.expr(&c.elt)?,
                    }
                    self.op_uint(op::STORE_COMP, ((depth + 6) << 2) | 1, -2)?;
                }
                CompKind::List | CompKind::Set => {
                    self.expr(&c.elt)?;
                    let kind = if c.kind == CompKind::Set { 2 } else { 0 };
                    self.op_uint(op::STORE_COMP, ((depth + 5) << 2) | kind, -1)?;
                }
            }
        }
        self.jump(op::JUMP, top, 0)?;
        self.place(end);
        self.e.adjust(-4);
        Ok(())
    }

    #[inline(never)]
    fn fstring(&mut self, f: &'ast FString) -> CResult {
        self.load_const(&Const::Str(f.template.clone()))?;
        self.op_qstr(op::LOAD_METHOD, sym::FORMAT, 1)?;
        self.call_tail(0, &f.args, &[], true)
    }
}

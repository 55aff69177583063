//! The code generator's core: the pass driver (MPY.md §9.1), per-scope prologues and
//! epilogues, identifier access (§9.3), function/class/lambda/comprehension creation
//! (§9.8 "Definitions"), and assembling each finished scope into `fun_data` (§5).
//! Statements are compiled in `stmt`, expressions in `expr`.

use super::budget::Budget;
use super::emit::{Emitter, Label, Pass};
use super::scope::{self, flags, IdKind, Ident, Scope, ScopeKind, ScopeNode};
use super::tables::{float_repr, imag_repr, ConstTable, QstrTable};
use super::{CompileError, CompileMode};
use crate::bytecode::module::{MpyConst, MpyModule, RawCode, RawCodeKind};
use crate::bytecode::opcodes as op;
use crate::bytecode::prelude::{
    scope_flags, write_signature, write_size_header, Signature, SizeHeader,
};
use crate::lexer::interner::{sym, Interner, Sym};
use crate::lexer::syntax_error;
use crate::parser::ast::*;
use alloc::vec::Vec;

pub(super) type CResult<T = ()> = Result<T, CompileError>;

/// Small ints that fit the 31-bit small-int width every MicroPython port accepts.
pub(super) const SMALL_INT_MIN: i64 = -(1 << 30);
pub(super) const SMALL_INT_MAX: i64 = (1 << 30) - 1;

/// Emit passes to try before falling back to all-long jumps.
const MAX_EMIT_PASSES: u32 = 16;

/// What a `break`/`continue` leaves.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum LoopKind {
    /// `while`, `for ... in range(...)`, `async for`: the break label pops what it must.
    Plain,
    /// A generic `for`: a 4-slot iterator is on the stack.
    For,
}

#[derive(Clone, Copy)]
pub(super) struct LoopCtx {
    pub kind: LoopKind,
    pub break_label: Label,
    pub continue_label: Label,
    /// Exception-stack depth at the loop.
    pub exc_depth: u32,
}

/// The compiler for one module.
pub(crate) struct Compiler<'a, 'ast> {
    pub budget: &'a Budget,
    pub interner: &'a mut Interner,
    pub scopes: Vec<Scope<'ast>>,
    pub qstrs: QstrTable,
    pub consts: ConstTable,
    pub mode: CompileMode,
    pub optimize: u8,
    /// The scope being compiled.
    pub cur: usize,
    pub e: Emitter,
    pub loops: Vec<LoopCtx>,
    /// Exception-stack entries open at the current point.
    pub exc_depth: u32,
    /// Next entry of the scope's `const_indices` (passes after the first).
    const_cursor: usize,
    pub max_exc_depth: u32,
    /// Set while a comprehension's `for` target is stored (first pass).
    pub comp_target: bool,
    /// Nesting of comprehension iterable expressions being compiled in this scope.
    pub comp_iterable_depth: u32,
}

/// Compile a parsed module.
pub(crate) fn compile_module(
    module: &Module,
    filename: Sym,
    interner: &mut Interner,
    mode: CompileMode,
    optimize: u8,
    budget: &Budget,
) -> CResult<MpyModule> {
    let mut c = Compiler {
        budget,
        interner,
        scopes: Vec::new(),
        qstrs: QstrTable::default(),
        consts: ConstTable::default(),
        mode,
        optimize,
        cur: 0,
        e: Emitter::new(),
        loops: Vec::new(),
        exc_depth: 0,
        max_exc_depth: 0,
        const_cursor: 0,
        comp_target: false,
        comp_iterable_depth: 0,
    };
    c.qstrs.register(budget, filename)?;
    let node = match module {
        Module::Body(body) => ScopeNode::Module(body),
        Module::Expr(e) => ScopeNode::Eval(e),
    };
    budget.push(
        &mut c.scopes,
        Scope::new(ScopeKind::Module, node, None, sym::MODULE, 1),
    )?;
    c.run()
}

impl<'a, 'ast> Compiler<'a, 'ast> {
    fn run(&mut self) -> CResult<MpyModule> {
        let mut i = 0;
        while i < self.scopes.len() {
            self.compile_scope(i, Pass::Scope)?;
            i += 1;
        }
        self.propagate_awaits()?;
        for s in self.scopes.iter_mut() {
            s.initial_kinds();
        }
        for s in 0..self.scopes.len() {
            scope::resolve(&mut self.scopes, s, self.budget, &*self.interner)?;
        }
        for s in 0..self.scopes.len() {
            scope::assign_slots(&mut self.scopes, s, self.budget)?;
        }
        for s in 0..self.scopes.len() {
            self.generate(s)?;
        }
        self.finish()
    }

    /// A comprehension that awaits its inner comprehension awaits too (children come
    /// after their parents, so one backwards sweep suffices).
    fn propagate_awaits(&mut self) -> CResult {
        for s in (1..self.scopes.len()).rev() {
            let Some(sc) = self.scopes.get(s) else {
                continue;
            };
            if !sc.awaits {
                continue;
            }
            let (line, parent) = (sc.line, sc.parent);
            if let Some(p) = parent.and_then(|p| self.scopes.get_mut(p)) {
                if p.kind == ScopeKind::GenExpr {
                    return Err(syntax_error(
                        "'await' inside generator expression is not supported",
                        line,
                        1,
                    ));
                }
                if p.kind.is_comprehension() {
                    p.awaits = true;
                    p.scope_flags |= scope_flags::GENERATOR;
                }
            }
        }
        Ok(())
    }

    /// The stack-size, code-size and emit passes of one scope, then its `fun_data`.
    fn generate(&mut self, s: usize) -> CResult {
        self.e.reset_scope();
        self.compile_scope(s, Pass::StackSize)?;
        let max_stack = self.e.max_stack;
        let max_exc = self.max_exc_depth;
        self.compile_scope(s, Pass::CodeSize)?;
        let mut sizes = (self.e.code.len(), self.e.lines.len());
        let mut passes = 0;
        loop {
            self.compile_scope(s, Pass::Emit)?;
            let now = (self.e.code.len(), self.e.lines.len());
            if now == sizes && !self.e.labels_moved() {
                break;
            }
            sizes = now;
            passes += 1;
            if passes >= MAX_EMIT_PASSES && !self.e.force_long {
                self.e.force_long = true;
            }
        }
        if self.e.overflow {
            let line = self.scopes.get(s).map_or(1, |sc| sc.line);
            return Err(syntax_error("bytecode overflow", line, 1));
        }
        self.assemble(s, max_stack, max_exc)
    }

    /// Build `fun_data` (§5.1) from the emitter's last pass.
    fn assemble(&mut self, s: usize, max_stack: i32, max_exc: u32) -> CResult {
        let budget = self.budget;
        let sc = self.scopes.get(s).ok_or(CompileError::MemoryError)?;
        let mut info = Vec::new();
        let name_q = self.qstrs.register(budget, sc.name)?;
        push_vuint(budget, &mut info, name_q)?;
        for name in self.arg_names(s)? {
            let q = self.qstrs.register(budget, name)?;
            push_vuint(budget, &mut info, q)?;
        }
        budget.extend(&mut info, &self.e.lines)?;
        let sc = self.scopes.get(s).ok_or(CompileError::MemoryError)?;
        let mut cells = Vec::new();
        for id in &sc.ids {
            if id.kind == IdKind::Cell {
                let slot = u8::try_from(id.slot)
                    .map_err(|_| syntax_error("too many local variables", sc.line, 1))?;
                budget.push(&mut cells, slot)?;
            }
        }
        let n_state = (sc.num_locals as i32 + max_stack.max(0)).max(1) as u32;
        let sig = Signature {
            n_state,
            n_exc_stack: max_exc,
            scope_flags: sc.scope_flags,
            n_pos_args: sc.n_pos_args,
            n_kwonly_args: sc.n_kwonly_args,
            n_def_pos_args: sc.n_def_pos_args,
        };
        let size = SizeHeader {
            n_info: info.len() as u32,
            n_cell: cells.len() as u32,
        };
        let mut out = Vec::new();
        budget.reserve(&mut out, 16 + info.len() + cells.len() + self.e.code.len())?;
        write_signature(&mut out, &sig).map_err(|_| CompileError::MemoryError)?;
        write_size_header(&mut out, &size).map_err(|_| CompileError::MemoryError)?;
        budget.extend(&mut out, &info)?;
        budget.extend(&mut out, &cells)?;
        budget.extend(&mut out, &self.e.code)?;
        let local_names = self.local_names(s)?;
        if let Some(sc) = self.scopes.get_mut(s) {
            sc.fun_data = out;
            sc.local_names = local_names;
        }
        Ok(())
    }

    /// The name of each local slot of scope `s` (fast locals, cells and free variables;
    /// empty for a slot no identifier owns).
    fn local_names(&self, s: usize) -> CResult<Vec<alloc::string::String>> {
        let budget = self.budget;
        let sc = self.scopes.get(s).ok_or(CompileError::MemoryError)?;
        let mut names = Vec::new();
        budget.reserve(&mut names, sc.num_locals as usize)?;
        names.resize_with(sc.num_locals as usize, alloc::string::String::new);
        for id in &sc.ids {
            let in_slot = match id.kind {
                IdKind::Cell | IdKind::Free => true,
                IdKind::Local => sc.kind.is_function_like(),
                _ => false,
            };
            if let Some(name) = names.get_mut(id.slot as usize).filter(|_| in_slot) {
                if name.is_empty() {
                    // A comprehension's iterator argument is `.0`, as CPython calls it.
                    let text = match self.interner.get(id.name) {
                        "" => ".0",
                        text => text,
                    };
                    *name = budget.string(text)?;
                }
            }
        }
        Ok(names)
    }

    /// Names of slots 0 … n_pos_args + n_kwonly_args − 1 (`*` for hidden ones).
    /// Positional-only parameters are named `/name`: the `.mpy` format has no flag for
    /// them, and a name that cannot be an identifier never matches a keyword, so the VM
    /// enforces them (and strips the `/` wherever it shows a name).
    fn arg_names(&mut self, s: usize) -> CResult<Vec<Sym>> {
        let sc = self.scopes.get(s).ok_or(CompileError::MemoryError)?;
        let n = sc.n_pos_args + sc.n_kwonly_args;
        let n_free = sc.ids.iter().filter(|id| id.kind == IdKind::Free).count() as u32;
        let posonly = n_free..n_free + sc.n_posonly;
        let mut names = Vec::new();
        for k in 0..n {
            let sc = self.scopes.get(s).ok_or(CompileError::MemoryError)?;
            let mut name = sc
                .ids
                .iter()
                .find(|id| id.slot == k && id.flags & flags::PARAM != 0 && id.kind != IdKind::Free)
                .map_or(sym::STAR, |id| id.name);
            if posonly.contains(&k) && name != sym::STAR {
                let mut marked = alloc::string::String::new();
                self.budget.push_str(&mut marked, "/")?;
                self.budget.push_str(&mut marked, self.interner.get(name))?;
                name = self.interner.intern(self.budget, &marked)?;
            }
            self.budget.push(&mut names, name)?;
        }
        Ok(names)
    }

    /// Assemble the raw-code tree and the module tables.
    fn finish(&mut self) -> CResult<MpyModule> {
        let budget = self.budget;
        let n = self.scopes.len();
        let mut built: Vec<Option<RawCode>> = Vec::new();
        budget.reserve(&mut built, n)?;
        built.resize_with(n, || None);
        for s in (0..n).rev() {
            let sc = self.scopes.get_mut(s).ok_or(CompileError::MemoryError)?;
            let mut children = Vec::new();
            budget.reserve(&mut children, sc.children.len())?;
            for &c in &sc.children {
                if let Some(child) = built.get_mut(c).and_then(Option::take) {
                    children.push(child);
                }
            }
            let fun_data = core::mem::take(&mut sc.fun_data);
            let local_names = core::mem::take(&mut sc.local_names);
            if let Some(slot) = built.get_mut(s) {
                *slot = Some(RawCode {
                    kind: RawCodeKind::Bytecode,
                    fun_data,
                    children,
                    local_names,
                });
            }
        }
        let root = built
            .first_mut()
            .and_then(Option::take)
            .ok_or(CompileError::MemoryError)?;
        let mut qstrs = Vec::new();
        budget.reserve(&mut qstrs, self.qstrs.order.len())?;
        for &s in &self.qstrs.order {
            qstrs.push(budget.string(self.interner.get(s))?);
        }
        Ok(MpyModule {
            small_int_bits: 31,
            qstrs,
            consts: core::mem::take(&mut self.consts.items),
            root,
        })
    }

    // ---- scopes -------------------------------------------------------------------

    pub(super) fn scope(&self) -> &Scope<'ast> {
        // `cur` always indexes an existing scope.
        &self.scopes[self.cur]
    }

    pub(super) fn scope_mut(&mut self) -> &mut Scope<'ast> {
        &mut self.scopes[self.cur]
    }

    fn compile_scope(&mut self, s: usize, pass: Pass) -> CResult {
        self.cur = s;
        self.e.start_pass(pass);
        self.e.record_lines = self.optimize < 3;
        self.loops.clear();
        self.exc_depth = 0;
        self.max_exc_depth = 0;
        self.const_cursor = 0;
        let name = self.scope().name;
        self.qstrs.register(self.budget, name)?;
        if pass != Pass::Scope {
            for arg in self.arg_names(s)? {
                self.qstrs.register(self.budget, arg)?;
            }
        }
        let node = self.scope().node;
        match node {
            ScopeNode::Module(body) => {
                let doc = if self.mode == CompileMode::Exec {
                    self.docstring(body)
                } else {
                    None
                };
                self.setup_annotations(body)?;
                if let Some((line, doc)) = doc {
                    self.set_line(line)?;
                    self.load_const(doc)?;
                    self.store_id(sym::DOC)?;
                }
                for stmt in body.iter().skip(usize::from(doc.is_some())) {
                    self.stmt(stmt)?;
                }
                self.op(op::LOAD_CONST_NONE, 1)?;
                self.op(op::RETURN_VALUE, -1)?;
            }
            ScopeNode::Eval(e) => {
                self.expr(e)?;
                self.op(op::RETURN_VALUE, -1)?;
            }
            ScopeNode::Function(f) => {
                if pass == Pass::Scope {
                    self.declare_params(&f.params)?;
                    if f.is_async {
                        self.scope_mut().scope_flags |= scope_flags::GENERATOR;
                    }
                }
                for stmt in &f.body {
                    self.stmt(stmt)?;
                }
                self.op(op::LOAD_CONST_NONE, 1)?;
                self.op(op::RETURN_VALUE, -1)?;
                if pass == Pass::Scope && f.is_async && self.scope().has_yield {
                    if let Some((line, col)) = self.scope().returns_value {
                        return Err(syntax_error(
                            "'return' with value in async generator",
                            line,
                            col,
                        ));
                    }
                }
            }
            ScopeNode::Lambda(l) => {
                if pass == Pass::Scope {
                    self.declare_params(&l.params)?;
                }
                let line = self.scope().line;
                self.set_line(line)?;
                self.expr(&l.body)?;
                if self.scope().scope_flags & scope_flags::GENERATOR != 0 {
                    self.op(op::POP_TOP, -1)?;
                    self.op(op::LOAD_CONST_NONE, 1)?;
                }
                self.op(op::RETURN_VALUE, -1)?;
            }
            ScopeNode::Class(c) => self.class_body(c)?,
            ScopeNode::Comp(c) => self.comprehension_body(c)?,
        }
        Ok(())
    }

    /// Register parameters as the first identifiers (§9.3), with the `*args` swap quirk.
    fn declare_params(&mut self, p: &Params) -> CResult {
        let budget = self.budget;
        for a in &p.args {
            let name = self.mangle(a.name)?;
            self.scope_mut().note(budget, name, flags::PARAM)?;
        }
        let vararg_index = match p.vararg {
            Some(v) => {
                let name = self.mangle(v)?;
                Some(self.scope_mut().note(budget, name, flags::PARAM)?)
            }
            None => None,
        };
        let mut last_kwonly = None;
        for a in &p.kwonly {
            let name = self.mangle(a.name)?;
            last_kwonly = Some(self.scope_mut().note(budget, name, flags::PARAM)?);
        }
        if let Some(k) = p.kwarg {
            let name = self.mangle(k)?;
            self.scope_mut().note(budget, name, flags::PARAM)?;
        }
        let sc = self.scope_mut();
        if p.kwarg.is_some() {
            sc.scope_flags |= scope_flags::VARKEYWORDS;
        }
        if let (Some(v), Some(k)) = (vararg_index, last_kwonly) {
            sc.ids.swap(v, k);
        }
        if p.vararg.is_some() {
            sc.scope_flags |= scope_flags::VARARGS;
        }
        if p.kwonly.iter().any(|a| a.default.is_some()) {
            sc.scope_flags |= scope_flags::DEFKWARGS;
        }
        sc.n_pos_args = p.args.len() as u32;
        sc.n_kwonly_args = p.kwonly.len() as u32;
        sc.n_def_pos_args = p.args.iter().filter(|a| a.default.is_some()).count() as u32;
        sc.n_posonly = p.posonly as u32;
        Ok(())
    }

    fn class_body(&mut self, c: &'ast ClassDef) -> CResult {
        if self.e.pass == Pass::Scope {
            let budget = self.budget;
            self.scope_mut().note(budget, sym::CLASS, flags::PARAM)?;
        }
        self.load_id(sym::NAME)?;
        self.store_id(sym::MODULE_ATTR)?;
        self.op_qstr(op::LOAD_CONST_STRING, c.name, 1)?;
        self.store_id(sym::QUALNAME)?;
        self.setup_annotations(&c.body)?;
        let doc = self.docstring(&c.body);
        if let Some((line, doc)) = doc {
            self.set_line(line)?;
            self.load_const(doc)?;
            self.store_id(sym::DOC)?;
        }
        for stmt in c.body.iter().skip(usize::from(doc.is_some())) {
            self.stmt(stmt)?;
        }
        let class_cell = self
            .scope()
            .find(sym::CLASS)
            .and_then(|i| self.scope().ids.get(i))
            .filter(|id| id.kind == IdKind::Cell)
            .map(|id| id.slot);
        match class_cell {
            Some(slot) => self.load_fast(slot)?,
            None => self.op(op::LOAD_CONST_NONE, 1)?,
        }
        self.op(op::RETURN_VALUE, -1)
    }

    /// The docstring of a module, class or function body, with its line: a first
    /// statement that is a string literal (as CPython: not an f-string, not a folded
    /// expression). None under optimize >= 2, which drops docstrings (`-OO`).
    pub(super) fn docstring(&self, body: &'ast [Stmt]) -> Option<(u32, &'ast Const)> {
        if self.optimize >= 2 {
            return None;
        }
        match &body.first()?.kind {
            StmtKind::Expr(e) if !e.folded => match &e.kind {
                ExprKind::Const(c @ Const::Str(_)) => Some((e.line, c)),
                _ => None,
            },
            _ => None,
        }
    }

    /// CPython's SETUP_ANNOTATIONS: a module or class body with annotated assignments
    /// (outside nested definitions) starts with an empty `__annotations__` dict. (It is
    /// always a new dict: one already in the namespace, as `exec` into a prepared dict
    /// may have, is replaced.)
    fn setup_annotations(&mut self, body: &'ast [Stmt]) -> CResult {
        if !has_annotations(body) {
            return Ok(());
        }
        self.op_uint(op::BUILD_MAP, 0, 1)?;
        let name = self.interner.intern(self.budget, "__annotations__")?;
        self.store_id(name)
    }

    /// Create (in the first pass) or find the scope of a nested definition.
    pub(super) fn child_scope(
        &mut self,
        cell: &core::cell::Cell<u32>,
        kind: ScopeKind,
        node: ScopeNode<'ast>,
        name: Sym,
        line: u32,
    ) -> CResult<usize> {
        if self.e.pass == Pass::Scope && cell.get() == NO_SCOPE {
            // The new scope's raw code sits this deep; `.mpy` files and the loader bound
            // that nesting, so deeper code (150 nested comprehensions) cannot be kept.
            let depth = core::iter::successors(Some(self.cur), |&s| {
                self.scopes.get(s).and_then(|sc| sc.parent)
            })
            .count();
            if depth >= crate::bytecode::mpy::MAX_NESTING {
                return Err(CompileError::Recursion);
            }
            let id = self.scopes.len();
            let parent = Some(self.cur);
            let mut scope = Scope::new(kind, node, parent, name, line);
            scope.in_comp_iterable = self.comp_iterable_depth > 0 || self.scope().in_comp_iterable;
            self.budget.push(&mut self.scopes, scope)?;
            cell.set(id as u32);
        }
        Ok(cell.get() as usize)
    }

    /// `MAKE_FUNCTION`/`MAKE_CLOSURE` (with defaults if `defaults`) for scope `child`.
    pub(super) fn make_function(&mut self, child: usize, defaults: bool) -> CResult {
        if self.e.pass == Pass::Scope {
            let index = self.scope().children.len() as u32;
            let cur = self.cur;
            self.budget.push(&mut self.scopes[cur].children, child)?;
            if let Some(c) = self.scopes.get_mut(child) {
                c.child_index = index;
            }
        }
        let index = self.scopes.get(child).map_or(0, |c| c.child_index);
        let mut free: Vec<(u32, Sym)> = Vec::new();
        if self.e.pass != Pass::Scope {
            if let Some(c) = self.scopes.get(child) {
                for id in c.ids.iter().filter(|id| id.kind == IdKind::Free) {
                    self.budget.push(&mut free, (id.slot, id.name))?;
                }
            }
        }
        free.sort_unstable();
        for &(_, name) in &free {
            let slot = self
                .scope()
                .find_cell_holder(name)
                .and_then(|i| self.scope().ids.get(i))
                .map_or(0, |id| id.slot);
            self.load_fast(slot)?;
        }
        let n = free.len() as i32;
        let n_cells = u8::try_from(n)
            .map_err(|_| syntax_error("too many closed-over variables", self.scope().line, 1))?;
        match (n, defaults) {
            (0, false) => self.op_uint(op::MAKE_FUNCTION, index, 1),
            (0, true) => self.op_uint(op::MAKE_FUNCTION_DEFARGS, index, -1),
            (_, false) => self
                .e
                .op_closure(self.budget, op::MAKE_CLOSURE, index, n_cells, 1 - n),
            (_, true) => self.e.op_closure(
                self.budget,
                op::MAKE_CLOSURE_DEFARGS,
                index,
                n_cells,
                -1 - n,
            ),
        }
    }

    /// Push the defaults of a parameter list; true if there were any (§9.8).
    pub(super) fn defaults(&mut self, p: &'ast Params) -> CResult<bool> {
        let n = p.args.iter().filter(|a| a.default.is_some()).count() as i32;
        let has_kw = p.kwonly.iter().any(|a| a.default.is_some());
        if n == 0 && !has_kw {
            return Ok(false);
        }
        for d in p.args.iter().filter_map(|a| a.default.as_ref()) {
            self.expr(d)?;
        }
        if has_kw {
            if n > 0 {
                self.op_uint(op::BUILD_TUPLE, n as u32, 1 - n)?;
            } else {
                self.op(op::LOAD_NULL, 1)?;
            }
            self.op_uint(op::BUILD_MAP, 0, 1)?;
            for a in &p.kwonly {
                if let Some(d) = &a.default {
                    self.expr(d)?;
                    let name = self.mangle(a.name)?;
                    self.op_qstr(op::LOAD_CONST_STRING, name, 1)?;
                    self.op(op::STORE_MAP, -2)?;
                }
            }
        } else {
            self.op_uint(op::BUILD_TUPLE, n as u32, 1 - n)?;
            self.op(op::LOAD_NULL, 1)?;
        }
        Ok(true)
    }

    // ---- identifiers --------------------------------------------------------------

    /// CPython's private-name mangling: inside a class body and the code nested in it,
    /// `__x` becomes `_Class__x` unless it ends with `__` or holds a dot. The innermost
    /// class decides; its name loses its leading underscores, and a name made only of
    /// underscores turns mangling off.
    pub(super) fn mangle(&mut self, name: Sym) -> CResult<Sym> {
        let text = self.interner.get(name);
        if !text.starts_with("__") || text.ends_with("__") || text.contains('.') {
            return Ok(name);
        }
        let mut at = Some(self.cur);
        let class = loop {
            match at.and_then(|i| self.scopes.get(i)) {
                Some(sc) if sc.kind == ScopeKind::Class => break sc.name,
                Some(sc) => at = sc.parent,
                None => return Ok(name),
            }
        };
        let class_text = self.interner.get(class).trim_start_matches('_');
        if class_text.is_empty() {
            return Ok(name);
        }
        let mut mangled = alloc::string::String::new();
        self.budget.push_str(&mut mangled, "_")?;
        self.budget.push_str(&mut mangled, class_text)?;
        self.budget
            .push_str(&mut mangled, self.interner.get(name))?;
        self.interner.intern(self.budget, &mangled)
    }

    /// An attribute opcode (`LOAD_ATTR`, `STORE_ATTR`, `LOAD_METHOD` ...) on the mangled
    /// attribute name.
    pub(super) fn op_attr(&mut self, opcode: u8, attr: Sym, delta: i32) -> CResult {
        let attr = self.mangle(attr)?;
        self.op_qstr(opcode, attr, delta)
    }

    fn lookup(&self, name: Sym) -> Option<Ident> {
        let sc = self.scope();
        sc.find(name).and_then(|i| sc.ids.get(i)).copied()
    }

    pub(super) fn load_fast(&mut self, slot: u32) -> CResult {
        if slot < 16 {
            self.op(op::LOAD_FAST_MULTI + slot as u8, 1)
        } else {
            self.op_uint(op::LOAD_FAST_N, slot, 1)
        }
    }

    pub(super) fn store_fast(&mut self, slot: u32) -> CResult {
        if slot < 16 {
            self.op(op::STORE_FAST_MULTI + slot as u8, -1)
        } else {
            self.op_uint(op::STORE_FAST_N, slot, -1)
        }
    }

    fn global_or_name(&self, id: Option<Ident>) -> bool {
        match id {
            Some(id) => id.kind == IdKind::Name,
            None => !self.scope().kind.is_function_like(),
        }
    }

    pub(super) fn load_id(&mut self, name: Sym) -> CResult {
        let name = self.mangle(name)?;
        if self.e.pass == Pass::Scope {
            let budget = self.budget;
            self.scope_mut().note(budget, name, flags::USED)?;
            return Ok(());
        }
        let id = self.lookup(name);
        match id.map(|i| i.kind) {
            Some(IdKind::Local) => self.load_fast(id.map_or(0, |i| i.slot)),
            Some(IdKind::Cell | IdKind::Free) => {
                self.op_uint(op::LOAD_DEREF, id.map_or(0, |i| i.slot), 1)
            }
            _ if self.global_or_name(id) => self.op_qstr(op::LOAD_NAME, name, 1),
            _ => self.op_qstr(op::LOAD_GLOBAL, name, 1),
        }
    }

    pub(super) fn store_id(&mut self, name: Sym) -> CResult {
        let name = self.mangle(name)?;
        if self.e.pass == Pass::Scope {
            let budget = self.budget;
            let flag = if self.comp_target {
                flags::BOUND | flags::COMP_ITER
            } else {
                flags::BOUND
            };
            self.scope_mut().note(budget, name, flag)?;
            return Ok(());
        }
        let id = self.lookup(name);
        match id.map(|i| i.kind) {
            Some(IdKind::Local) => self.store_fast(id.map_or(0, |i| i.slot)),
            Some(IdKind::Cell | IdKind::Free) => {
                self.op_uint(op::STORE_DEREF, id.map_or(0, |i| i.slot), -1)
            }
            _ if self.global_or_name(id) => self.op_qstr(op::STORE_NAME, name, -1),
            _ => self.op_qstr(op::STORE_GLOBAL, name, -1),
        }
    }

    pub(super) fn delete_id(&mut self, name: Sym) -> CResult {
        let name = self.mangle(name)?;
        if self.e.pass == Pass::Scope {
            let budget = self.budget;
            self.scope_mut().note(budget, name, flags::BOUND)?;
            return Ok(());
        }
        let id = self.lookup(name);
        match id.map(|i| i.kind) {
            Some(IdKind::Local) => self.op_uint(op::DELETE_FAST, id.map_or(0, |i| i.slot), 0),
            Some(IdKind::Cell | IdKind::Free) => {
                self.op_uint(op::DELETE_DEREF, id.map_or(0, |i| i.slot), 0)
            }
            _ if self.global_or_name(id) => self.op_qstr(op::DELETE_NAME, name, 0),
            _ => self.op_qstr(op::DELETE_GLOBAL, name, 0),
        }
    }

    /// Store the target of `:=`; inside a comprehension it binds in the enclosing function.
    pub(super) fn store_walrus(&mut self, name: Sym, line: u32, col: u32) -> CResult {
        let name = self.mangle(name)?;
        if self.comp_iterable_depth > 0 || self.scope().in_comp_iterable {
            return Err(syntax_error(
                "assignment expression cannot be used in a comprehension iterable expression",
                line,
                col,
            ));
        }
        if self.e.pass == Pass::Scope && self.scope().kind.is_comprehension() {
            let mut at = Some(self.cur);
            while let Some(sc) = at.and_then(|i| self.scopes.get(i)) {
                if !sc.kind.is_comprehension() {
                    break;
                }
                let rebinds = sc
                    .find(name)
                    .and_then(|i| sc.ids.get(i))
                    .is_some_and(|id| id.flags & flags::COMP_ITER != 0);
                if rebinds {
                    let msg = alloc::format!(
                        "assignment expression cannot rebind comprehension iteration variable '{}'",
                        self.interner.get(name)
                    );
                    return Err(syntax_error(&msg, line, col));
                }
                at = sc.parent;
            }
            let mut owner = self.scope().parent;
            while let Some(p) = owner {
                match self.scopes.get(p).map(|s| s.kind) {
                    Some(k) if k.is_comprehension() => {
                        owner = self.scopes.get(p).and_then(|s| s.parent)
                    }
                    _ => break,
                }
            }
            let budget = self.budget;
            match owner.and_then(|p| self.scopes.get(p)).map(|s| s.kind) {
                Some(ScopeKind::Class) => return Err(syntax_error(
                    "assignment expression within a comprehension cannot be used in a class body",
                    line,
                    col,
                )),
                Some(ScopeKind::Module) | None => {
                    self.scope_mut()
                        .note(budget, name, flags::GLOBAL | flags::BOUND)?;
                }
                Some(_) => {
                    self.scope_mut()
                        .note(budget, name, flags::WALRUS | flags::BOUND)?;
                    if let Some(p) = owner {
                        if let Some(s) = self.scopes.get_mut(p) {
                            s.note(budget, name, flags::BOUND)?;
                        }
                    }
                }
            }
            return Ok(());
        }
        self.store_id(name)
    }

    // ---- emission helpers ---------------------------------------------------------

    pub(super) fn op(&mut self, opcode: u8, delta: i32) -> CResult {
        self.e.op(self.budget, opcode, delta)
    }

    pub(super) fn op_uint(&mut self, opcode: u8, value: u32, delta: i32) -> CResult {
        self.e.op_uint(self.budget, opcode, value, delta)
    }

    pub(super) fn op_qstr(&mut self, opcode: u8, name: Sym, delta: i32) -> CResult {
        let q = self.qstrs.register(self.budget, name)?;
        self.e.op_uint(self.budget, opcode, q, delta)
    }

    pub(super) fn jump(&mut self, opcode: u8, label: Label, delta: i32) -> CResult {
        self.e.jump(self.budget, opcode, label, delta)
    }

    pub(super) fn label(&mut self) -> CResult<Label> {
        self.e.new_label(self.budget)
    }

    pub(super) fn place(&mut self, label: Label) {
        self.e.place(label);
    }

    pub(super) fn set_line(&mut self, line: u32) -> CResult {
        self.e.set_line(self.budget, line)
    }

    pub(super) fn enter_exc(&mut self) {
        self.exc_depth += 1;
        self.max_exc_depth = self.max_exc_depth.max(self.exc_depth);
    }

    pub(super) fn leave_exc(&mut self) {
        self.exc_depth = self.exc_depth.saturating_sub(1);
    }

    /// Load a constant (§9.2 "Which literal becomes what").
    pub(super) fn load_const(&mut self, c: &Const) -> CResult {
        match c {
            Const::None => self.op(op::LOAD_CONST_NONE, 1),
            Const::True => self.op(op::LOAD_CONST_TRUE, 1),
            Const::False => self.op(op::LOAD_CONST_FALSE, 1),
            Const::Int(IntConst::Small(v)) if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(v) => {
                self.e.load_small_int(self.budget, *v)
            }
            Const::Str(StrConst::Qstr(s)) => self.op_qstr(op::LOAD_CONST_STRING, *s, 1),
            Const::Tuple(items) if items.is_empty() => self.op_uint(op::BUILD_TUPLE, 0, 1),
            _ => {
                let index = self.const_index(c)?;
                self.op_uint(op::LOAD_CONST_OBJ, index, 1)
            }
        }
    }

    /// The constant-table index for `c`: registered in the first pass, replayed after.
    fn const_index(&mut self, c: &Const) -> CResult<u32> {
        if self.e.pass != Pass::Scope {
            if let Some(&i) = self.scope().const_indices.get(self.const_cursor) {
                self.const_cursor += 1;
                return Ok(i);
            }
        }
        let obj = self.const_object(c)?;
        let index = self.consts.register(self.budget, obj, !has_fresh_nan(c))?;
        if self.e.pass == Pass::Scope {
            let budget = self.budget;
            budget.push(&mut self.scope_mut().const_indices, index)?;
        }
        Ok(index)
    }

    /// The constant-table form of a constant.
    fn const_object(&self, c: &Const) -> CResult<MpyConst> {
        let budget = self.budget;
        budget.charge(32)?;
        Ok(match c {
            Const::None => MpyConst::None,
            Const::True => MpyConst::True,
            Const::False => MpyConst::False,
            Const::Ellipsis => MpyConst::Ellipsis,
            Const::Int(IntConst::Small(v)) => MpyConst::Int(alloc::format!("{v}")),
            Const::Int(IntConst::Big(text)) => MpyConst::Int(budget.string(text)?),
            Const::Float(f) => MpyConst::Float(float_repr(*f)),
            Const::Imag(f) => MpyConst::Complex(imag_repr(*f)),
            Const::Str(StrConst::Qstr(s)) => MpyConst::Str(budget.string(self.interner.get(*s))?),
            Const::Str(StrConst::Obj(s)) => MpyConst::Str(budget.string(s)?),
            Const::Bytes(b) => {
                let mut v = Vec::new();
                budget.extend(&mut v, b)?;
                MpyConst::Bytes(v)
            }
            Const::Tuple(items) => {
                let mut v = Vec::new();
                budget.reserve(&mut v, items.len())?;
                for item in items {
                    v.push(self.const_object(item)?);
                }
                MpyConst::Tuple(v)
            }
        })
    }
}

/// True if `body` holds an annotated assignment outside nested definitions.
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign(_) => true,
        StmtKind::If(i) => {
            i.branches.iter().any(|b| has_annotations(&b.body)) || has_annotations(&i.orelse)
        }
        StmtKind::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        StmtKind::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        StmtKind::With(w) => has_annotations(&w.body),
        StmtKind::Try(t) => {
            has_annotations(&t.body)
                || t.handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
        }
        _ => false,
    })
}

fn has_fresh_nan(c: &Const) -> bool {
    match c {
        Const::Float(f) => f.to_bits() == crate::parser::fold::FRESH_NAN_BITS,
        Const::Tuple(items) => items.iter().any(has_fresh_nan),
        _ => false,
    }
}

fn push_vuint(budget: &Budget, out: &mut Vec<u8>, v: u32) -> CResult {
    budget.reserve(out, 5)?;
    crate::bytecode::encode::write_vuint(out, u64::from(v)).map_err(|_| CompileError::MemoryError)
}

//! Scopes and identifiers: what each name in each code object is (local, cell, free,
//! global, or a namespace name), and which slot it occupies.
//!
//! The first compiler pass records every identifier in discovery order (MPY.md §9.3).
//! `resolve` then decides free variables with CPython's rules (class bodies are skipped
//! when a nested function looks for an enclosing binding, except for `__class__`), and
//! `assign_slots` numbers them exactly as mpy-cross does: parameters and locals, then
//! cells, then free variables moved to the front as hidden leading arguments.

use super::budget::Budget;
use super::CompileError;
use crate::lexer::interner::{sym, Interner, Sym};
use crate::lexer::syntax_error;
use crate::parser::ast::{ClassDef, Comprehension, Expr, FunctionDef, Lambda, Stmt};
use alloc::format;
use alloc::vec::Vec;

/// What kind of code object a scope compiles to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    ListComp,
    DictComp,
    SetComp,
    GenExpr,
}

impl ScopeKind {
    /// Function-like scopes keep their names in fast slots.
    pub fn is_function_like(self) -> bool {
        !matches!(self, ScopeKind::Module | ScopeKind::Class)
    }

    pub fn is_comprehension(self) -> bool {
        matches!(
            self,
            ScopeKind::ListComp | ScopeKind::DictComp | ScopeKind::SetComp | ScopeKind::GenExpr
        )
    }
}

/// The syntax a scope compiles.
#[derive(Clone, Copy)]
pub enum ScopeNode<'ast> {
    Module(&'ast [Stmt]),
    Eval(&'ast Expr),
    Function(&'ast FunctionDef),
    Class(&'ast ClassDef),
    Lambda(&'ast Lambda),
    Comp(&'ast Comprehension),
}

/// How an identifier is accessed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    /// Not decided yet (between the first pass and `resolve`).
    Unresolved,
    GlobalImplicit,
    GlobalExplicit,
    /// A fast local slot.
    Local,
    /// A local slot holding a cell, because an inner scope captures it.
    Cell,
    /// A slot holding a cell received from the enclosing scope.
    Free,
    /// Module or class namespace (`*_NAME` opcodes).
    Name,
}

/// Identifier flags gathered in the first pass.
pub mod flags {
    pub const PARAM: u8 = 0x01;
    pub const BOUND: u8 = 0x02;
    pub const USED: u8 = 0x04;
    pub const GLOBAL: u8 = 0x08;
    pub const NONLOCAL: u8 = 0x10;
    /// A class-body entry that only carries a cell through to an inner function.
    pub const PASSTHROUGH: u8 = 0x20;
    /// A comprehension's `:=` target, bound in the enclosing function.
    pub const WALRUS: u8 = 0x40;
    /// A comprehension's iteration variable (a `for` target), which `:=` may not rebind.
    pub const COMP_ITER: u8 = 0x80;
}

/// One identifier of a scope.
#[derive(Clone, Copy, Debug)]
pub struct Ident {
    pub name: Sym,
    pub kind: IdKind,
    pub flags: u8,
    pub slot: u32,
    /// Where a `nonlocal` declaration was, for its error message.
    pub decl_line: u32,
    pub decl_col: u32,
}

/// A scope: one future raw code.
pub struct Scope<'ast> {
    pub kind: ScopeKind,
    pub node: ScopeNode<'ast>,
    pub parent: Option<usize>,
    pub name: Sym,
    /// Line announced at the start of lambdas and comprehensions.
    pub line: u32,
    pub ids: Vec<Ident>,
    /// Signature values (§5.2); `n_pos_args` includes free variables after `assign_slots`.
    pub scope_flags: u8,
    pub n_pos_args: u32,
    pub n_kwonly_args: u32,
    pub n_def_pos_args: u32,
    /// Leading positional parameters that are positional-only (before `/`).
    pub n_posonly: u32,
    pub num_locals: u32,
    /// Index of this scope in its parent's children list.
    pub child_index: u32,
    /// Children in `MAKE_*` order.
    pub children: Vec<usize>,
    /// The finished code object.
    pub fun_data: Vec<u8>,
    /// Name of each local slot, for the VM's messages and `locals()`.
    pub local_names: Vec<alloc::string::String>,
    /// Constant-table index of each `LOAD_CONST_OBJ`, in emission order (first pass).
    pub const_indices: Vec<u32>,
    /// Defined inside a comprehension's iterable expression, where CPython forbids `:=`
    /// in every nested scope too.
    pub in_comp_iterable: bool,
    /// Seen in the first pass: `yield`, and `return` with a value.
    pub has_yield: bool,
    /// A comprehension containing `await` (it becomes a coroutine its creator awaits).
    pub awaits: bool,
    pub returns_value: Option<(u32, u32)>,
}

impl<'ast> Scope<'ast> {
    pub fn new(
        kind: ScopeKind,
        node: ScopeNode<'ast>,
        parent: Option<usize>,
        name: Sym,
        line: u32,
    ) -> Scope<'ast> {
        Scope {
            kind,
            node,
            parent,
            name,
            line,
            ids: Vec::new(),
            scope_flags: 0,
            n_pos_args: 0,
            n_kwonly_args: 0,
            n_def_pos_args: 0,
            n_posonly: 0,
            num_locals: 0,
            child_index: 0,
            children: Vec::new(),
            fun_data: Vec::new(),
            local_names: Vec::new(),
            const_indices: Vec::new(),
            in_comp_iterable: false,
            has_yield: false,
            awaits: false,
            returns_value: None,
        }
    }

    /// Index of the (non-passthrough) identifier `name`.
    pub fn find(&self, name: Sym) -> Option<usize> {
        self.ids
            .iter()
            .position(|id| id.name == name && id.flags & flags::PASSTHROUGH == 0)
    }

    /// Index of the entry of `name` that holds a cell (cell, free or passthrough).
    pub fn find_cell_holder(&self, name: Sym) -> Option<usize> {
        self.ids
            .iter()
            .position(|id| id.name == name && matches!(id.kind, IdKind::Cell | IdKind::Free))
    }

    /// The identifier `name`, added with `flag` if it is new.
    pub fn note(&mut self, budget: &Budget, name: Sym, flag: u8) -> Result<usize, CompileError> {
        if let Some(i) = self.find(name) {
            if let Some(id) = self.ids.get_mut(i) {
                id.flags |= flag;
            }
            return Ok(i);
        }
        budget.push(
            &mut self.ids,
            Ident {
                name,
                kind: IdKind::Unresolved,
                flags: flag,
                slot: 0,
                decl_line: 0,
                decl_col: 0,
            },
        )?;
        Ok(self.ids.len() - 1)
    }

    /// Record a `global`/`nonlocal` declaration, with CPython's ordering checks.
    pub fn declare(
        &mut self,
        budget: &Budget,
        interner: &Interner,
        name: Sym,
        global: bool,
        line: u32,
        col: u32,
    ) -> Result<(), CompileError> {
        let text = interner.get(name);
        let what = if global { "global" } else { "nonlocal" };
        if let Some(id) = self.find(name).and_then(|i| self.ids.get(i)) {
            let f = id.flags;
            let msg = if f & flags::PARAM != 0 {
                Some(format!("name '{text}' is parameter and {what}"))
            } else if f & (flags::GLOBAL | flags::NONLOCAL) != 0
                && (f & flags::GLOBAL != 0) != global
            {
                // CPython reports this conflict at the first of the two declarations.
                let msg = format!("name '{text}' is nonlocal and global");
                return Err(if id.decl_line == 0 {
                    syntax_error(&msg, line, col)
                } else {
                    syntax_error(&msg, id.decl_line, id.decl_col)
                });
            } else if f & flags::BOUND != 0 && f & (flags::GLOBAL | flags::NONLOCAL) == 0 {
                Some(format!(
                    "name '{text}' is assigned to before {what} declaration"
                ))
            } else if f & flags::USED != 0 && f & (flags::GLOBAL | flags::NONLOCAL) == 0 {
                Some(format!("name '{text}' is used prior to {what} declaration"))
            } else {
                None
            };
            if let Some(msg) = msg {
                return Err(syntax_error(&msg, line, col));
            }
        }
        let i = self.note(
            budget,
            name,
            if global {
                flags::GLOBAL
            } else {
                flags::NONLOCAL
            },
        )?;
        if let Some(id) = self.ids.get_mut(i) {
            id.decl_line = line;
            id.decl_col = col;
        }
        Ok(())
    }

    /// Decide each identifier's kind from the first pass, before closure resolution.
    pub fn initial_kinds(&mut self) {
        let kind = self.kind;
        for id in self.ids.iter_mut() {
            id.kind = if id.flags & flags::GLOBAL != 0 {
                IdKind::GlobalExplicit
            } else if id.flags & (flags::NONLOCAL | flags::WALRUS) != 0 {
                IdKind::Unresolved
            } else if kind == ScopeKind::Module {
                IdKind::Name
            } else if kind == ScopeKind::Class {
                if id.name == sym::CLASS && id.flags & flags::PARAM != 0 {
                    IdKind::Local
                } else if id.flags & flags::BOUND != 0 {
                    IdKind::Name
                } else {
                    IdKind::Unresolved
                }
            } else if id.flags & (flags::PARAM | flags::BOUND) != 0 {
                IdKind::Local
            } else {
                IdKind::Unresolved
            };
        }
    }
}

/// Resolve the unresolved identifiers of scope `s` against its enclosing scopes.
/// Scopes must be resolved in creation order (parents before children).
pub fn resolve(
    scopes: &mut [Scope],
    s: usize,
    budget: &Budget,
    interner: &Interner,
) -> Result<(), CompileError> {
    let n = scopes.get(s).map_or(0, |sc| sc.ids.len());
    for i in 0..n {
        let Some(id) = scopes.get(s).and_then(|sc| sc.ids.get(i)).copied() else {
            continue;
        };
        if id.kind != IdKind::Unresolved {
            continue;
        }
        let parent = scopes.get(s).and_then(|sc| sc.parent);
        let found = find_binding(scopes, parent, id.name);
        let new_kind = match found {
            Some((owner, j)) => {
                if let Some(owner_id) = scopes.get_mut(owner).and_then(|sc| sc.ids.get_mut(j)) {
                    if owner_id.kind == IdKind::Local {
                        owner_id.kind = IdKind::Cell;
                    }
                }
                let mut p = parent;
                while let Some(ps) = p {
                    if ps == owner {
                        break;
                    }
                    pass_through(scopes, ps, id.name, budget)?;
                    p = scopes.get(ps).and_then(|sc| sc.parent);
                }
                IdKind::Free
            }
            None if id.flags & (flags::NONLOCAL | flags::WALRUS) != 0 => {
                let msg = format!("no binding for nonlocal '{}' found", interner.get(id.name));
                return Err(syntax_error(&msg, id.decl_line, id.decl_col));
            }
            None if scopes.get(s).is_some_and(|sc| sc.kind == ScopeKind::Class) => IdKind::Name,
            None => IdKind::GlobalImplicit,
        };
        if let Some(id) = scopes.get_mut(s).and_then(|sc| sc.ids.get_mut(i)) {
            id.kind = new_kind;
        }
    }
    Ok(())
}

/// The scope and identifier index that binds `name` for a scope whose parent is `from`.
fn find_binding(scopes: &[Scope], mut from: Option<usize>, name: Sym) -> Option<(usize, usize)> {
    while let Some(p) = from {
        let sc = scopes.get(p)?;
        match sc.kind {
            ScopeKind::Module => return None,
            ScopeKind::Class if name != sym::CLASS => {}
            _ => {
                if let Some(j) = sc.find(name) {
                    let kind = sc.ids.get(j)?.kind;
                    return matches!(kind, IdKind::Local | IdKind::Cell | IdKind::Free)
                        .then_some((p, j));
                }
            }
        }
        from = sc.parent;
    }
    None
}

/// Make scope `s` carry the cell for `name` from its parent to a child.
fn pass_through(
    scopes: &mut [Scope],
    s: usize,
    name: Sym,
    budget: &Budget,
) -> Result<(), CompileError> {
    let Some(sc) = scopes.get_mut(s) else {
        return Ok(());
    };
    if sc.find_cell_holder(name).is_some() {
        return Ok(());
    }
    if sc.kind != ScopeKind::Class {
        if let Some(i) = sc.find(name) {
            if let Some(id) = sc.ids.get_mut(i) {
                id.kind = IdKind::Free;
            }
            return Ok(());
        }
    }
    let flag = if sc.kind == ScopeKind::Class {
        flags::PASSTHROUGH
    } else {
        0
    };
    budget.push(
        &mut sc.ids,
        Ident {
            name,
            kind: IdKind::Free,
            flags: flag,
            slot: 0,
            decl_line: 0,
            decl_col: 0,
        },
    )
}

/// Number the slots of scope `s` (§9.3); its parent must already be numbered.
pub fn assign_slots(scopes: &mut [Scope], s: usize, budget: &Budget) -> Result<(), CompileError> {
    let parent = scopes.get(s).and_then(|sc| sc.parent);
    let Some(sc) = scopes.get(s) else {
        return Ok(());
    };
    // Order of free variables: their holders' order in the parent's identifier list.
    let mut free: Vec<(usize, usize)> = Vec::new();
    for (i, id) in sc.ids.iter().enumerate() {
        if id.kind == IdKind::Free {
            let rank = parent
                .and_then(|p| scopes.get(p))
                .and_then(|ps| ps.find_cell_holder(id.name))
                .unwrap_or(usize::MAX);
            budget.push(&mut free, (rank, i))?;
        }
    }
    free.sort_unstable();
    let Some(sc) = scopes.get_mut(s) else {
        return Ok(());
    };
    let is_class = sc.kind == ScopeKind::Class;
    let mut next = 0u32;
    if sc.kind.is_function_like() {
        for id in sc.ids.iter_mut() {
            if id.flags & flags::PARAM != 0 || id.kind == IdKind::Local {
                id.slot = next;
                next += 1;
            }
        }
    }
    for id in sc.ids.iter_mut() {
        let unnumbered_cell = id.kind == IdKind::Cell && (is_class || id.flags & flags::PARAM == 0);
        if unnumbered_cell {
            id.slot = next;
            next += 1;
        }
    }
    let nfree = free.len() as u32;
    for id in sc.ids.iter_mut() {
        if id.kind != IdKind::Free {
            id.slot += nfree;
        }
    }
    for (k, &(_, i)) in free.iter().enumerate() {
        if let Some(id) = sc.ids.get_mut(i) {
            id.slot = k as u32;
        }
    }
    sc.num_locals = next + nfree;
    sc.n_pos_args += nfree;
    Ok(())
}

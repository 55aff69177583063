//! Calls: the `CALL_*` opcodes' argument layouts, dispatch on the callee's type, argument
//! binding for Python functions (MPY.md §5.8) and frame set-up.

use super::exec::{self, Frame, FrameExit};
use super::{PyResult, Vm};
use crate::bytecode::prelude::scope_flags;
use crate::objects::cell::new_cell;
use crate::objects::code::CodeObj;
use crate::objects::dict::{as_dict, new_dict_obj};
use crate::objects::exception;
use crate::objects::function::FunctionObj;
use crate::objects::list::{new_list_with_capacity, ListObj};
use crate::objects::tuple::{new_tuple, new_value_array, TupleObj};
use crate::objects::type_object::TypeSlots;
use crate::objects::Obj;
use crate::qstr::Qstr;
use crate::value::Value;
use core::cell::Cell;

/// Frames up to this many cells live on the native stack; bigger ones on the GC heap.
const INLINE_FRAME_CELLS: usize = 48;

/// Execute a `CALL_*` instruction. `all` is the callee (and self-or-NULL for methods)
/// followed by the arguments as the opcode laid them out.
pub fn call_from_stack(
    vm: &mut Vm,
    all: &[Value],
    n_pos: usize,
    n_kw: usize,
    is_method: bool,
    var: bool,
) -> PyResult<Value> {
    let callee = all.first().copied().unwrap_or(Value::NONE);
    let mut args_start = 1;
    if is_method {
        let self_ = all.get(1).copied().unwrap_or(Value::NULL);
        args_start = if self_.is_null() { 2 } else { 1 };
    }
    let n_self = if is_method && args_start == 1 { 1 } else { 0 };
    let args_end = 1 + usize::from(is_method) + n_pos;
    if !var {
        let pos = all.get(args_start..args_end).unwrap_or(&[]);
        let kw = all.get(args_end..args_end + 2 * n_kw).unwrap_or(&[]);
        return call(vm, callee, pos, kw);
    }
    // *args / **kwargs: expand into GC lists, then call with their contents.
    let bitmap = all.last().and_then(|v| v.as_small_int()).unwrap_or(0);
    let pos_list = new_list_with_capacity(vm, n_pos + n_self)?;
    if n_self == 1 {
        pos_list.push(vm, all.get(1).copied().unwrap_or(Value::NONE))?;
    }
    for i in 0..n_pos {
        let v = all
            .get(1 + usize::from(is_method) + i)
            .copied()
            .unwrap_or(Value::NONE);
        if bitmap & (1 << i) != 0 {
            if !super::ops::is_iterable(vm, v)? {
                return Err(star_arg_error(vm, callee, v, "* must be an iterable"));
            }
            super::ops::extend_list_from_iterable(vm, pos_list, v)?;
        } else {
            pos_list.push(vm, v)?;
        }
    }
    let kw_list = new_list_with_capacity(vm, 2 * n_kw)?;
    for k in 0..n_kw {
        let name = all.get(args_end + 2 * k).copied().unwrap_or(Value::NULL);
        let value = all
            .get(args_end + 2 * k + 1)
            .copied()
            .unwrap_or(Value::NULL);
        if name.is_null() {
            merge_kwargs_mapping(vm, kw_list, value, callee)?;
        } else {
            add_keyword(vm, kw_list, name, value, callee)?;
        }
    }
    let pos = values_of(pos_list);
    let kw = values_of(kw_list);
    call(vm, callee, pos, kw)
}

pub(crate) fn values_of<'a>(l: Obj<ListObj>) -> &'a [Value] {
    let items = l.get().items();
    // SAFETY: Cell<Value> has Value's layout; the list is private to this call and not
    // mutated while the slice is used.
    unsafe { core::slice::from_raw_parts(items.as_ptr() as *const Value, items.len()) }
}

fn add_keyword(
    vm: &mut Vm,
    kw: Obj<ListObj>,
    name: Value,
    value: Value,
    callee: Value,
) -> PyResult<()> {
    for pair in values_of(kw).chunks(2) {
        if let Some(&n) = pair.first() {
            if super::ops::values_equal(vm, n, name)? {
                // Named like CPython's call-site check: "mod.qualname()".
                let mut b = crate::objects::str::StrBuilder::new();
                super::attr::write_function_str(vm, callee, &mut b)?;
                let key = crate::objects::str::str_of(vm, name).unwrap_or("?");
                let f = b.as_str().unwrap_or("function");
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!("{} got multiple values for keyword argument '{}'", f, key),
                ));
            }
        }
    }
    kw.push(vm, name)?;
    kw.push(vm, value)
}

fn merge_kwargs_mapping(
    vm: &mut Vm,
    kw: Obj<ListObj>,
    mapping: Value,
    callee: Value,
) -> PyResult<()> {
    if let Some(d) = as_dict(mapping) {
        let table = &d.get().table;
        for i in 0..table.positions() {
            if let Some((k, v)) = table.entry_at(i) {
                if !crate::objects::str::is_str(vm, k) {
                    return Err(vm.type_error("keywords must be strings"));
                }
                add_keyword(vm, kw, k, v, callee)?;
            }
        }
        return Ok(());
    }
    // A general mapping: keys() then m[key].
    if super::attr::lookup_attr(vm, mapping, crate::qstr::keys)?.is_none() {
        return Err(star_arg_error(vm, callee, mapping, "** must be a mapping"));
    }
    let keys = super::attr::call_method(vm, mapping, crate::qstr::keys, &[])?;
    let it = super::ops::get_iter(vm, keys)?;
    while let Some(k) = super::ops::iter_next(vm, it)? {
        let v = super::ops::subscr_load(vm, mapping, k)?;
        add_keyword(vm, kw, k, v, callee)?;
    }
    Ok(())
}

/// Call any callable with positional args and flattened keyword pairs.
/// "f() argument after * must be an iterable, not int" and its `**` twin.
fn star_arg_error(vm: &mut Vm, callee: Value, arg: Value, what: &str) -> super::PyErr {
    let mut b = crate::objects::str::StrBuilder::new();
    if let Err(e) = super::attr::write_function_str(vm, callee, &mut b) {
        return e;
    }
    let tn = vm.type_name(arg);
    let f = b.as_str().unwrap_or("function");
    vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!("{} argument after {}, not {}", f, what, tn),
    )
}

pub fn call(vm: &mut Vm, callee: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    // Native code can recurse into itself through calls without Python frames in
    // between (slot wrappers, special methods): bound that too.
    vm.check_recursion()?;
    if let Some(f) = Obj::<FunctionObj>::from_value(callee) {
        return call_function(vm, f, None, args, kw);
    }
    if let Some(b) = Obj::<crate::objects::function::BuiltinFunction>::from_value(callee) {
        return (b.func)(vm, args, kw);
    }
    if let Some(m) = Obj::<crate::objects::bound_method::BoundMethodObj>::from_value(callee) {
        return call_with_self(vm, m.func, m.self_, args, kw);
    }
    let ty = vm.type_of(callee);
    if let Some(t) = super::typeobj::as_type(callee) {
        // A class whose metaclass is a Python class goes through the metaclass's call.
        if !ty.is_heap() {
            return super::classes::construct(vm, t, args, kw);
        }
    }
    match ty.slots.call {
        Some(call_slot) => with_prepended(vm, callee, args, |vm, all| call_slot(vm, all, kw)),
        None => {
            let name = vm.type_name(callee);
            Err(vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!("'{}' object is not callable", name),
            ))
        }
    }
}

/// Call `func` with `self_` as first positional argument.
pub fn call_with_self(
    vm: &mut Vm,
    func: Value,
    self_: Value,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    if let Some(f) = Obj::<FunctionObj>::from_value(func) {
        return call_function(vm, f, Some(self_), args, kw);
    }
    with_prepended(vm, self_, args, |vm, all| call(vm, func, all, kw))
}

/// Call a (method, self-or-NULL) pair as `LOAD_METHOD` produced it.
pub fn call_method_pair(vm: &mut Vm, m: Value, self_: Value, args: &[Value]) -> PyResult<Value> {
    if self_.is_null() {
        call(vm, m, args, &[])
    } else {
        call_with_self(vm, m, self_, args, &[])
    }
}

/// Run `f` with `[first, args...]` as one contiguous slice that the collector can see.
pub fn with_prepended<R>(
    vm: &mut Vm,
    first: Value,
    args: &[Value],
    f: impl FnOnce(&mut Vm, &[Value]) -> PyResult<R>,
) -> PyResult<R> {
    const INLINE: usize = 8;
    if args.len() < INLINE {
        let mut buf = [Value::NONE; INLINE];
        buf[0] = first;
        for (dst, src) in buf[1..].iter_mut().zip(args) {
            *dst = *src;
        }
        let r = f(vm, &buf[..args.len() + 1]);
        core::hint::black_box(&buf);
        return r;
    }
    let l = new_list_with_capacity(vm, args.len() + 1)?;
    l.push(vm, first)?;
    for a in args {
        l.push(vm, *a)?;
    }
    f(vm, values_of(l))
}

/// Storage for a frame: on the native stack when small, else a GC value array.
fn with_frame_cells<R>(
    vm: &mut Vm,
    n: usize,
    f: impl FnOnce(&mut Vm, &[Cell<Value>]) -> PyResult<R>,
) -> PyResult<R> {
    if n <= INLINE_FRAME_CELLS {
        let cells: [Cell<Value>; INLINE_FRAME_CELLS] =
            [const { Cell::new(Value::NULL) }; INLINE_FRAME_CELLS];
        let r = f(vm, &cells[..n]);
        core::hint::black_box(&cells);
        r
    } else {
        let arr = new_value_array(vm, n)?;
        f(vm, arr.get().slots())
    }
}

/// Call a Python function.
pub fn call_function(
    vm: &mut Vm,
    func: Obj<FunctionObj>,
    self_: Option<Value>,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    let code = Obj::<CodeObj>::from_value(func.code)
        .ok_or_else(|| vm.type_error("function without code"))?;
    let n_cells = code.n_state + 3 * code.n_exc_stack;
    if code.is_generator() {
        let gen = crate::builtins::generator_methods::new_generator(vm, func, n_cells)?;
        let slots = crate::builtins::generator_methods::generator_slots(gen);
        bind_arguments(vm, func, code, slots, self_, args, kw)?;
        return Ok(gen);
    }
    vm.call_depth += 1;
    let saved = (vm.current_globals, vm.current_locals);
    vm.current_globals = func.globals;
    vm.current_locals = Value::NULL;
    let result = vm.check_recursion().and_then(|_| {
        with_frame_cells(vm, n_cells, |vm, slots| {
            bind_arguments(vm, func, code, slots, self_, args, kw)?;
            let mut frame = Frame {
                code,
                globals: func.globals,
                locals_dict: Value::NULL,
                func: func.as_value(),
                slots,
                ip: 0,
                sp: 0,
                exc_sp: 0,
            };
            match exec::run(vm, &mut frame, None)? {
                FrameExit::Return(v) => Ok(v),
                FrameExit::Yield(_) => {
                    Err(vm.new_exception(&exception::RUNTIME_ERROR, "yield outside generator"))
                }
            }
        })
    });
    vm.call_depth -= 1;
    (vm.current_globals, vm.current_locals) = saved;
    result
}

/// Run a module body or class body: a code object with a locals dict.
pub fn run_code_with_locals(
    vm: &mut Vm,
    code: Obj<CodeObj>,
    globals: Value,
    locals: Value,
    closure: &[Value],
    func: Value,
) -> PyResult<Value> {
    let n_cells = code.n_state + 3 * code.n_exc_stack;
    vm.call_depth += 1;
    let saved = (vm.current_globals, vm.current_locals);
    vm.current_globals = globals;
    vm.current_locals = locals;
    let result = vm.check_recursion().and_then(|_| {
        with_frame_cells(vm, n_cells, |vm, slots| {
            let n = code.n_state;
            for (i, c) in closure.iter().enumerate() {
                if let Some(slot) = n.checked_sub(i + 1).and_then(|j| slots.get(j)) {
                    slot.set(*c);
                }
            }
            make_cells(vm, code, slots)?;
            let mut frame = Frame {
                code,
                globals,
                locals_dict: locals,
                func,
                slots,
                ip: 0,
                sp: 0,
                exc_sp: 0,
            };
            match exec::run(vm, &mut frame, None)? {
                FrameExit::Return(v) => Ok(v),
                FrameExit::Yield(_) => {
                    Err(vm.new_exception(&exception::SYNTAX_ERROR, "'yield' outside function"))
                }
            }
        })
    });
    vm.call_depth -= 1;
    (vm.current_globals, vm.current_locals) = saved;
    result
}

fn local_slot(code: Obj<CodeObj>, slots: &[Cell<Value>], i: usize) -> Option<&Cell<Value>> {
    code.n_state.checked_sub(i + 1).and_then(|j| slots.get(j))
}

/// The qualified name of a function, for error messages (error paths only: interns it).
fn func_name(vm: &mut Vm, func: Obj<FunctionObj>) -> &'static str {
    let mut b = crate::objects::str::StrBuilder::new();
    if crate::objects::function::write_qualname(vm, func, &mut b).is_err() {
        return vm.qstr_str(func.name.get());
    }
    match b.as_str().map(|s| vm.qstrs.intern(s)) {
        Some(Ok(q)) => vm.qstr_str(q),
        _ => vm.qstr_str(func.name.get()),
    }
}

fn arg_name(code: Obj<CodeObj>, i: usize) -> Option<Qstr> {
    Obj::<TupleObj>::from_value(code.arg_names)
        .and_then(|t| t.get().get(i))
        .and_then(|v| v.as_qstr())
}

/// How a parameter's name is shown: without the `/` that marks a positional-only one.
pub fn shown_arg_name(vm: &Vm, q: Qstr) -> &'static str {
    let text = vm.qstr_str(q);
    text.strip_prefix('/').unwrap_or(text)
}

/// CPython's error for keywords naming positional-only parameters (when no `**kwargs`
/// takes them), listing every such keyword of the call; None if there is none.
fn positional_only_error(
    vm: &mut Vm,
    func: Obj<FunctionObj>,
    code: Obj<CodeObj>,
    first: usize,
    kw: &[Value],
) -> Option<super::PyErr> {
    let mut b = crate::objects::str::StrBuilder::new();
    let mut n = 0;
    for i in first..code.n_pos_args {
        let Some(param) = arg_name(code, i) else {
            continue;
        };
        let Some(plain) = vm.qstr_str(param).strip_prefix('/') else {
            continue;
        };
        let named = kw
            .chunks(2)
            .filter_map(|pair| pair.first())
            .any(|k| crate::objects::str::str_of(vm, *k) == Some(plain));
        if named {
            let sep = if n == 0 { "" } else { ", " };
            if b.push_fmt(vm, format_args!("{sep}{plain}")).is_err() {
                return Some(vm.memory_error());
            }
            n += 1;
        }
    }
    if n == 0 {
        return None;
    }
    let fname = func_name(vm, func);
    let names = b.as_str().unwrap_or("");
    Some(vm.new_exception_fmt(
        &exception::TYPE_ERROR,
        format_args!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            fname, names
        ),
    ))
}

/// Bind call arguments into a new frame's local slots (MPY.md §5.8), then make cells.
fn bind_arguments(
    vm: &mut Vm,
    func: Obj<FunctionObj>,
    code: Obj<CodeObj>,
    slots: &[Cell<Value>],
    self_: Option<Value>,
    args: &[Value],
    kw: &[Value],
) -> PyResult<()> {
    // Fast path: plain positional call of a function without closure, defaults to fill,
    // *args/**kw or keyword-only parameters.
    if kw.is_empty()
        && func.closure.is_null()
        && code.scope_flags & !scope_flags::GENERATOR == 0
        && code.n_kwonly_args == 0
        && code.n_pos_args == args.len() + usize::from(self_.is_some())
    {
        let n = code.n_state;
        let mut i = 0;
        if let Some(s) = self_ {
            if let Some(c) = n.checked_sub(1).and_then(|j| slots.get(j)) {
                c.set(s);
            }
            i = 1;
        }
        for a in args {
            if let Some(c) = n.checked_sub(i + 1).and_then(|j| slots.get(j)) {
                c.set(*a);
            }
            i += 1;
        }
        if code.cells.0 == code.cells.1 {
            return Ok(());
        }
        return make_cells(vm, code, slots);
    }
    let closure = Obj::<TupleObj>::from_value(func.closure)
        .map(|t| t.get().items())
        .unwrap_or(&[]);
    let n_free = closure.len();
    let n_pos_params = code.n_pos_args;
    let n_kwonly = code.n_kwonly_args;
    let flags = code.scope_flags;
    let n_given = n_free + usize::from(self_.is_some()) + args.len();
    let positional = |i: usize| -> Value {
        if i < n_free {
            closure.get(i).copied().unwrap_or(Value::NULL)
        } else if let Some(s) = self_ {
            if i == n_free {
                s
            } else {
                args.get(i - n_free - 1).copied().unwrap_or(Value::NULL)
            }
        } else {
            args.get(i - n_free).copied().unwrap_or(Value::NULL)
        }
    };
    let set = |i: usize, v: Value| {
        if let Some(c) = local_slot(code, slots, i) {
            c.set(v);
        }
    };
    let user_pos_params = n_pos_params - n_free.min(n_pos_params);
    // Positional arguments.
    if n_given > n_pos_params && flags & scope_flags::VARARGS == 0 {
        let given = n_given - n_free;
        let name = func_name(vm, func);
        let n_defaults = code.n_def_pos_args;
        return Err(if n_defaults > 0 {
            vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!(
                    "{}() takes from {} to {} positional arguments but {} were given",
                    name,
                    user_pos_params - n_defaults,
                    user_pos_params,
                    given
                ),
            )
        } else {
            vm.new_exception_fmt(
                &exception::TYPE_ERROR,
                format_args!(
                    "{}() takes {} positional argument{} but {} {} given",
                    name,
                    user_pos_params,
                    if user_pos_params == 1 { "" } else { "s" },
                    given,
                    if given == 1 { "was" } else { "were" }
                ),
            )
        });
    }
    for i in 0..n_given.min(n_pos_params) {
        set(i, positional(i));
    }
    let mut next_slot = n_pos_params + n_kwonly;
    if flags & scope_flags::VARARGS != 0 {
        let extra = if n_given > n_pos_params {
            let l = new_list_with_capacity(vm, n_given - n_pos_params)?;
            for i in n_pos_params..n_given {
                l.push(vm, positional(i))?;
            }
            new_tuple(vm, values_of(l))?
        } else {
            Value::from_ptr(&crate::objects::tuple::EMPTY_TUPLE)
        };
        set(next_slot, extra);
        next_slot += 1;
    }
    let kw_dict = if flags & scope_flags::VARKEYWORDS != 0 {
        let d = new_dict_obj(vm, 0)?.as_value();
        set(next_slot, d);
        d
    } else {
        Value::NULL
    };
    // Keyword arguments.
    for pair in kw.chunks(2) {
        let (Some(&name_v), Some(&value)) = (pair.first(), pair.get(1)) else {
            continue;
        };
        let name = crate::objects::str::intern_value(vm, name_v)?
            .ok_or_else(|| vm.type_error("keywords must be strings"))?;
        let mut matched = false;
        for i in n_free..n_pos_params + n_kwonly {
            if arg_name(code, i) == Some(name) {
                let slot = local_slot(code, slots, i);
                if slot.is_some_and(|c| !c.get().is_null()) {
                    let fname = func_name(vm, func);
                    return Err(vm.new_exception_fmt(
                        &exception::TYPE_ERROR,
                        format_args!(
                            "{}() got multiple values for argument '{}'",
                            fname,
                            vm.qstr_str(name)
                        ),
                    ));
                }
                set(i, value);
                matched = true;
                break;
            }
        }
        if !matched {
            if kw_dict.is_null() {
                if let Some(e) = positional_only_error(vm, func, code, n_free, kw) {
                    return Err(e);
                }
                let fname = func_name(vm, func);
                return Err(vm.new_exception_fmt(
                    &exception::TYPE_ERROR,
                    format_args!(
                        "{}() got an unexpected keyword argument '{}'",
                        fname,
                        vm.qstr_str(name)
                    ),
                ));
            }
            crate::objects::dict::dict_set(vm, kw_dict, Value::from_qstr(name), value)?;
        }
    }
    // Defaults for missing positional parameters.
    let defaults = Obj::<TupleObj>::from_value(func.defaults.get())
        .map(|t| t.get().items())
        .unwrap_or(&[]);
    let first_default = n_pos_params - defaults.len().min(n_pos_params);
    let mut missing: [Qstr; 8] = [Qstr(0); 8];
    let mut n_missing = 0;
    for i in n_free..n_pos_params {
        let Some(c) = local_slot(code, slots, i) else {
            continue;
        };
        if c.get().is_null() {
            if i >= first_default {
                c.set(
                    defaults
                        .get(i - first_default)
                        .copied()
                        .unwrap_or(Value::NONE),
                );
            } else {
                if n_missing < missing.len() {
                    missing[n_missing] = arg_name(code, i).unwrap_or(Qstr(0));
                }
                n_missing += 1;
            }
        }
    }
    if n_missing > 0 {
        return Err(missing_arguments(
            vm,
            func,
            "positional",
            &missing[..n_missing.min(8)],
            n_missing,
        ));
    }
    // Keyword-only parameters.
    let mut n_missing = 0;
    for i in n_pos_params..n_pos_params + n_kwonly {
        let Some(c) = local_slot(code, slots, i) else {
            continue;
        };
        if c.get().is_null() {
            let name = arg_name(code, i).unwrap_or(Qstr(0));
            let kwdefaults = func.kwdefaults.get();
            let default = if kwdefaults.is_null() {
                None
            } else {
                crate::objects::dict::dict_get_qstr(vm, kwdefaults, name)?
            };
            match default {
                Some(v) => c.set(v),
                None => {
                    if n_missing < missing.len() {
                        missing[n_missing] = name;
                    }
                    n_missing += 1;
                }
            }
        }
    }
    if n_missing > 0 {
        return Err(missing_arguments(
            vm,
            func,
            "keyword-only",
            &missing[..n_missing.min(8)],
            n_missing,
        ));
    }
    make_cells(vm, code, slots)
}

fn missing_arguments(
    vm: &mut Vm,
    func: Obj<FunctionObj>,
    kind: &str,
    names: &[Qstr],
    n: usize,
) -> super::PyErr {
    let mut b = crate::objects::str::StrBuilder::new();
    let fname = func_name(vm, func);
    let _ = b.push_fmt(
        vm,
        format_args!(
            "{}() missing {} required {} argument{}: ",
            fname,
            n,
            kind,
            if n == 1 { "" } else { "s" }
        ),
    );
    for (i, q) in names.iter().enumerate() {
        let sep = if i == 0 {
            ""
        } else if i + 1 == names.len() {
            if names.len() > 2 {
                ", and "
            } else {
                " and "
            }
        } else {
            ", "
        };
        let _ = b.push_fmt(vm, format_args!("{}'{}'", sep, shown_arg_name(vm, *q)));
    }
    match b.as_str() {
        Some(s) => vm.new_exception(&exception::TYPE_ERROR, s),
        None => vm.memory_error(),
    }
}

/// Wrap the slots named in the cell list into cells (MPY.md §5.6).
fn make_cells(vm: &mut Vm, code: Obj<CodeObj>, slots: &[Cell<Value>]) -> PyResult<()> {
    for &slot in code.cell_slots() {
        if let Some(c) = local_slot(code, slots, usize::from(slot)) {
            let cell = new_cell(vm, c.get())?;
            c.set(cell.as_value());
        }
    }
    Ok(())
}

fn function_call_slot(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = args.first().copied().unwrap_or(Value::NONE);
    call(vm, f, args.get(1..).unwrap_or(&[]), kw)
}

pub static FUNCTION_SLOTS: TypeSlots = TypeSlots {
    call: Some(function_call_slot),
    repr: Some(crate::builtins::function_methods::function_repr),
    getattr: Some(crate::builtins::function_methods::function_getattr),
    setattr: Some(crate::builtins::function_methods::function_setattr),
    descr_get: Some(crate::builtins::function_methods::function_descr_get),
    ..TypeSlots::EMPTY
};

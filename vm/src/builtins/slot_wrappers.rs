//! Special methods of built-in types as attributes (`[].__len__`, `int.__add__`,
//! `dict.__getitem__`...): each dunder name maps to a function that calls the type's
//! native slot, so Python code can call or look up what the slots implement.

use crate::builtin_fn;
use crate::bytecode::opcodes::{binary, unary};
use crate::interp::typeobj::type_of;
use crate::interp::{ops, PyResult, Vm};
use crate::objects::exception;
use crate::objects::function::BuiltinFunction;
use crate::objects::type_object::{CompareOp, SubscrOp, TypeObject};
use crate::qstr::{self, Qstr};
use crate::value::Value;

/// Argument `i`; `self` (argument 0) is unwrapped to the built-in value a Python
/// subclass instance extends, so `list.__repr__(my_list)` runs list's own slot.
fn arg(args: &[Value], i: usize) -> Value {
    let v = args.get(i).copied().unwrap_or(Value::NONE);
    if i == 0 {
        crate::interp::typeobj::native_base_of(v).unwrap_or(v)
    } else {
        v
    }
}

fn need(vm: &mut Vm, args: &[Value], n: usize, name: &str) -> PyResult<()> {
    if args.len() == n {
        Ok(())
    } else {
        Err(vm.new_exception_fmt(
            &exception::TYPE_ERROR,
            format_args!(
                "{}() takes exactly {} argument{} ({} given)",
                name,
                n - 1,
                if n == 2 { "" } else { "s" },
                args.len().saturating_sub(1)
            ),
        ))
    }
}

macro_rules! compare_wrapper {
    ($static:ident, $fname:ident, $q:expr, $op:expr) => {
        fn $fname(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            need(vm, args, 2, vm.qstr_str($q))?;
            let (a, b) = (arg(args, 0), arg(args, 1));
            match type_of(a).slots.compare {
                Some(f) => f(vm, a, b, $op),
                None => Ok(Value::NOT_IMPLEMENTED),
            }
        }
        builtin_fn!($static, $q, $fname);
    };
}

compare_wrapper!(W_LT, w_lt, qstr::__lt__, CompareOp::Lt);
compare_wrapper!(W_LE, w_le, qstr::__le__, CompareOp::Le);
compare_wrapper!(W_EQ, w_eq, qstr::__eq__, CompareOp::Eq);
compare_wrapper!(W_NE, w_ne, qstr::__ne__, CompareOp::Ne);
compare_wrapper!(W_GT, w_gt, qstr::__gt__, CompareOp::Gt);
compare_wrapper!(W_GE, w_ge, qstr::__ge__, CompareOp::Ge);

macro_rules! binary_wrapper {
    ($static:ident, $fname:ident, $q:expr, $op:expr) => {
        fn $fname(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            need(vm, args, 2, vm.qstr_str($q))?;
            let (a, b) = (arg(args, 0), arg(args, 1));
            match type_of(a).slots.binary_op {
                Some(f) => f(vm, $op, a, b),
                None => Ok(Value::NOT_IMPLEMENTED),
            }
        }
        builtin_fn!($static, $q, $fname);
    };
}

const R: u8 = ops::REVERSE_BASE;
binary_wrapper!(W_ADD, w_add, qstr::__add__, binary::ADD);
binary_wrapper!(W_SUB, w_sub, qstr::__sub__, binary::SUBTRACT);
binary_wrapper!(W_MUL, w_mul, qstr::__mul__, binary::MULTIPLY);
binary_wrapper!(W_TRUEDIV, w_truediv, qstr::__truediv__, binary::TRUE_DIVIDE);
binary_wrapper!(
    W_FLOORDIV,
    w_floordiv,
    qstr::__floordiv__,
    binary::FLOOR_DIVIDE
);
binary_wrapper!(W_MOD, w_mod, qstr::__mod__, binary::MODULO);
binary_wrapper!(W_POW, w_pow, qstr::__pow__, binary::POWER);
binary_wrapper!(W_AND, w_and, qstr::__and__, binary::AND);
binary_wrapper!(W_OR, w_or, qstr::__or__, binary::OR);
binary_wrapper!(W_XOR, w_xor, qstr::__xor__, binary::XOR);
binary_wrapper!(W_LSHIFT, w_lshift, qstr::__lshift__, binary::LSHIFT);
binary_wrapper!(W_RSHIFT, w_rshift, qstr::__rshift__, binary::RSHIFT);
binary_wrapper!(W_RADD, w_radd, qstr::__radd__, R + binary::ADD - binary::OR);
binary_wrapper!(
    W_RSUB,
    w_rsub,
    qstr::__rsub__,
    R + binary::SUBTRACT - binary::OR
);
binary_wrapper!(
    W_RMUL,
    w_rmul,
    qstr::__rmul__,
    R + binary::MULTIPLY - binary::OR
);
binary_wrapper!(
    W_RTRUEDIV,
    w_rtruediv,
    qstr::__rtruediv__,
    R + binary::TRUE_DIVIDE - binary::OR
);
binary_wrapper!(
    W_RFLOORDIV,
    w_rfloordiv,
    qstr::__rfloordiv__,
    R + binary::FLOOR_DIVIDE - binary::OR
);
binary_wrapper!(
    W_RMOD,
    w_rmod,
    qstr::__rmod__,
    R + binary::MODULO - binary::OR
);
binary_wrapper!(
    W_RPOW,
    w_rpow,
    qstr::__rpow__,
    R + binary::POWER - binary::OR
);
binary_wrapper!(W_IADD, w_iadd, qstr::__iadd__, binary::INPLACE_ADD);
binary_wrapper!(W_IMUL, w_imul, qstr::__imul__, binary::INPLACE_MULTIPLY);
binary_wrapper!(W_IOR, w_ior, qstr::__ior__, binary::INPLACE_OR);

macro_rules! unary_wrapper {
    ($static:ident, $fname:ident, $q:expr, $op:expr) => {
        fn $fname(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            need(vm, args, 1, vm.qstr_str($q))?;
            ops::unary_op(vm, $op, arg(args, 0))
        }
        builtin_fn!($static, $q, $fname);
    };
}

unary_wrapper!(W_NEG, w_neg, qstr::__neg__, unary::NEGATIVE);
unary_wrapper!(W_POS, w_pos, qstr::__pos__, unary::POSITIVE);
unary_wrapper!(W_INVERT, w_invert, qstr::__invert__, unary::INVERT);

fn w_len(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    need(vm, args, 1, "__len__")?;
    let n = ops::len(vm, arg(args, 0))?;
    crate::objects::int::int_from_i64(vm, n as i64)
}
builtin_fn!(W_LEN, qstr::__len__, w_len);

fn w_getitem(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    need(vm, args, 2, "__getitem__")?;
    ops::subscr_load(vm, arg(args, 0), arg(args, 1))
}
builtin_fn!(W_GETITEM, qstr::__getitem__, w_getitem);

fn w_setitem(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    need(vm, args, 3, "__setitem__")?;
    let (o, k, v) = (arg(args, 0), arg(args, 1), arg(args, 2));
    match type_of(o).slots.subscr {
        Some(f) => f(vm, o, k, SubscrOp::Store(v)).map(|_| Value::NONE),
        None => ops::subscr_store(vm, o, k, v).map(|_| Value::NONE),
    }
}
builtin_fn!(W_SETITEM, qstr::__setitem__, w_setitem);

fn w_delitem(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    need(vm, args, 2, "__delitem__")?;
    ops::subscr_delete(vm, arg(args, 0), arg(args, 1)).map(|_| Value::NONE)
}
builtin_fn!(W_DELITEM, qstr::__delitem__, w_delitem);

fn w_contains(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    need(vm, args, 2, "__contains__")?;
    Ok(Value::from_bool(ops::contains(
        vm,
        arg(args, 0),
        arg(args, 1),
    )?))
}
builtin_fn!(W_CONTAINS, qstr::__contains__, w_contains);

fn w_iter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    need(vm, args, 1, "__iter__")?;
    ops::get_iter(vm, arg(args, 0))
}
builtin_fn!(W_ITER, qstr::__iter__, w_iter);

fn w_next(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    need(vm, args, 1, "__next__")?;
    match crate::builtins::generator_methods::next_with_value(vm, arg(args, 0))? {
        Ok(v) => Ok(v),
        Err(v) => Err(crate::builtins::generator_methods::stop_iteration(vm, v)),
    }
}
builtin_fn!(W_NEXT, qstr::__next__, w_next);

fn w_hash(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    need(vm, args, 1, "__hash__")?;
    let h = ops::hash(vm, arg(args, 0))?;
    crate::objects::int::int_from_i64(vm, h)
}
builtin_fn!(W_HASH, qstr::__hash__, w_hash);

fn w_repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    need(vm, args, 1, "__repr__")?;
    ops::repr(vm, arg(args, 0))
}
builtin_fn!(W_REPR, qstr::__repr__, w_repr);

fn w_str(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    need(vm, args, 1, "__str__")?;
    ops::str_value(vm, arg(args, 0))
}
builtin_fn!(W_STR, qstr::__str__, w_str);

fn w_bool(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    need(vm, args, 1, "__bool__")?;
    Ok(Value::from_bool(ops::truthy(vm, arg(args, 0))?))
}
builtin_fn!(W_BOOL, qstr::__bool__, w_bool);

fn w_get(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() < 2 || args.len() > 3 {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    let d = arg(args, 0);
    match type_of(d).slots.descr_get {
        Some(f) => f(
            vm,
            d,
            arg(args, 1),
            args.get(2).copied().unwrap_or(Value::NONE),
        ),
        None => Ok(d),
    }
}
builtin_fn!(W_GET, qstr::__get__, w_get);

fn w_set(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    need(vm, args, 3, "__set__")?;
    let d = arg(args, 0);
    if let Some(f) = type_of(d).slots.descr_set {
        f(vm, d, arg(args, 1), arg(args, 2))?;
    }
    Ok(Value::NONE)
}
builtin_fn!(W_SET, qstr::__set__, w_set);

fn w_delete(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    need(vm, args, 2, "__delete__")?;
    let d = arg(args, 0);
    if let Some(f) = type_of(d).slots.descr_set {
        f(vm, d, arg(args, 1), Value::NULL)?;
    }
    Ok(Value::NONE)
}
builtin_fn!(W_DELETE, qstr::__delete__, w_delete);

fn w_call(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if crate::interp::typeobj::as_type(arg(args, 0)).is_some() {
        // `type.__call__(cls, ...)` (a metaclass's super().__call__): construct directly,
        // not through the metaclass's own `__call__` again.
        return crate::interp::classes::type_call(vm, args, kw);
    }
    crate::interp::call::call(vm, arg(args, 0), args.get(1..).unwrap_or(&[]), kw)
}
builtin_fn!(W_CALL, qstr::__call__, w_call);

fn w_init(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::NONE)
}
builtin_fn!(W_INIT, qstr::__init__, w_init);

fn w_int(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    need(vm, args, 1, "__int__")?;
    crate::builtins::int_methods::int_from_value(vm, arg(args, 0))
}
builtin_fn!(W_INT, qstr::__int__, w_int);

fn w_float(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    need(vm, args, 1, "__float__")?;
    crate::builtins::float_methods::float_from_value(vm, arg(args, 0))
}
builtin_fn!(W_FLOAT, qstr::__float__, w_float);

fn w_abs(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    need(vm, args, 1, "__abs__")?;
    crate::builtins::functions::abs(vm, &[arg(args, 0)], &[])
}
builtin_fn!(W_ABS, qstr::__abs__, w_abs);

fn w_divmod(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    need(vm, args, 2, "__divmod__")?;
    crate::builtins::functions::divmod(vm, &[arg(args, 0), arg(args, 1)], &[])
}
builtin_fn!(W_DIVMOD, qstr::__divmod__, w_divmod);

fn w_rdivmod(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    need(vm, args, 2, "__rdivmod__")?;
    crate::builtins::functions::divmod(vm, &[arg(args, 1), arg(args, 0)], &[])
}
builtin_fn!(W_RDIVMOD, qstr::__rdivmod__, w_rdivmod);

fn w_round(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return need(vm, args, 2, "__round__").map(|_| Value::NONE);
    }
    let mut a = [arg(args, 0), Value::NONE];
    let n = if let Some(&nd) = args.get(1) {
        a[1] = nd;
        2
    } else {
        1
    };
    crate::builtins::functions::round(vm, a.get(..n).unwrap_or(&[]), &[])
}
builtin_fn!(W_ROUND, qstr::__round__, w_round);

/// `__trunc__`/`__floor__`/`__ceil__` of an int or float: an int rounded by `f`.
fn to_int_by(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    need(vm, args, 1, name)?;
    let v = arg(args, 0);
    if v.is_float() {
        crate::builtins::float_methods::float_to_int(vm, f(v.as_f64()))
    } else {
        crate::builtins::int_methods::int_from_value(vm, v)
    }
}

fn w_trunc(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    to_int_by(vm, args, "__trunc__", libm::trunc)
}
builtin_fn!(W_TRUNC, qstr::__trunc__, w_trunc);

fn w_floor(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    to_int_by(vm, args, "__floor__", libm::floor)
}
builtin_fn!(W_FLOOR, qstr::__floor__, w_floor);

fn w_ceil(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    to_int_by(vm, args, "__ceil__", libm::ceil)
}
builtin_fn!(W_CEIL, qstr::__ceil__, w_ceil);

/// Every name `slot_method` may answer, for `dir()`.
pub const SLOT_NAMES: &[Qstr] = &[
    qstr::__lt__,
    qstr::__le__,
    qstr::__eq__,
    qstr::__ne__,
    qstr::__gt__,
    qstr::__ge__,
    qstr::__add__,
    qstr::__sub__,
    qstr::__mul__,
    qstr::__truediv__,
    qstr::__floordiv__,
    qstr::__mod__,
    qstr::__pow__,
    qstr::__and__,
    qstr::__or__,
    qstr::__xor__,
    qstr::__lshift__,
    qstr::__rshift__,
    qstr::__radd__,
    qstr::__rsub__,
    qstr::__rmul__,
    qstr::__rtruediv__,
    qstr::__rfloordiv__,
    qstr::__rmod__,
    qstr::__rpow__,
    qstr::__iadd__,
    qstr::__imul__,
    qstr::__ior__,
    qstr::__neg__,
    qstr::__pos__,
    qstr::__invert__,
    qstr::__len__,
    qstr::__getitem__,
    qstr::__setitem__,
    qstr::__delitem__,
    qstr::__contains__,
    qstr::__iter__,
    qstr::__next__,
    qstr::__hash__,
    qstr::__repr__,
    qstr::__str__,
    qstr::__bool__,
    qstr::__call__,
    qstr::__get__,
    qstr::__set__,
    qstr::__delete__,
    qstr::__int__,
    qstr::__index__,
    qstr::__float__,
    qstr::__init__,
    qstr::__abs__,
    qstr::__divmod__,
    qstr::__rdivmod__,
    qstr::__round__,
    qstr::__trunc__,
    qstr::__floor__,
    qstr::__ceil__,
];

/// The slot wrapper for `name` on built-in type `t`, if `t` implements that slot.
pub fn slot_method(t: &'static TypeObject, name: Qstr) -> Option<&'static BuiltinFunction> {
    let s = t.slots;
    let is_real = crate::interp::typeobj::is_subtype(t, &crate::objects::int::INT_TYPE)
        || core::ptr::eq(t, &crate::objects::float::FLOAT_TYPE);
    let is_num = is_real || core::ptr::eq(t, &crate::builtins::complex_methods::COMPLEX_TYPE);
    let is = |u: &TypeObject| core::ptr::eq(t, u);
    let int_like = crate::interp::typeobj::is_subtype(t, &crate::objects::int::INT_TYPE);
    let complex = is(&crate::builtins::complex_methods::COMPLEX_TYPE);
    // Which binary operators the shared `binary_op` slot really implements for `t`.
    let text = is(&crate::objects::str::STR_TYPE)
        || is(&crate::objects::bytes::BYTES_TYPE)
        || is(&crate::builtins::bytes_methods::BYTEARRAY_TYPE);
    let sequence =
        text || is(&crate::objects::list::LIST_TYPE) || is(&crate::objects::tuple::TUPLE_TYPE);
    let set_like = is(&crate::builtins::set_methods::SET_TYPE)
        || is(&crate::builtins::set_methods::FROZENSET_TYPE)
        || is(&crate::builtins::dict_methods::DICT_KEYS_TYPE)
        || is(&crate::builtins::dict_methods::DICT_ITEMS_TYPE);
    let has_bin = s.binary_op.is_some();
    let adds = has_bin && (is_num || sequence);
    let muls = has_bin && (is_num || sequence);
    let mods = has_bin && ((is_num && !complex) || text);
    let bitwise = has_bin && (int_like || set_like);
    let ors = bitwise || (has_bin && is(&crate::objects::dict::DICT_TYPE));
    let immutable = text && !is(&crate::builtins::bytes_methods::BYTEARRAY_TYPE)
        || is(&crate::objects::tuple::TUPLE_TYPE)
        || is(&crate::objects::range::RANGE_TYPE);
    let f: &'static BuiltinFunction = match name {
        qstr::__lt__ if s.compare.is_some() => &W_LT,
        qstr::__le__ if s.compare.is_some() => &W_LE,
        qstr::__eq__ if s.compare.is_some() => &W_EQ,
        qstr::__ne__ if s.compare.is_some() => &W_NE,
        qstr::__gt__ if s.compare.is_some() => &W_GT,
        qstr::__ge__ if s.compare.is_some() => &W_GE,
        qstr::__add__ if adds => &W_ADD,
        qstr::__sub__ if is_num || (has_bin && set_like) => &W_SUB,
        qstr::__mul__ if muls => &W_MUL,
        qstr::__truediv__ if is_num => &W_TRUEDIV,
        qstr::__floordiv__ if is_num && !complex => &W_FLOORDIV,
        qstr::__mod__ if mods => &W_MOD,
        qstr::__pow__ if is_num => &W_POW,
        qstr::__and__ if bitwise => &W_AND,
        qstr::__xor__ if bitwise => &W_XOR,
        qstr::__or__ if ors => &W_OR,
        qstr::__lshift__ if int_like => &W_LSHIFT,
        qstr::__rshift__ if int_like => &W_RSHIFT,
        qstr::__radd__ if is_num => &W_RADD,
        qstr::__rsub__ if is_num => &W_RSUB,
        qstr::__rmul__ if muls => &W_RMUL,
        qstr::__rtruediv__ if is_num => &W_RTRUEDIV,
        qstr::__rfloordiv__ if is_num && !complex => &W_RFLOORDIV,
        qstr::__rmod__ if is_num && !complex => &W_RMOD,
        qstr::__rpow__ if is_num => &W_RPOW,
        qstr::__iadd__ if core::ptr::eq(t, &crate::objects::list::LIST_TYPE) => &W_IADD,
        qstr::__imul__ if core::ptr::eq(t, &crate::objects::list::LIST_TYPE) => &W_IMUL,
        qstr::__ior__ if core::ptr::eq(t, &crate::objects::dict::DICT_TYPE) => &W_IOR,
        qstr::__neg__ if is_num => &W_NEG,
        qstr::__pos__ if is_num => &W_POS,
        qstr::__invert__
            if crate::interp::typeobj::is_subtype(t, &crate::objects::int::INT_TYPE) =>
        {
            &W_INVERT
        }
        qstr::__len__ if s.len.is_some() => &W_LEN,
        qstr::__getitem__ if s.subscr.is_some() => &W_GETITEM,
        qstr::__setitem__ if s.subscr.is_some() && !immutable => &W_SETITEM,
        qstr::__delitem__ if s.subscr.is_some() && !immutable => &W_DELITEM,
        qstr::__contains__ if s.contains.is_some() => &W_CONTAINS,
        qstr::__iter__ if s.iter.is_some() => &W_ITER,
        qstr::__next__ if s.iternext.is_some() => &W_NEXT,
        qstr::__hash__ if s.hash.is_some() => &W_HASH,
        qstr::__repr__ if s.repr.is_some() => &W_REPR,
        qstr::__str__ if s.repr.is_some() || s.str.is_some() => &W_STR,
        qstr::__bool__ if s.bool.is_some() => &W_BOOL,
        qstr::__call__ if s.call.is_some() => &W_CALL,
        qstr::__get__ if s.descr_get.is_some() => &W_GET,
        qstr::__set__ if s.descr_set.is_some() => &W_SET,
        qstr::__delete__ if s.descr_set.is_some() => &W_DELETE,
        qstr::__int__ | qstr::__index__ if int_like => &W_INT,
        qstr::__int__ if is_real => &W_INT,
        qstr::__abs__ if is_num => &W_ABS,
        qstr::__divmod__ if is_real => &W_DIVMOD,
        qstr::__rdivmod__ if is_real => &W_RDIVMOD,
        qstr::__round__ if is_real => &W_ROUND,
        qstr::__trunc__ if is_real => &W_TRUNC,
        qstr::__floor__ if is_real => &W_FLOOR,
        qstr::__ceil__ if is_real => &W_CEIL,
        // Not complex: `float(1j)` must fail instead of calling back into `float()`.
        qstr::__float__ if is_real => &W_FLOAT,
        qstr::__init__ if s.make_new.is_some() => &W_INIT,
        _ => return None,
    };
    Some(f)
}

//! `Value`: the 8-byte, `Copy`, NaN-boxed word every Python value is (ARCHITECTURE.md
//! decision 2; the choice of NaN-boxing over pointer tagging is argued in docs/DESIGN.md).
//!
//! A word whose top 16 bits are below `0xFFF9` is an IEEE double (every NaN is stored as
//! the canonical positive quiet NaN, so negative-NaN bit patterns are free for tags).
//! Above that, the top 16 bits are a tag and the low 48 bits a payload:
//!
//! | top 16 bits | meaning | payload |
//! |---|---|---|
//! | `0xFFF9` | heap object | address (48 bits) |
//! | `0xFFFA` | small int | two's-complement 48-bit integer |
//! | `0xFFFB` | interned string (qstr) | qstr index |
//! | `0xFFFC` | singleton | NULL, None, False, True, Ellipsis, NotImplemented |
//!
//! `==` on `Value` is identity (Python `is`), never Python equality.

use crate::qstr::Qstr;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(u64);

const TAG_SHIFT: u32 = 48;
const PAYLOAD_MASK: u64 = (1 << TAG_SHIFT) - 1;
const FIRST_TAG: u64 = 0xFFF9;
const TAG_OBJECT: u64 = 0xFFF9;
const TAG_SMALL_INT: u64 = 0xFFFA;
const TAG_QSTR: u64 = 0xFFFB;
const TAG_SPECIAL: u64 = 0xFFFC;
const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

/// Smallest and largest integers held as immediates; others are big ints on the heap.
pub const SMALL_INT_MIN: i64 = -(1 << 47);
pub const SMALL_INT_MAX: i64 = (1 << 47) - 1;

const fn special(n: u64) -> Value {
    Value((TAG_SPECIAL << TAG_SHIFT) | n)
}

impl Value {
    /// The VM-internal "no value" sentinel of MPY.md (unbound locals, `LOAD_NULL`); never
    /// visible to Python code.
    pub const NULL: Value = special(0);
    pub const NONE: Value = special(1);
    pub const FALSE: Value = special(2);
    pub const TRUE: Value = special(3);
    pub const ELLIPSIS: Value = special(4);
    pub const NOT_IMPLEMENTED: Value = special(5);

    #[inline(always)]
    pub const fn bits(self) -> u64 {
        self.0
    }

    #[inline(always)]
    const fn tag(self) -> u64 {
        self.0 >> TAG_SHIFT
    }

    #[inline(always)]
    pub fn from_f64(f: f64) -> Value {
        let bits = f.to_bits();
        if f.is_nan() && bits >> TAG_SHIFT >= FIRST_TAG {
            // A negative NaN would collide with the tags: keep its payload, drop the sign.
            Value(bits & !(1 << 63))
        } else {
            Value(bits)
        }
    }

    /// A NaN distinct (as a value, for `is`) from every NaN made before: CPython's
    /// `float('nan')` makes a new object each time, so `[float('nan')] ==
    /// [float('nan')]` is False while `[x] == [x]` is True. The payload is a counter.
    pub fn fresh_nan() -> Value {
        static NEXT_PAYLOAD: core::sync::atomic::AtomicU64 = core::sync::atomic::AtomicU64::new(1);
        let n = NEXT_PAYLOAD.fetch_add(1, core::sync::atomic::Ordering::Relaxed) & ((1 << 50) - 1);
        // A positive quiet NaN with the payload (the sign of a NaN never shows in Python).
        Value(CANONICAL_NAN | n.max(1))
    }

    #[inline(always)]
    pub const fn is_float(self) -> bool {
        self.tag() < FIRST_TAG
    }

    #[inline(always)]
    pub fn as_f64(self) -> f64 {
        f64::from_bits(self.0)
    }

    /// A small int; the caller guarantees `SMALL_INT_MIN <= i <= SMALL_INT_MAX`.
    #[inline(always)]
    pub const fn small_int_unchecked(i: i64) -> Value {
        Value((TAG_SMALL_INT << TAG_SHIFT) | (i as u64 & PAYLOAD_MASK))
    }

    /// A small int if `i` fits the immediate range.
    #[inline(always)]
    pub fn try_small_int(i: i64) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            Some(Value::small_int_unchecked(i))
        } else {
            None
        }
    }

    #[inline(always)]
    pub const fn is_small_int(self) -> bool {
        self.tag() == TAG_SMALL_INT
    }

    /// The integer of a small int (meaningless for other values).
    #[inline(always)]
    pub const fn small_int_value(self) -> i64 {
        ((self.0 << 16) as i64) >> 16
    }

    #[inline(always)]
    pub fn as_small_int(self) -> Option<i64> {
        if self.is_small_int() {
            Some(self.small_int_value())
        } else {
            None
        }
    }

    #[inline(always)]
    pub const fn from_qstr(q: Qstr) -> Value {
        Value((TAG_QSTR << TAG_SHIFT) | q.0 as u64)
    }

    #[inline(always)]
    pub const fn is_qstr(self) -> bool {
        self.tag() == TAG_QSTR
    }

    #[inline(always)]
    pub fn as_qstr(self) -> Option<Qstr> {
        if self.is_qstr() {
            Some(Qstr((self.0 & PAYLOAD_MASK) as u32))
        } else {
            None
        }
    }

    #[inline(always)]
    pub const fn from_bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    #[inline(always)]
    pub const fn is_bool(self) -> bool {
        self.0 == Value::TRUE.0 || self.0 == Value::FALSE.0
    }

    #[inline(always)]
    pub const fn is_null(self) -> bool {
        self.0 == Value::NULL.0
    }

    #[inline(always)]
    pub const fn is_none(self) -> bool {
        self.0 == Value::NONE.0
    }

    #[inline(always)]
    pub const fn is_special(self) -> bool {
        self.tag() == TAG_SPECIAL
    }

    /// A reference to an object at `addr` (a heap object or a static one).
    #[inline(always)]
    pub fn from_ptr<T>(ptr: *const T) -> Value {
        Value((TAG_OBJECT << TAG_SHIFT) | (ptr as usize as u64 & PAYLOAD_MASK))
    }

    #[inline(always)]
    pub const fn is_obj(self) -> bool {
        self.tag() == TAG_OBJECT
    }

    /// The address of an object reference (meaningless for other values).
    #[inline(always)]
    pub const fn obj_addr(self) -> usize {
        (self.0 & PAYLOAD_MASK) as usize
    }

    /// Reinterpret a raw word read from memory (GC scanning of conservative roots).
    #[inline(always)]
    pub const fn from_bits(bits: u64) -> Value {
        Value(bits)
    }
}

impl core::fmt::Debug for Value {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if self.is_float() {
            write!(f, "Float({})", self.as_f64())
        } else if self.is_small_int() {
            write!(f, "Int({})", self.small_int_value())
        } else if let Some(q) = self.as_qstr() {
            write!(f, "Qstr({})", q.0)
        } else if self.is_obj() {
            write!(f, "Obj({:#x})", self.obj_addr())
        } else {
            write!(f, "Special({})", self.0 & PAYLOAD_MASK)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_roundtrip_and_nan_is_canonical() {
        for f in [
            0.0,
            -0.0,
            1.5,
            -1.5,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MAX,
            f64::MIN,
        ] {
            let v = Value::from_f64(f);
            assert!(v.is_float());
            assert_eq!(v.as_f64().to_bits(), f.to_bits());
        }
        let neg_nan = f64::from_bits(0xFFFF_FFFF_FFFF_FFFF);
        let v = Value::from_f64(neg_nan);
        assert!(v.is_float() && v.as_f64().is_nan());
    }

    #[test]
    fn small_ints_cover_48_bits() {
        for i in [0, 1, -1, SMALL_INT_MIN, SMALL_INT_MAX, 12345, -98765] {
            let v = Value::try_small_int(i).unwrap();
            assert!(v.is_small_int() && !v.is_float());
            assert_eq!(v.small_int_value(), i);
        }
        assert!(Value::try_small_int(SMALL_INT_MAX + 1).is_none());
        assert!(Value::try_small_int(SMALL_INT_MIN - 1).is_none());
    }

    #[test]
    fn tags_are_distinct() {
        let singletons = [
            Value::NULL,
            Value::NONE,
            Value::FALSE,
            Value::TRUE,
            Value::ELLIPSIS,
        ];
        for s in singletons {
            assert!(!s.is_float() && !s.is_small_int() && !s.is_obj() && !s.is_qstr());
        }
        assert!(Value::TRUE.is_bool() && !Value::NONE.is_bool());
        let x = 7u64;
        let v = Value::from_ptr(&x);
        assert!(v.is_obj());
        assert_eq!(v.obj_addr(), &x as *const u64 as usize);
        assert!(Value::from_qstr(Qstr(42)).as_qstr() == Some(Qstr(42)));
    }
}

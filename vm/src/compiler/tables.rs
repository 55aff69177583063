//! The module-wide tables of a compiled file (MPY.md §6.4, §6.5, §9.2): qstrs in order of
//! first reference and constants in order of first use, duplicates merged when strictly
//! equal; plus the text forms of float and complex constants.

use super::budget::Budget;
use super::CompileError;
use crate::bytecode::module::MpyConst;
use crate::lexer::interner::Sym;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// Qstrs referenced by the module, entry 0 being the source file name.
#[derive(Default)]
pub struct QstrTable {
    pub order: Vec<Sym>,
    /// For each `Sym`, its index in `order` plus one (0 = not registered).
    index: Vec<u32>,
}

impl QstrTable {
    /// The index of `s`, registering it on first use.
    pub fn register(&mut self, budget: &Budget, s: Sym) -> Result<u32, CompileError> {
        let slot = s.0 as usize;
        if let Some(&i) = self.index.get(slot) {
            if i != 0 {
                return Ok(i - 1);
            }
        }
        if self.index.len() <= slot {
            let extra = slot + 1 - self.index.len();
            budget.reserve(&mut self.index, extra)?;
            self.index.resize(slot + 1, 0);
        }
        let i = self.order.len() as u32;
        budget.push(&mut self.order, s)?;
        if let Some(entry) = self.index.get_mut(slot) {
            *entry = i + 1;
        }
        Ok(i)
    }
}

/// Constants referenced by `LOAD_CONST_OBJ`.
#[derive(Default)]
pub struct ConstTable {
    pub items: Vec<MpyConst>,
}

impl ConstTable {
    /// The index of `c`, adding it unless a strictly equal constant exists.
    /// `mergeable` is false for a constant holding a NaN computed by folding: mpy-cross
    /// merges constants that are the same object or equal, and a fresh NaN is neither.
    pub fn register(
        &mut self,
        budget: &Budget,
        c: MpyConst,
        mergeable: bool,
    ) -> Result<u32, CompileError> {
        if mergeable {
            if let Some(i) = self.items.iter().position(|x| *x == c) {
                return Ok(i as u32);
            }
        }
        budget.push(&mut self.items, c)?;
        Ok(self.items.len() as u32 - 1)
    }
}

/// `repr()` of a float, as CPython prints it: the shortest digits that round-trip,
/// positional for exponents −4…15, otherwise `d.ddde±XX`. (MicroPython's own `repr`
/// agrees except for a few subnormals, where it prints 16 digits; both texts load to the
/// same value.)
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return String::from("nan");
    }
    if f.is_infinite() {
        return String::from(if f < 0.0 { "-inf" } else { "inf" });
    }
    if f == 0.0 {
        return String::from(if f.is_sign_negative() { "-0.0" } else { "0.0" });
    }
    let sci = format!("{:e}", f);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    if !(-4..16).contains(&exp) {
        let rest = digits
            .get(1..)
            .filter(|r| !r.is_empty())
            .map(|r| format!(".{r}"))
            .unwrap_or_default();
        let esign = if exp < 0 { '-' } else { '+' };
        return format!(
            "{sign}{}{rest}e{esign}{:02}",
            digits.get(..1).unwrap_or("0"),
            exp.abs()
        );
    }
    if exp < 0 {
        return format!("{sign}0.{}{digits}", "0".repeat((-exp - 1) as usize));
    }
    let int_len = exp as usize + 1;
    match (digits.get(..int_len), digits.get(int_len..)) {
        (Some(int_part), Some(frac)) if !frac.is_empty() => format!("{sign}{int_part}.{frac}"),
        _ => format!(
            "{sign}{digits}{}.0",
            "0".repeat(int_len.saturating_sub(digits.len()))
        ),
    }
}

/// Text of an imaginary constant (`repr` of a pure imaginary complex): `2j`, `1.5j`.
pub fn imag_repr(f: f64) -> String {
    let mut text = float_repr(f);
    if text.ends_with(".0") {
        text.truncate(text.len() - 2);
    }
    text.push('j');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_texts_match_python_repr() {
        let cases: [(f64, &str); 15] = [
            (5e-324, "5e-324"),
            (0.30000000000000004, "0.30000000000000004"),
            (0.1, "0.1"),
            (1e100, "1e+100"),
            (1e-7, "1e-07"),
            (-0.0, "-0.0"),
            (3.0, "3.0"),
            (1.0 / 3.0, "0.3333333333333333"),
            (-1.5, "-1.5"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (123456.789, "123456.789"),
            (1.5e-10, "1.5e-10"),
            (f64::INFINITY, "inf"),
        ];
        for (v, text) in cases {
            assert_eq!(float_repr(v), text);
        }
        assert_eq!(imag_repr(2.0), "2j");
        assert_eq!(imag_repr(1.5), "1.5j");
        assert_eq!(imag_repr(1e100), "1e+100j");
    }
}

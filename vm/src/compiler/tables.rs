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
    pub fn register(&mut self, budget: &Budget, c: MpyConst) -> Result<u32, CompileError> {
        if let Some(i) = self.items.iter().position(|x| *x == c) {
            return Ok(i as u32);
        }
        budget.push(&mut self.items, c)?;
        Ok(self.items.len() as u32 - 1)
    }
}

/// `repr()` of a float, as CPython (and MicroPython) print it: the shortest digits that
/// round-trip, positional for exponents −4…15, otherwise `d.ddde±XX`.
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
    let n = digits.len() as i32;
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let int_len = (exp + 1) as usize;
            let (int_part, frac) = if digits.len() > int_len {
                (
                    String::from(&digits[..int_len]),
                    String::from(&digits[int_len..]),
                )
            } else {
                let mut int_part = digits.clone();
                for _ in 0..(int_len - digits.len()) {
                    int_part.push('0');
                }
                (int_part, String::from("0"))
            };
            format!("{sign}{int_part}.{frac}")
        } else {
            let zeros = "0".repeat((-exp - 1) as usize);
            format!("{sign}0.{zeros}{digits}")
        }
    } else {
        let rest = if n > 1 {
            format!(".{}", &digits[1..])
        } else {
            String::new()
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{}{rest}e{esign}{:02}", &digits[..1], exp.abs())
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
        let cases: [(f64, &str); 13] = [
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

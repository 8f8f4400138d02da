//! `defrag --rule EXPR`: which members to defragment, as etcd-defrag writes it
//! (`dbQuotaUsage > 0.8 || dbSize - dbSizeInUse > 200*1024*1024`).
//!
//! A small recursive-descent parser rather than an expression crate: the language is five
//! numeric variables and C operators, and owning it lets a typo name the variables that exist
//! and a non-boolean rule be refused before anything runs. Numbers are f64 (byte counts stay
//! exact far beyond any etcd quota).

use std::fmt;

/// What a rule can see of one member.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Vars {
    pub db_size: f64,
    pub db_size_in_use: f64,
    pub db_quota: f64,
}

pub const VARIABLES: &[&str] = &[
    "dbSize",
    "dbSizeInUse",
    "dbSizeFree",
    "dbQuota",
    "dbQuotaUsage",
];

impl Vars {
    fn get(&self, name: &str) -> Option<f64> {
        Some(match name {
            "dbSize" => self.db_size,
            "dbSizeInUse" => self.db_size_in_use,
            "dbSizeFree" => self.db_size - self.db_size_in_use,
            "dbQuota" => self.db_quota,
            "dbQuotaUsage" if self.db_quota > 0.0 => self.db_size / self.db_quota,
            "dbQuotaUsage" => 0.0,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Num(f64),
    Bool(bool),
    Var(String),
    Not(Box<Expr>),
    Neg(Box<Expr>),
    Bin(Op, Box<Expr>, Box<Expr>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Or,
    And,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
    Rem,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Type {
    Num,
    Bool,
}

/// A parsed, type-checked rule (its value is a boolean).
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    source: String,
    expr: Expr,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid --rule {text:?}: {message}")]
pub struct RuleError {
    text: String,
    message: String,
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)
    }
}

impl Rule {
    pub fn parse(source: &str) -> Result<Rule, RuleError> {
        let err = |message: String| RuleError {
            text: source.to_string(),
            message,
        };
        let tokens = lex(source).map_err(err)?;
        let mut p = Parser { tokens, pos: 0 };
        let expr = p.or().map_err(err)?;
        if let Some(t) = p.tokens.get(p.pos) {
            return Err(err(format!("unexpected {t} after a complete expression")));
        }
        match type_of(&expr).map_err(err)? {
            Type::Bool => Ok(Rule {
                source: source.to_string(),
                expr,
            }),
            Type::Num => Err(err(
                "the rule is a number, not a condition (compare it: `dbQuotaUsage > 0.8`)".into(),
            )),
        }
    }

    /// Whether the rule selects a member with these values.
    pub fn selects(&self, vars: &Vars) -> bool {
        matches!(eval(&self.expr, vars), Val::Bool(true))
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(f64),
    Ident(String),
    Op(&'static str),
    Open,
    Close,
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tok::Num(n) => write!(f, "number {n}"),
            Tok::Ident(s) => write!(f, "`{s}`"),
            Tok::Op(o) => write!(f, "`{o}`"),
            Tok::Open => f.write_str("`(`"),
            Tok::Close => f.write_str("`)`"),
        }
    }
}

const OPERATORS: &[&str] = &[
    "||", "&&", "==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "%", "!",
];

fn lex(s: &str) -> Result<Vec<Tok>, String> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i] as char;
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() || c == '.' {
            let start = i;
            while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.' || b[i] == b'_') {
                i += 1;
            }
            let text: String = s[start..i].chars().filter(|c| *c != '_').collect();
            let n = text
                .parse::<f64>()
                .map_err(|_| format!("`{}` is not a number", &s[start..i]))?;
            out.push(Tok::Num(n));
        } else if c.is_ascii_alphabetic() || c == '_' {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            out.push(Tok::Ident(s[start..i].to_string()));
        } else if c == '(' {
            out.push(Tok::Open);
            i += 1;
        } else if c == ')' {
            out.push(Tok::Close);
            i += 1;
        } else if let Some(op) = OPERATORS.iter().find(|op| s[i..].starts_with(**op)) {
            out.push(Tok::Op(op));
            i += op.len();
        } else {
            let ch = s[i..].chars().next().unwrap_or('?');
            return Err(format!("unexpected character {ch:?} at position {i}"));
        }
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<Tok>,
    pos: usize,
}

impl Parser {
    fn peek_op(&self, ops: &[&'static str]) -> Option<&'static str> {
        match self.tokens.get(self.pos) {
            Some(Tok::Op(o)) if ops.contains(o) => Some(o),
            _ => None,
        }
    }

    fn binary(
        &mut self,
        ops: &[(&'static str, Op)],
        next: fn(&mut Self) -> Result<Expr, String>,
        chain: bool,
    ) -> Result<Expr, String> {
        let names: Vec<&'static str> = ops.iter().map(|(s, _)| *s).collect();
        let mut left = next(self)?;
        while let Some(o) = self.peek_op(&names) {
            self.pos += 1;
            let right = next(self)?;
            let op = ops.iter().find(|(s, _)| *s == o).map(|(_, op)| *op);
            let op = op.ok_or_else(|| format!("unknown operator {o}"))?;
            left = Expr::Bin(op, Box::new(left), Box::new(right));
            if !chain {
                if let Some(o) = self.peek_op(&names) {
                    return Err(format!("comparisons do not chain: add `&&` before `{o}`"));
                }
            }
        }
        Ok(left)
    }

    fn or(&mut self) -> Result<Expr, String> {
        self.binary(&[("||", Op::Or)], Self::and, true)
    }

    fn and(&mut self) -> Result<Expr, String> {
        self.binary(&[("&&", Op::And)], Self::cmp, true)
    }

    fn cmp(&mut self) -> Result<Expr, String> {
        self.binary(
            &[
                ("==", Op::Eq),
                ("!=", Op::Ne),
                ("<=", Op::Le),
                (">=", Op::Ge),
                ("<", Op::Lt),
                (">", Op::Gt),
            ],
            Self::add,
            false,
        )
    }

    fn add(&mut self) -> Result<Expr, String> {
        self.binary(&[("+", Op::Add), ("-", Op::Sub)], Self::mul, true)
    }

    fn mul(&mut self) -> Result<Expr, String> {
        self.binary(
            &[("*", Op::Mul), ("/", Op::Div), ("%", Op::Rem)],
            Self::unary,
            true,
        )
    }

    fn unary(&mut self) -> Result<Expr, String> {
        match self.peek_op(&["!", "-"]) {
            Some("!") => {
                self.pos += 1;
                Ok(Expr::Not(Box::new(self.unary()?)))
            }
            Some(_) => {
                self.pos += 1;
                Ok(Expr::Neg(Box::new(self.unary()?)))
            }
            None => self.primary(),
        }
    }

    fn primary(&mut self) -> Result<Expr, String> {
        let tok = self.tokens.get(self.pos).cloned();
        self.pos += 1;
        match tok {
            Some(Tok::Num(n)) => Ok(Expr::Num(n)),
            Some(Tok::Ident(s)) if s == "true" => Ok(Expr::Bool(true)),
            Some(Tok::Ident(s)) if s == "false" => Ok(Expr::Bool(false)),
            Some(Tok::Ident(s)) if VARIABLES.contains(&s.as_str()) => Ok(Expr::Var(s)),
            Some(Tok::Ident(s)) => Err(format!(
                "unknown variable `{s}` (known: {})",
                VARIABLES.join(", ")
            )),
            Some(Tok::Open) => {
                let e = self.or()?;
                match self.tokens.get(self.pos) {
                    Some(Tok::Close) => {
                        self.pos += 1;
                        Ok(e)
                    }
                    _ => Err("missing `)`".into()),
                }
            }
            Some(t) => Err(format!("expected a number, a variable or `(`, found {t}")),
            None => Err("the expression ends too early".into()),
        }
    }
}

fn type_of(e: &Expr) -> Result<Type, String> {
    let want = |e: &Expr, t: Type, ctx: &str| -> Result<(), String> {
        let got = type_of(e)?;
        if got == t {
            Ok(())
        } else {
            Err(format!(
                "{ctx} needs {} operands",
                if t == Type::Num { "numeric" } else { "boolean" }
            ))
        }
    };
    Ok(match e {
        Expr::Num(_) | Expr::Var(_) => Type::Num,
        Expr::Bool(_) => Type::Bool,
        Expr::Not(x) => {
            want(x, Type::Bool, "`!`")?;
            Type::Bool
        }
        Expr::Neg(x) => {
            want(x, Type::Num, "`-`")?;
            Type::Num
        }
        Expr::Bin(op, a, b) => match op {
            Op::Or | Op::And => {
                want(a, Type::Bool, "`||`/`&&`")?;
                want(b, Type::Bool, "`||`/`&&`")?;
                Type::Bool
            }
            Op::Eq | Op::Ne => {
                let (ta, tb) = (type_of(a)?, type_of(b)?);
                if ta != tb {
                    return Err("`==`/`!=` compare a number with a condition".into());
                }
                Type::Bool
            }
            Op::Lt | Op::Le | Op::Gt | Op::Ge => {
                want(a, Type::Num, "a comparison")?;
                want(b, Type::Num, "a comparison")?;
                Type::Bool
            }
            Op::Add | Op::Sub | Op::Mul | Op::Div | Op::Rem => {
                want(a, Type::Num, "arithmetic")?;
                want(b, Type::Num, "arithmetic")?;
                Type::Num
            }
        },
    })
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Val {
    Num(f64),
    Bool(bool),
}

/// Evaluates a type-checked expression (types were proven at parse time).
fn eval(e: &Expr, v: &Vars) -> Val {
    let num = |e: &Expr| match eval(e, v) {
        Val::Num(n) => n,
        Val::Bool(b) => f64::from(u8::from(b)),
    };
    let boolean = |e: &Expr| matches!(eval(e, v), Val::Bool(true));
    match e {
        Expr::Num(n) => Val::Num(*n),
        Expr::Bool(b) => Val::Bool(*b),
        Expr::Var(name) => Val::Num(v.get(name).unwrap_or(0.0)),
        Expr::Not(x) => Val::Bool(!boolean(x)),
        Expr::Neg(x) => Val::Num(-num(x)),
        Expr::Bin(op, a, b) => match op {
            Op::Or => Val::Bool(boolean(a) || boolean(b)),
            Op::And => Val::Bool(boolean(a) && boolean(b)),
            Op::Eq => Val::Bool(eval(a, v) == eval(b, v)),
            Op::Ne => Val::Bool(eval(a, v) != eval(b, v)),
            Op::Lt => Val::Bool(num(a) < num(b)),
            Op::Le => Val::Bool(num(a) <= num(b)),
            Op::Gt => Val::Bool(num(a) > num(b)),
            Op::Ge => Val::Bool(num(a) >= num(b)),
            Op::Add => Val::Num(num(a) + num(b)),
            Op::Sub => Val::Num(num(a) - num(b)),
            Op::Mul => Val::Num(num(a) * num(b)),
            // A division by zero gives ±inf or NaN; every comparison with NaN is false, so a
            // rule never selects a member by accident.
            Op::Div => Val::Num(num(a) / num(b)),
            Op::Rem => Val::Num(num(a) % num(b)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MB: f64 = 1024.0 * 1024.0;

    fn vars(size: f64, in_use: f64, quota: f64) -> Vars {
        Vars {
            db_size: size,
            db_size_in_use: in_use,
            db_quota: quota,
        }
    }

    fn sel(rule: &str, v: Vars) -> bool {
        Rule::parse(rule).unwrap().selects(&v)
    }

    #[test]
    fn etcd_defrag_default_rule() {
        let rule = "dbQuotaUsage > 0.8 || dbSize - dbSizeInUse > 200*1024*1024";
        // Nearly full: selected by the first half.
        assert!(sel(rule, vars(1700.0 * MB, 1690.0 * MB, 2048.0 * MB)));
        // 250 MiB free: the second half.
        assert!(sel(rule, vars(300.0 * MB, 50.0 * MB, 2048.0 * MB)));
        // Neither.
        assert!(!sel(rule, vars(300.0 * MB, 150.0 * MB, 2048.0 * MB)));
        // Exactly at the boundary: `>` is strict.
        assert!(!sel(rule, vars(400.0 * MB, 200.0 * MB, 500.0 * MB)));
    }

    #[test]
    fn precedence_and_associativity() {
        let v = vars(0.0, 0.0, 0.0);
        assert!(sel("2 + 3 * 4 == 14", v));
        assert!(sel("(2 + 3) * 4 == 20", v));
        assert!(sel("10 - 4 - 3 == 3", v)); // left-associative
        assert!(sel("100 / 10 / 5 == 2", v));
        assert!(sel("7 % 4 == 3", v));
        assert!(sel("-2 * -3 == 6", v));
        assert!(sel("true || false && false", v)); // && binds tighter
        assert!(!sel("(true || false) && false", v));
        assert!(sel("!false && !(1 > 2)", v));
        assert!(sel("1_000 == 1000 && 0.5 < .75", v));
    }

    #[test]
    fn every_variable() {
        let v = vars(1000.0, 400.0, 2000.0);
        assert!(sel("dbSize == 1000", v));
        assert!(sel("dbSizeInUse == 400", v));
        assert!(sel("dbSizeFree == 600", v));
        assert!(sel("dbQuota == 2000", v));
        assert!(sel("dbQuotaUsage == 0.5", v));
        // No quota known: usage is 0, not infinity.
        assert!(sel("dbQuotaUsage == 0", vars(1.0, 1.0, 0.0)));
        assert!(!sel("1 / 0 < 0 || 0 / 0 == 0 / 0", v));
    }

    #[test]
    fn bad_rules_say_what_is_wrong() {
        let msg = |r: &str| Rule::parse(r).unwrap_err().to_string();
        assert!(msg("dbsize > 1").contains("unknown variable `dbsize`"));
        assert!(msg("dbsize > 1").contains("dbSizeInUse"));
        assert!(msg("dbSize").contains("not a condition"));
        assert!(msg("dbSize > ").contains("ends too early"));
        assert!(msg("(dbSize > 1").contains("missing `)`"));
        assert!(msg("dbSize > 1)").contains("unexpected `)`"));
        assert!(msg("1 < dbSize < 3").contains("do not chain"));
        assert!(msg("dbSize > 1 + true").contains("arithmetic"));
        assert!(msg("dbSize || true").contains("boolean"));
        assert!(msg("dbSize > 1 $").contains("unexpected character '$'"));
        assert!(msg("1.2.3 > 1").contains("not a number"));
        assert!(msg("").contains("ends too early"));
        assert!(msg("true == 1").contains("compare a number with a condition"));
    }

    #[test]
    fn display_is_the_source() {
        assert_eq!(Rule::parse("dbSize>1").unwrap().to_string(), "dbSize>1");
    }
}

//! Rule metadata and the list of every rule.
//!
//! Each rule lives in its own file under `src/rules/<area>/`, declared with
//! [`declare_rule!`](crate::declare_rule). `build.rs` collects those files into
//! [`RULES`], so adding a file is all it takes to register a rule.

use crate::finding::Severity;
use crate::spec::Section;

/// What wirelint knows about one rule.
#[derive(Debug, PartialEq, Eq)]
pub struct RuleMeta {
    /// Stable kebab-case id, such as `content-length-mismatch`.
    pub id: &'static str,
    /// Fixed severity, following the RFC keyword of the quoted requirement.
    pub severity: Severity,
    /// The RFC section that states the requirement.
    pub section: Section,
    /// The rule's documentation in Markdown, as written in its doc comment (each line
    /// still carries the one leading space that `///` leaves). Empty without the `docs`
    /// feature (on by default), as in the wasm build.
    pub raw_docs: &'static str,
}

impl RuleMeta {
    /// The documentation in Markdown (empty without the `docs` feature).
    pub fn docs(&self) -> String {
        let mut out = String::with_capacity(self.raw_docs.len());
        for line in self.raw_docs.lines() {
            out.push_str(line.strip_prefix(' ').unwrap_or(line));
            out.push('\n');
        }
        out
    }

    /// The requirement the rule enforces, verbatim from the RFC: the `> ` lines under
    /// `## Why` in the docs, joined by spaces (empty without the `docs` feature).
    pub fn quote(&self) -> String {
        let mut quote = String::new();
        let mut in_why = false;
        for line in self.raw_docs.lines() {
            let line = line.trim();
            if line.starts_with("## ") {
                in_why = line == "## Why";
                continue;
            }
            if !in_why {
                continue;
            }
            let Some(text) = line.strip_prefix('>') else {
                if !quote.is_empty() {
                    break;
                }
                continue;
            };
            if !quote.is_empty() {
                quote.push(' ');
            }
            quote.push_str(text.trim());
        }
        quote
    }

    /// The one-paragraph summary under `## What it checks` (empty without the `docs`
    /// feature).
    pub fn summary(&self) -> String {
        let mut out = String::new();
        let mut in_what = false;
        for line in self.raw_docs.lines() {
            let line = line.trim();
            if line.starts_with("## ") {
                if in_what {
                    break;
                }
                in_what = line == "## What it checks";
                continue;
            }
            if in_what && !line.is_empty() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(line);
            }
        }
        out
    }
}

/// A rule type made by [`declare_rule!`](crate::declare_rule).
pub trait Rule: Copy {
    /// The rule's metadata.
    fn meta(&self) -> &'static RuleMeta;
}

/// One entry of [`RULES`].
pub struct RuleEntry {
    /// Metadata.
    pub meta: &'static RuleMeta,
    /// The check run once per message, or `None` for rules the parser reports.
    pub(crate) check: Option<fn(&mut crate::context::Context<'_>)>,
}

/// Declares a rule: a unit struct whose doc comment is the rule's documentation.
#[macro_export]
#[doc(hidden)]
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        $vis:vis $name:ident {
            id: $id:literal,
            section: $section:expr,
            severity: $severity:expr $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Copy)]
        $vis struct $name;

        impl $name {
            /// This rule's metadata.
            pub const META: $crate::registry::RuleMeta = $crate::registry::RuleMeta {
                id: $id,
                severity: $severity,
                section: $section,
                #[cfg(feature = "docs")]
                raw_docs: concat!($($doc, "\n"),*),
                #[cfg(not(feature = "docs"))]
                raw_docs: "",
            };
        }

        impl $crate::registry::Rule for $name {
            fn meta(&self) -> &'static $crate::registry::RuleMeta {
                &Self::META
            }
        }
    };
}

pub use crate::rules::RULES;

/// The rule with this id.
pub fn lookup(id: &str) -> Option<&'static RuleMeta> {
    RULES.iter().map(|r| r.meta).find(|m| m.id == id)
}

/// Every rule's metadata, in registry order.
pub fn all() -> impl Iterator<Item = &'static RuleMeta> {
    RULES.iter().map(|r| r.meta)
}

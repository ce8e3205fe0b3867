//! Reported by `lint` itself.

use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// One rule found more than 100 problems in the input; only the first 100 are listed, so
    /// that a pathological input yields a readable report of bounded size.
    ///
    /// ## Why
    /// > A recipient SHOULD parse a received protocol element defensively, with only marginal
    /// > expectations that the element will conform to its ABNF grammar and fit within a
    /// > reasonable buffer size.
    pub FindingsLimitReached {
        id: "findings-limit-reached",
        section: spec::RFC9110_2_3,
        severity: Severity::Info,
    }
}

//! Reported by the parser (`src/parse/`).

use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// The input starts with a field line instead of a request-line or status-line. The header
    /// section is linted alone; rules that need the method or status code stay silent.
    ///
    /// ## Why
    /// > An HTTP/1.1 message consists of a start-line followed by a CRLF and a sequence of
    /// > octets in a format similar to the Internet Message Format [RFC5322]
    ///
    /// ## Example
    /// ```http
    /// Host: example.com
    /// Accept: */*
    /// ```
    pub StartLineMissing {
        id: "start-line-missing",
        section: spec::RFC9112_2_1,
        severity: Severity::Info,
    }
}

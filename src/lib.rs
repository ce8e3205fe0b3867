//! wirelint: lints raw HTTP/1.x message text against RFC 9110 (HTTP Semantics),
//! RFC 9111 (Caching) and RFC 9112 (HTTP/1.1).
//!
//! ```
//! let report = wirelint::lint(b"GET / HTTP/1.1\r\n\r\n", &wirelint::Options::default());
//! assert_eq!(report.findings[0].id(), "host-missing");
//! ```
//!
//! [`lint`] never fails: every problem in the input, however broken, is a [`Finding`] with
//! a byte [`Span`] into the input, a rule id, a severity and the RFC section it enforces.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::todo,
        clippy::dbg_macro
    )
)]

pub mod context;
pub mod exchange;
pub mod explain;
pub mod fields;
pub mod finding;
pub mod iana;
pub mod method;
pub mod parse;
pub mod registry;
pub mod rules;
mod rules_support;
pub mod span;
pub mod spec;
pub mod status;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use finding::{Finding, Label, Severity};
pub use parse::message::Message;
pub use registry::RuleMeta;
pub use span::{LineIndex, Span};

use context::{Context, Memo, Sink};
use rules::meta::findings_limit_reached::FindingsLimitReached;

/// How line terminators are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LineEndings {
    /// Input with no CR at all is taken to have lost its CRs (as text pasted into a
    /// browser does): each LF counts as CRLF, and one info finding says so. Input with
    /// some CRs is judged line by line, as in strict mode. RFC 9112 §2.2 lets a recipient
    /// accept a bare LF as a line terminator.
    #[default]
    Auto,
    /// The input is exact: every bare LF is a finding.
    Strict,
}

/// Options of a lint run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// How line terminators are read.
    pub line_endings: LineEndings,
    /// Rule ids not to report.
    pub disable: Vec<String>,
    /// The current time in Unix seconds. Turns on the checks that need the current time
    /// (such as a Date in the future); without it they stay silent, so that linting the
    /// same input always gives the same findings.
    pub now: Option<i64>,
}

/// The result of [`lint`].
#[derive(Debug, Clone)]
pub struct Report<'a> {
    /// The input that was linted (at most `u32::MAX` bytes of it).
    pub input: &'a [u8],
    /// The messages found, in input order.
    pub messages: Vec<Message>,
    /// The findings, sorted by position then rule id.
    pub findings: Vec<Finding>,
}

impl Report<'_> {
    /// The most severe finding's severity, if any.
    pub fn max_severity(&self) -> Option<Severity> {
        self.findings.iter().map(Finding::severity).max()
    }
}

/// Lints `input`, which may hold any number of HTTP/1.x messages (a request and its
/// response, pipelined requests, interim responses…), or any bytes at all.
pub fn lint<'a>(input: &'a [u8], options: &Options) -> Report<'a> {
    let input = input.get(..u32::MAX as usize).unwrap_or(input);
    let mut sink = Sink::new(options);
    let messages = parse::parse(input, options, &mut sink);
    let lf_as_crlf = parse::lf_as_crlf(input, options);
    // Decided once, not per message: which checks run.
    let checks: Vec<fn(&mut Context<'_>)> = registry::RULES
        .iter()
        .filter(|rule| sink.enabled(rule.meta.id))
        .filter_map(|rule| rule.check)
        .collect();
    for message in &messages {
        let request = message.request.and_then(|r| messages.get(r as usize));
        let memo = Memo::default();
        let mut cx = Context {
            input,
            messages: &messages,
            message,
            request,
            options,
            lf_as_crlf,
            sink: &mut sink,
            memo: &memo,
        };
        for check in &checks {
            check(&mut cx);
        }
    }
    let over: Vec<(&'static str, u32)> = sink.over_limit().collect();
    for (id, count) in over {
        let shown = context::MAX_FINDINGS_PER_RULE;
        sink.report(
            FindingsLimitReached,
            None,
            Span::empty(0),
            format!("{id} found {count} problems; only the first {shown} are listed"),
        );
    }
    Report {
        input,
        messages,
        findings: sink.finish(),
    }
}

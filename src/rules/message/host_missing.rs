use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::parse::message::Version;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An HTTP/1.1 request without a Host header field. The span is empty, at the end of
    /// the header section, where the field was expected.
    ///
    /// ## Why
    /// > A client MUST send a Host header field (Section 7.2 of [HTTP]) in all HTTP/1.1 request
    /// > messages.
    ///
    /// ## Example
    /// ```http
    /// GET /index.html HTTP/1.1
    /// Accept: text/html
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET /index.html HTTP/1.1
    /// Host: www.example.com
    /// Accept: text/html
    /// ```
    ///
    /// ## Notes
    /// A server answers such a request with 400 (Bad Request). The field is required even
    /// when the request-target is in absolute-form.
    pub HostMissing {
        id: "host-missing",
        section: spec::RFC9112_3_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(line) = m.request_line() else { return };
    // HTTP/1.0 did not require Host; an unparsable version is reported elsewhere.
    if m.version != Some(Version::HTTP_1_1) || m.has(KnownField::Host) {
        return;
    }
    let at = m.fields.last().map_or(m.start_line_span.end, |f| f.line.end);
    cx.report(HostMissing, Span { start: at, end: at }, "HTTP/1.1 request has no Host header field")
        .label(line.target, "request-target")
        .help("Add Host with the target's authority, e.g. Host: www.example.com");
}

use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{single_line, via};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Via member that is not `received-protocol received-by [comment]`: a missing
    /// host or pseudonym after the protocol, a protocol name without version, text after
    /// the host that is not a comment, an unclosed comment. The span is where the member
    /// stops matching.
    ///
    /// ## Why
    /// > Via = #( received-protocol RWS received-by [ RWS comment ] )
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Via: 1.1
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Via: 1.1 proxy.example.net
    /// ```
    ///
    /// ## Notes
    /// `received-protocol = [ protocol-name "/" ] protocol-version`; the name is omitted
    /// for HTTP. `received-by` is a token (a host name or pseudonym) with an optional
    /// port; an IP literal in brackets is accepted too.
    pub ViaInvalid {
        id: "via-invalid",
        section: spec::RFC9110_7_6_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line(cx.message, KnownField::Via) {
        let v = cx.text(field.value);
        for err in via::members(v).filter_map(Result::err) {
            let shown = cx.quote(field.value);
            cx.report(ViaInvalid, field.value.sub(err.start, err.end), format!("Via \"{shown}\" is not a list of intermediaries: expected {}", err.expected))
                .help("Each intermediary appends protocol version and host, e.g. Via: 1.1 proxy.example.net");
        }
    }
}

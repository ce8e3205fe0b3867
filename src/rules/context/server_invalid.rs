use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{product, single_line};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Server value that is not a list of products (`name/version`) and comments
    /// (`(…)`) separated by whitespace: a comment first, a second `/`, a comma between
    /// products, an unclosed parenthesis. The span is where the value stops matching.
    ///
    /// ## Why
    /// > Server = product *( RWS ( product / comment ) )
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Server: CERN/3.0, libwww/2.17
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Server: CERN/3.0 libwww/2.17
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// `product = token ["/" product-version]` (RFC 9110 §10.1.5).
    pub ServerInvalid {
        id: "server-invalid",
        section: spec::RFC9110_10_2_4,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line(cx.message, KnownField::Server) {
        let (_, Some(err)) = product::parse(cx.text(field.value)) else { continue };
        let shown = cx.quote(field.value);
        cx.report(ServerInvalid, field.value.sub(err.start, err.end), format!("Server \"{shown}\" is not a product list: expected {}", err.expected))
            .help("Send name/version products and (comments) separated by spaces, e.g. Server: Apache/2.4.58 (Unix)");
    }
}

use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{single_line, vary};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// `Host` listed in Vary. The span is the name.
    ///
    /// ## Why
    /// > The "Vary" header field in a response describes what parts of a request message,
    /// > aside from the method and target URI, might have influenced the origin server's
    /// > process for selecting the content of this response.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Vary: Host, Accept-Encoding
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Vary: Accept-Encoding
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// Host is part of the target URI, which is already the cache key; listing it makes
    /// some caches refuse to store the response.
    pub VaryHost {
        id: "vary-host",
        section: spec::RFC9110_12_5_5,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line(cx.message, KnownField::Vary) {
        let v = cx.text(field.value);
        for m in vary::members(v).filter_map(Result::ok) {
            if !m.text(v).eq_ignore_ascii_case(b"host") {
                continue;
            }
            cx.report(VaryHost, field.value.sub(m.start, m.end), "Vary lists Host, which is part of the target URI")
                .help("Leave Host out of Vary");
        }
    }
}

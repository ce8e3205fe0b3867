use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::rules_support;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Vary header field in a request. The span is the field name.
    ///
    /// ## Why
    /// > The "Vary" header field in a response describes what parts of a request message,
    /// > aside from the method and target URI, might have influenced the origin server's
    /// > process for selecting the content of this response.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Vary: Accept-Encoding
    ///
    /// ```
    ///
    /// ## Notes
    /// RFC 9110 defines Vary only for responses; in a request it has no meaning.
    pub VaryInRequest {
        id: "vary-in-request",
        section: spec::RFC9110_12_5_5,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let help = |_| "Remove Vary from the request".to_string();
    rules_support::field_in_wrong_message(cx, VaryInRequest, true, &[KnownField::Vary], help);
}

use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An Accept-Charset header field. The span is the field name.
    ///
    /// ## Why
    /// > Note: Accept-Charset is deprecated because UTF-8 has become nearly ubiquitous and
    /// > sending a detailed list of user-preferred charsets wastes bandwidth, increases
    /// > latency, and makes passive fingerprinting far too easy (Section 17.13).
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Accept-Charset: iso-8859-5, unicode-1-1;q=0.8
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// ```
    pub AcceptCharsetDeprecated {
        id: "accept-charset-deprecated",
        section: spec::RFC9110_12_5_2,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in cx.message.fields_named(KnownField::AcceptCharset) {
        cx.report(AcceptCharsetDeprecated, field.name, "Accept-Charset is deprecated")
            .help("Remove it: servers send UTF-8, and the field makes the client easier to fingerprint");
    }
}

use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{language, list, single_line};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Content-Language member that is not a well-formed language tag (RFC 5646 §2.1):
    /// an underscore instead of a hyphen (`en_US`), a subtag too long or in the wrong
    /// place, a wildcard, a locale name such as `english`. The span is the offending
    /// subtag or character.
    ///
    /// ## Why
    /// > Content-Language = #language-tag
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/html
    /// Content-Language: en_US
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/html
    /// Content-Language: en-US
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// Only the shape is checked (RFC 9110 §8.5.1: `language-tag = <Language-Tag, see
    /// Section 2.1 of [RFC5646]>`), not whether the subtags are registered. `*` belongs to
    /// Accept-Language ranges, not to Content-Language.
    pub ContentLanguageInvalid {
        id: "content-language-invalid",
        section: spec::RFC9110_8_5,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line(cx.message, KnownField::ContentLanguage) {
        let v = cx.text(field.value);
        for e in list::elements(v).filter(|e| !e.is_empty()) {
            let Err(err) = language::language_tag(e.text(v)) else { continue };
            let err = err.shift(e.start);
            let tag = cx.quote(field.value.sub(e.start, e.end));
            cx.report(ContentLanguageInvalid, field.value.sub(err.start, err.end), format!("Content-Language \"{tag}\" is not a language tag: expected {}", err.expected))
                .help("Send RFC 5646 tags separated by commas, e.g. Content-Language: en-US, fr");
        }
    }
}

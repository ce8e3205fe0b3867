use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::rules_support;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A member that is not a language range (RFC 4647: `*`, or subtags of 1 to 8 letters
    /// and digits joined by `-`, the first letters only), optionally followed by a weight:
    /// an underscore (`en_US`), an empty subtag, `*` inside a range, a parameter other than
    /// `q`. The span is where the member stops matching.
    ///
    /// ## Why
    /// > Accept-Language = #( language-range [ weight ] )
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Accept-Language: en_US, en;q=0.8
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Accept-Language: en-US, en;q=0.8
    /// ```
    ///
    /// ## Notes
    /// A weight is `;q=` and a qvalue from 0 to 1 (RFC 9110 §12.4.2); bad weights are
    /// reported by `qvalue-invalid` and `qvalue-too-precise`, whitespace around `=` by
    /// `parameter-whitespace`. A recipient may ignore a field it cannot parse, and then
    /// answers as if there were no preference.
    pub AcceptLanguageInvalid {
        id: "accept-language-invalid",
        section: spec::RFC9110_12_5_4,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    rules_support::preference_list_invalid(cx, AcceptLanguageInvalid, KnownField::AcceptLanguage);
}

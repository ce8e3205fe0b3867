use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::rules_support;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A media range that is not `type/subtype`, `type/*` or `*/*` with `;name=value`
    /// parameters: a missing subtype, `*/html`, a space instead of a comma between ranges,
    /// a parameter without a value. The span is where the member stops matching.
    ///
    /// ## Why
    /// > Accept = #( media-range [ weight ] )
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Accept: text/html;level=1 text/plain
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Accept: text/html;level=1, text/plain
    /// ```
    ///
    /// ## Notes
    /// A weight is `;q=` and a qvalue from 0 to 1 (RFC 9110 §12.4.2); bad weights are
    /// reported by `qvalue-invalid` and `qvalue-too-precise`, whitespace around `=` by
    /// `parameter-whitespace`. A recipient may ignore a field it cannot parse, and then
    /// answers as if there were no preference.
    pub AcceptInvalid {
        id: "accept-invalid",
        section: spec::RFC9110_12_5_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    rules_support::preference_list_invalid(cx, AcceptInvalid, KnownField::Accept);
}

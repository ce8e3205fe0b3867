use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::rules_support;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A member that is not a content coding, `identity` or `*`, optionally followed by a
    /// weight (`;q=0.5`): codings separated by spaces, a parameter other than `q`, a quoted
    /// name. The span is where the member stops matching.
    ///
    /// ## Why
    /// > Accept-Encoding = #( codings [ weight ] )
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Accept-Encoding: gzip deflate
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Accept-Encoding: gzip, deflate
    /// ```
    ///
    /// ## Notes
    /// A weight is `;q=` and a qvalue from 0 to 1 (RFC 9110 §12.4.2); bad weights are
    /// reported by `qvalue-invalid` and `qvalue-too-precise`, whitespace around `=` by
    /// `parameter-whitespace`. A recipient may ignore a field it cannot parse, and then
    /// answers as if there were no preference.
    pub AcceptEncodingInvalid {
        id: "accept-encoding-invalid",
        section: spec::RFC9110_12_5_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    rules_support::preference_list_invalid(cx, AcceptEncodingInvalid, KnownField::AcceptEncoding);
}

use crate::context::Context;
use crate::fields::accept::{self, Kind};
use crate::fields::known::KnownField;
use crate::fields::{single_line, tokens};
use crate::finding::Severity;
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
    for field in single_line(cx.message, KnownField::AcceptEncoding) {
        let v = cx.text(field.value);
        for err in accept::members(v, Kind::Coding).filter_map(Result::err) {
            if tokens::parameter_whitespace(v, &err).is_some() {
                continue;
            }
            let shown = cx.quote(field.value);
            cx.report(AcceptEncodingInvalid, field.value.sub(err.start, err.end), format!("{} \"{shown}\" is not a valid preference list: expected {}", KnownField::AcceptEncoding.name(), err.expected))
                .help("Separate members with commas and give each at most one weight, e.g. ;q=0.8");
        }
    }
}

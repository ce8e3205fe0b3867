use crate::context::Context;
use crate::fields::accept::{self, Kind};
use crate::fields::known::KnownField;
use crate::fields::{single_line, tokens};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A member that is not a charset name (token) or `*`, optionally followed by a weight
    /// (`;q=0.5`): a quoted name, a parameter other than `q`, a space instead of a comma.
    /// The span is where the member stops matching.
    ///
    /// ## Why
    /// > Accept-Charset = #( ( token / "*" ) [ weight ] )
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Accept-Charset: utf-8;level=1
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Accept-Charset: utf-8
    /// ```
    ///
    /// ## Notes
    /// A weight is `;q=` and a qvalue from 0 to 1 (RFC 9110 §12.4.2); bad weights are
    /// reported by `qvalue-invalid` and `qvalue-too-precise`, whitespace around `=` by
    /// `parameter-whitespace`. A recipient may ignore a field it cannot parse, and then
    /// answers as if there were no preference.
    pub AcceptCharsetInvalid {
        id: "accept-charset-invalid",
        section: spec::RFC9110_12_5_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line(cx.message, KnownField::AcceptCharset) {
        let v = cx.text(field.value);
        for err in accept::members(v, Kind::Charset).filter_map(Result::err) {
            if tokens::parameter_whitespace(v, &err).is_some() {
                continue;
            }
            let shown = cx.quote(field.value);
            cx.report(AcceptCharsetInvalid, field.value.sub(err.start, err.end), format!("{} \"{shown}\" is not a valid preference list: expected {}", KnownField::AcceptCharset.name(), err.expected))
                .help("Separate members with commas and give each at most one weight, e.g. ;q=0.8");
        }
    }
}

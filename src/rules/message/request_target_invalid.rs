use crate::context::Context;
use crate::fields::request_target::{self, Invalid};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request-target with whitespace in it, an octet that the URI grammar allows nowhere
    /// (a control character, a non-ASCII octet, `"`, `<`, `>`, `\`, `^`, `` ` ``, `{`, `|`,
    /// `}`), or a `%` not followed by two hexadecimal digits. The span is the first such
    /// octet or run of octets.
    ///
    /// ## Why
    /// > No whitespace is allowed in the request-target.
    ///
    /// The request-target is built from URI components (RFC 3986), which have no room for
    /// the other octets either:
    ///
    /// > request-target = origin-form / absolute-form / authority-form / asterisk-form
    ///
    /// ## Example
    /// ```http
    /// GET /my file.html HTTP/1.1
    /// Host: example.com
    ///
    /// ```
    ///
    /// ## Instead
    /// Percent-encode such octets:
    /// ```http
    /// GET /my%20file.html HTTP/1.1
    /// Host: example.com
    /// ```
    ///
    /// ## Notes
    /// "Recipients of an invalid request-line SHOULD respond with either a 400 (Bad Request)
    /// error or a 301 (Moved Permanently) redirect with the request-target properly
    /// encoded." A `#` is `request-target-fragment`.
    pub RequestTargetInvalid {
        id: "request-target-invalid",
        section: spec::RFC9112_3_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let Some(line) = cx.message.request_line() else { return };
    let Some((a, b, why)) = request_target::invalid(cx.text(line.target)) else { return };
    let span = line.target.sub(a, b);
    let target = cx.quote(line.target);
    let what = cx.quote(span);
    let message = match why {
        Invalid::Whitespace => format!("Request-target \"{target}\" contains whitespace \"{what}\""),
        Invalid::Octet => format!("Request-target \"{target}\" contains \"{what}\", which must be percent-encoded"),
        Invalid::Percent => format!("Request-target \"{target}\" has \"{what}\", a % not followed by two hex digits"),
    };
    let help = match why {
        Invalid::Percent => "Write a literal % as %25".to_string(),
        Invalid::Whitespace | Invalid::Octet => {
            let encoded: String = cx.text(span).iter().map(|b| format!("%{b:02X}")).collect();
            format!("Percent-encode \"{what}\" as {encoded}")
        }
    };
    cx.report(RequestTargetInvalid, span, message).help(help);
}

use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{single_line, uri};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Referer value with userinfo (`user:password@` before the host). The span is the
    /// userinfo and its `@`.
    ///
    /// ## Why
    /// > A user agent MUST NOT include the fragment and userinfo components of the URI
    /// > reference [URI], if any, when generating the Referer field value.
    ///
    /// ## Example
    /// ```http
    /// GET /hypertext/Overview.html HTTP/1.1
    /// Host: www.example.org
    /// Referer: https://alice:secret@intranet.example.org/wiki
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET /hypertext/Overview.html HTTP/1.1
    /// Host: www.example.org
    /// Referer: https://intranet.example.org/wiki
    /// ```
    ///
    /// ## Notes
    /// Userinfo can hold a password; sending it to another site discloses it.
    pub RefererUserinfo {
        id: "referer-userinfo",
        section: spec::RFC9110_10_1_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line(cx.message, KnownField::Referer) {
        let Ok(u) = uri::parse(cx.text(field.value)) else { continue };
        let Some((a, at)) = u.authority.and_then(|auth| auth.userinfo) else { continue };
        let span = field.value.sub(a, at + 1);
        cx.report(RefererUserinfo, span, format!("Referer includes the userinfo \"{}\"", cx.quote(span)))
            .help("Remove the user name (and password) and its @ from the Referer");
    }
}

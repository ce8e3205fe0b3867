use crate::context::Context;
use crate::fields::request_target;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An absolute-form `http` or `https` request-target with userinfo
    /// (`http://user:password@example.com/`). The span is the userinfo and its `@`.
    ///
    /// ## Why
    /// > A sender MUST NOT generate the userinfo subcomponent (and its "@" delimiter) when
    /// > an "http" or "https" URI reference is generated within a message as a target URI
    /// > or field value.
    ///
    /// ## Example
    /// ```http
    /// GET http://alice:secret@www.example.com/ HTTP/1.1
    /// Host: www.example.com
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET http://www.example.com/ HTTP/1.1
    /// Host: www.example.com
    /// Authorization: Basic YWxpY2U6c2VjcmV0
    ///
    /// ```
    ///
    /// ## Notes
    /// The "user:password" format is deprecated: the password travels in the clear, lands
    /// in proxy logs, and userinfo is a favourite way to disguise the real host in
    /// phishing links (`http://www.bank.example@evil.example/`). Credentials belong in
    /// Authorization.
    pub RequestTargetUserinfo {
        id: "request-target-userinfo",
        section: spec::RFC9110_4_2_4,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let Some(line) = cx.message.request_line() else { return };
    let target = cx.text(line.target);
    if request_target::http_scheme_len(target).is_none() {
        return;
    }
    let Some((a, b)) = request_target::absolute_form_userinfo(target) else { return };
    let span = line.target.sub(a, b);
    let shown = cx.quote(span);
    cx.report(
        RequestTargetUserinfo,
        span,
        format!("Request-target includes the userinfo \"{shown}\""),
    )
    .help("Remove the user name, password and @ from the URI; send credentials in Authorization");
}

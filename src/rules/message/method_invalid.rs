use crate::context::Context;
use crate::finding::Severity;
use crate::parse::grammar::is_tchar;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request-line whose method is not a token: it holds a character such as `@`, `"`,
    /// `,`, `(`, a control character or a non-ASCII octet. The span is the first run of
    /// such characters.
    ///
    /// ## Why
    /// > The method token indicates the request method to be performed on the target
    /// > resource. The request method is case-sensitive. method = token
    ///
    /// ## Example
    /// ```http
    /// GE@T / HTTP/1.1
    /// Host: example.com
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// ```
    ///
    /// ## Notes
    /// `token = 1*tchar`, where tchar is a letter, a digit or one of
    /// ``!#$%&'*+-.^_`|~`` (RFC 9110 §5.6.2).
    pub MethodInvalid {
        id: "method-invalid",
        section: spec::RFC9112_3_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let Some(line) = cx.message.request_line() else { return };
    let method = cx.text(line.method);
    let Some(bad) = method.iter().position(|&b| !is_tchar(b)) else { return };
    let run = method
        .get(bad..)
        .unwrap_or_default()
        .iter()
        .take_while(|&&b| !is_tchar(b))
        .count();
    let span = line.method.sub(bad, bad + run);
    let shown = cx.quote(line.method);
    let what = cx.quote(span);
    cx.report(MethodInvalid, span, format!("Method \"{shown}\" is not a token: \"{what}\" is not allowed in it"))
        .help("Send a method made of letters, digits and !#$%&'*+-.^_`|~ only, such as GET or POST");
}

use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{auth, expect, media_type, single_line, tokens};
use crate::finding::Severity;
use crate::parse::message::FieldLine;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A backslash in a quoted string that escapes something other than `"` or `\`, such
    /// as `"utf\-8"`. Checked in the fields whose quoted strings wirelint parses:
    /// Content-Type and Accept parameters, Expect, and the authentication fields. The span
    /// is the backslash and the octet it escapes.
    ///
    /// ## Why
    /// > A sender SHOULD NOT generate a quoted-pair in a quoted-string except where
    /// > necessary to quote DQUOTE and backslash octets occurring within that string.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/plain; charset="utf\-8"
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/plain; charset="utf-8"
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// Recipients must treat `\x` as `x`, but a recipient that compares the raw value (a
    /// realm, a boundary) sees a different string.
    pub QuotedPairUnnecessary {
        id: "quoted-pair-unnecessary",
        section: spec::RFC9110_5_6_4,
        severity: Severity::Warning,
    }
}

/// The first needless escape in the quoted parameter values of `params`.
fn in_params(v: &[u8], params: &[tokens::Parameter]) -> Option<usize> {
    params
        .iter()
        .filter(|p| p.quoted)
        .find_map(|p| tokens::quoted_string(v, p.value.0).ok()?.needless_escape)
}

fn needless_escape(cx: &Context<'_>, field: &FieldLine, v: &[u8]) -> Option<usize> {
    match field.known? {
        KnownField::ContentType => in_params(v, &media_type::parse(v).ok()?.params),
        KnownField::Accept => cx
            .accept_members(field)?
            .iter()
            .filter_map(|m| m.as_ref().ok())
            .find_map(|m| in_params(v, &m.media.as_ref()?.params)),
        KnownField::Expect => expect::expectations(v).filter_map(Result::ok).find_map(|e| {
            e.needless_escape.or_else(|| in_params(v, &e.params))
        }),
        // The authentication fields: their auth-params.
        known => auth::param_groups(known, v)
            .flatten()
            .find_map(|p| p.needless_escape),
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let with_parameters = [KnownField::ContentType, KnownField::Accept, KnownField::Expect];
    for name in with_parameters.into_iter().chain(auth::FIELDS) {
        for field in single_line(cx.message, name) {
            let v = cx.text(field.value);
            let Some(at) = needless_escape(cx, field, v) else { continue };
            let span = field.value.sub(at, at + 2);
            let escaped = cx.quote(field.value.sub(at + 1, at + 2));
            cx.report(QuotedPairUnnecessary, span, format!("{} escapes \"{escaped}\" in a quoted string without need", name.name()))
                .help(format!("Write \"{escaped}\" without the backslash; only \" and \\ need one"));
        }
    }
}

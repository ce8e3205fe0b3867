//! Checks that several rules share, each written once and called with the rule to report.
//!
//! Rules that differ only in the field, directive or token they look at (and in their
//! wording) call one function here instead of repeating its loop; build.rs expects exactly
//! one rule per file under `src/rules/`, so shared code lives outside that tree. Helpers
//! about methods and status codes are in [`crate::exchange`].

use crate::context::Context;
use crate::fields::cache_control::{self, Directive};
use crate::fields::coding::named_codings;
use crate::fields::date;
use crate::fields::known::KnownField;
use crate::fields::{list_contains, single_line, tokens, transfer_encoding, vary};
use crate::registry::Rule;

/// Reports `rule` on the parameters of each Transfer-Encoding coding that `applies` to
/// (by name) and that defines none: chunked (RFC 9112 §7.1) and the compression codings
/// (§7.2). `codings` names them in the message: "Transfer coding … has parameters, which
/// {codings} define". Other junk after a coding name is `transfer-encoding-invalid`'s.
pub(crate) fn coding_with_parameters(
    cx: &mut Context<'_>,
    rule: impl Rule,
    applies: impl Fn(&[u8]) -> bool,
    codings: &str,
) {
    for field in cx.message.fields_named(KnownField::TransferEncoding) {
        let value = cx.text(field.value);
        for c in transfer_encoding::codings(value) {
            let name = c.name(value);
            let params = value.get(c.name_end..c.end).unwrap_or_default();
            let Some(semi) = params.iter().position(|&b| b == b';') else {
                continue;
            };
            if !applies(name) {
                continue;
            }
            let span = field.value.sub(c.name_end + semi, c.end);
            let coding = cx.quote(field.value.sub(c.start, c.end));
            cx.report(
                rule,
                span,
                format!("Transfer coding \"{coding}\" has parameters, which {codings} define"),
            )
            .help(format!(
                "Send {} without parameters",
                String::from_utf8_lossy(name)
            ));
        }
    }
}

/// Reports `rule` on each `directive` whose delta-seconds argument is sent as a quoted
/// string (RFC 9111 §5.2: the token form is the one to generate). A quoted non-number is
/// `cache-directive-delta-seconds-invalid`'s.
pub(crate) fn quoted_delta_seconds(cx: &mut Context<'_>, rule: impl Rule, directive: Directive) {
    let name = directive.name();
    for (located, _, arg) in cache_control::arguments_of(cx.cache_directives(), directive) {
        let value = cx.text(located.field.value);
        let Some(seconds) = arg.delta_seconds(value).filter(|_| arg.quoted) else {
            continue;
        };
        let span = located.span((arg.start, arg.end));
        let shown = cx.quote(span);
        cx.report(rule, span, format!("{name} argument {shown} is quoted"))
            .help(format!("Send {name}={seconds}"));
    }
}

/// Reports `rule` on each response `directive` (qualified `no-cache` or `private`) whose
/// field-name list is sent in token form instead of as a quoted string (RFC 9111
/// §5.2.2.4, §5.2.2.7). The request directives take no argument:
/// `cache-directive-argument-unexpected`.
pub(crate) fn unquoted_field_names(cx: &mut Context<'_>, rule: impl Rule, directive: Directive) {
    if cx.message.is_request() {
        return;
    }
    let name = directive.name();
    for (located, _, arg) in cache_control::arguments_of(cx.cache_directives(), directive) {
        if arg.quoted {
            continue;
        }
        let span = located.span((arg.start, arg.end));
        let shown = cx.quote(span);
        cx.report(rule, span, format!("{name} lists {shown} in token form"))
            .help(format!("Quote the field names: {name}=\"{shown}\""));
    }
}

/// Reports `rule` at the name of the first `field` (TE, Keep-Alive, Upgrade) when no
/// Connection field lists `option`, the connection option that makes the hop-by-hop field
/// take effect (RFC 9110 §7.6.1).
pub(crate) fn connection_option_missing(
    cx: &mut Context<'_>,
    rule: impl Rule,
    field: KnownField,
    option: &str,
    help: &str,
) {
    let m = cx.message;
    let Some(sent) = m.field(field) else { return };
    let listed = m
        .fields_named(KnownField::Connection)
        .any(|f| list_contains(cx.text(f.value), option.as_bytes()));
    if listed {
        return;
    }
    let connection = m.field(KnownField::Connection);
    let mut report = cx.report(
        rule,
        sent.name,
        format!(
            "{} is sent, but Connection does not list {option}",
            field.name()
        ),
    );
    if let Some(c) = connection {
        report = report.label(c.value, format!("no {option} here"));
    }
    report.help(help);
}

/// Seconds a clock may be ahead before a date is reported as in the future.
const CLOCK_TOLERANCE: i64 = 60;

/// Reports `rule` on the first `field` (Date, Last-Modified) when it is a valid HTTP-date
/// more than a minute after the current time of [`crate::Options::now`]; silent without
/// one. An invalid date is the HTTP-date rules' concern.
pub(crate) fn date_in_future(cx: &mut Context<'_>, rule: impl Rule, field: KnownField, help: &str) {
    let Some(now) = cx.options.now else { return };
    let Some(line) = cx.message.field(field) else {
        return;
    };
    let Ok(date) = date::parse(cx.text(line.value)) else {
        return;
    };
    let ahead = date.timestamp.saturating_sub(now);
    if ahead <= CLOCK_TOLERANCE {
        return;
    }
    let shown = cx.quote(line.value);
    cx.report(
        rule,
        line.value,
        format!(
            "{} \"{shown}\" is {ahead} seconds after the current time ({})",
            field.name(),
            date::format_imf(now)
        ),
    )
    .help(help);
}

/// Reports `rule` on each syntax error in the members of a negotiation field (`name`,
/// one of [`crate::fields::accept::FIELDS`]), except whitespace around a parameter's `=`, which is
/// `parameter-whitespace`'s.
pub(crate) fn preference_list_invalid(cx: &mut Context<'_>, rule: impl Rule, name: KnownField) {
    for (field, members) in cx.accept_fields(name) {
        let v = cx.text(field.value);
        for err in members.iter().filter_map(|m| m.as_ref().err()) {
            if tokens::parameter_whitespace(v, err).is_some() {
                continue;
            }
            let shown = cx.quote(field.value);
            cx.report(
                rule,
                field.value.sub(err.start, err.end),
                format!(
                    "{} \"{shown}\" is not a valid preference list: expected {}",
                    name.name(),
                    err.expected
                ),
            )
            .help("Separate members with commas and give each at most one weight, e.g. ;q=0.8");
        }
    }
}

/// Reports `rule` on each Vary member naming the request field `member` (ignoring case),
/// which Vary need not or should not list (RFC 9110 §12.5.5).
pub(crate) fn vary_lists(
    cx: &mut Context<'_>,
    rule: impl Rule,
    member: &[u8],
    message: &str,
    help: &str,
) {
    for field in single_line(cx.message, KnownField::Vary) {
        let v = cx.text(field.value);
        for m in vary::members(v).filter_map(Result::ok) {
            if !m.text(v).eq_ignore_ascii_case(member) {
                continue;
            }
            cx.report(rule, field.value.sub(m.start, m.end), message)
                .help(help);
        }
    }
}

/// Reports `rule` on each content coding named by its alias `alias` (`x-gzip`,
/// `x-compress`) in Content-Encoding or Accept-Encoding, with the help to write
/// `canonical` instead (RFC 9110 §8.4.1.1, §8.4.1.3).
pub(crate) fn coding_alias(cx: &mut Context<'_>, rule: impl Rule, alias: &str, canonical: &str) {
    for (name, span) in named_codings(cx.message, cx.input) {
        if !cx.text(span).eq_ignore_ascii_case(alias.as_bytes()) {
            continue;
        }
        cx.report(
            rule,
            span,
            format!("{} uses the alias \"{alias}\"", name.name()),
        )
        .help(format!("Write {canonical}"));
    }
}

/// Reports `rule` at the name of each header field in `fields` sent in the other kind of
/// message than the one it belongs in: in a request (`in_request`) they are response
/// fields, in a response request fields. `help` says what to do about one.
pub(crate) fn field_in_wrong_message(
    cx: &mut Context<'_>,
    rule: impl Rule,
    in_request: bool,
    fields: &[KnownField],
    help: impl Fn(KnownField) -> String,
) {
    let m = cx.message;
    let (belongs, sent) = if in_request {
        ("response", "request")
    } else {
        ("request", "response")
    };
    let applies = if in_request {
        m.is_request()
    } else {
        m.is_response()
    };
    // The known-field mask answers "none of them" without scanning the field lines.
    if !applies || !fields.iter().any(|&f| m.has(f)) {
        return;
    }
    for field in &m.fields {
        let Some(k) = field.known.filter(|k| fields.contains(k)) else {
            continue;
        };
        cx.report(
            rule,
            field.name,
            format!("{} is a {belongs} field, sent here in a {sent}", k.name()),
        )
        .help(help(k));
    }
}

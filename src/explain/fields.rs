//! Header and trailer fields: what each field is for, its registration, and its value
//! parsed (dates as instants, Cache-Control as directives, Accept-* as ranked preferences…).

use super::text::{lossy, plural, qvalue, seconds};
use super::{relative, Cx, Element, Explanation};
use crate::fields::accept::{self, Kind};
use crate::fields::cache_control::{self, ArgumentSyntax, CacheDirective, Directive};
use crate::fields::content_length::{self, ContentLength};
use crate::fields::date::{self, DateFormat, HttpDate};
use crate::fields::known::KnownField;
use crate::fields::registry::{self, Status};
use crate::fields::retry_after::{self, RetryAfter};
use crate::fields::tokens::SyntaxError;
use crate::fields::{coding, etag, list, max_forwards, media_type, transfer_encoding, vary};
use crate::parse::message::{FieldLine, Framing, Message};
use crate::spec;

/// Fills in the explanation of field line `f` of `m`: its name, value or whole trailer line.
pub(super) fn explain(cx: &Cx<'_>, m: &Message, f: &FieldLine, e: &mut Explanation) {
    let name = cx.text(f.name);
    let entry = registry::lookup(name);
    let display = match (f.known, entry) {
        (Some(k), _) => k.name().to_string(),
        (None, Some(entry)) => entry.name.to_string(),
        (None, None) => lossy(name),
    };
    let trailer = e.element == Element::TrailerField;
    e.title = format!(
        "{display} {} field",
        if trailer { "trailer" } else { "header" }
    );
    e.section = entry.and_then(registry::FieldEntry::spec_section);
    e.summary = match (f.known.and_then(summary), entry) {
        (Some(s), _) => s.to_string(),
        (None, Some(entry)) => {
            let mut s = format!(
                "A field in the IANA HTTP Field Name Registry ({}), defined by {}.",
                entry.status.as_str(),
                entry.reference
            );
            if let Some(r) = entry.replacement {
                s.push_str(&format!(" {r} replaces it."));
            }
            s
        }
        (None, None) => {
            e.section = Some(spec::RFC9110_5_1);
            let mut s = "Not in the IANA HTTP Field Name Registry: its meaning is private to \
                         the software that uses it, and other recipients ignore it."
                .to_string();
            if name.len() > 2 && name.get(..2).is_some_and(|p| p.eq_ignore_ascii_case(b"x-")) {
                s.push_str(" The X- prefix for unstandardized names is deprecated (RFC 6648).");
            }
            s
        }
    };
    if trailer {
        e.row(
            "Trailer",
            "sent after the content; a recipient may merge it into the header section only \
             when the field's definition allows it (RFC 9110 §6.5)",
        );
    }
    if e.element == Element::FieldName {
        registry_rows(name, f, e);
        return;
    }
    let unfolded;
    let value = if f.folded {
        e.row(
            "Folded",
            "the value continues on obs-fold lines, which a recipient replaces with spaces \
             (RFC 9112 §5.2)",
        );
        unfolded = unfold(cx.text(f.value));
        unfolded.as_slice()
    } else {
        cx.text(f.value)
    };
    let before = e.details.len();
    if let Some(known) = f.known {
        value_rows(cx, m, known, value, e);
    }
    if e.details.len() == before {
        if value.is_empty() {
            e.row("Value", "(empty)");
        } else if let Some(true) = f.known.map(KnownField::is_list) {
            for (i, el) in list::elements(value)
                .filter(|el| !el.is_empty())
                .enumerate()
            {
                e.row(format!("Member {}", i + 1), lossy(el.text(value)));
            }
        } else {
            e.row("Value", lossy(value));
        }
        if f.known.is_none() {
            registry_rows(name, f, e);
        }
    }
}

/// The field's registration and defining document.
fn registry_rows(name: &[u8], f: &FieldLine, e: &mut Explanation) {
    match registry::lookup(name) {
        Some(entry) => {
            let status = match entry.status {
                Status::Permanent => "permanent",
                Status::Provisional => {
                    "provisional: registered on request, and removed if it \
                                        falls out of use"
                }
                Status::Deprecated => "deprecated: still defined, but its use is discouraged",
                Status::Obsoleted => "obsoleted: no current specification defines it",
            };
            e.row("Registry", status);
            e.row("Defined in", entry.reference);
            if let Some(r) = entry.replacement {
                e.row("Replaced by", r);
            }
        }
        None if registry::is_common_unregistered(name) => {
            e.row("Registry", "not registered, although in wide use");
        }
        None => e.row("Registry", "not registered"),
    }
    if f.known.is_some_and(KnownField::is_list) {
        e.row(
            "List",
            "a comma-separated list, which may also be split over several field lines \
             (RFC 9110 §5.3)",
        );
    }
}

/// A folded value with each line break replaced by a space.
fn unfold(value: &[u8]) -> Vec<u8> {
    value
        .iter()
        .map(|&b| if b == b'\r' || b == b'\n' { b' ' } else { b })
        .collect()
}

/// The row for a syntax error in a value.
fn syntax_row(e: &mut Explanation, value: &[u8], err: &SyntaxError) {
    let at = value
        .get(err.start..err.end.max(err.start))
        .unwrap_or_default();
    let at = if at.is_empty() {
        "the end".to_string()
    } else {
        format!("\"{}\"", lossy(at))
    };
    e.row("Invalid", format!("expected {} at {at}", err.expected));
}

/// The parsed value of a known field.
fn value_rows(cx: &Cx<'_>, m: &Message, known: KnownField, value: &[u8], e: &mut Explanation) {
    match known {
        KnownField::Date
        | KnownField::LastModified
        | KnownField::Expires
        | KnownField::IfModifiedSince
        | KnownField::IfUnmodifiedSince => {
            let parsed = date_rows(cx, value, e);
            match known {
                KnownField::Expires => expires_rows(cx, m, parsed, e),
                KnownField::LastModified => last_modified_rows(cx, m, parsed, e),
                _ => {}
            }
        }
        KnownField::RetryAfter => match retry_after::parse(value) {
            RetryAfter::Date(_) => {
                date_rows(cx, value, e);
            }
            RetryAfter::Delay(Some(n)) => e.row("Delay", seconds(n)),
            RetryAfter::Delay(None) => e.row("Delay", "more seconds than fit in 64 bits"),
            RetryAfter::Invalid(err) => syntax_row(e, value, &err),
        },
        KnownField::IfRange => {
            if value.first().is_some_and(u8::is_ascii_alphabetic) && !value.starts_with(b"W/") {
                date_rows(cx, value, e);
            } else {
                etag_rows(value, e);
            }
        }
        KnownField::CacheControl => cache_control_rows(m.is_request(), value, e),
        KnownField::Pragma => {
            for el in list::elements(value).filter(|el| !el.is_empty()) {
                let text = el.text(value);
                let meaning = if text.eq_ignore_ascii_case(b"no-cache") {
                    "HTTP/1.0's way to ask caches to revalidate; Cache-Control: no-cache replaces \
                     it (RFC 9111 §5.4)"
                } else {
                    "an extension directive with no defined meaning"
                };
                e.row(lossy(text), meaning);
            }
        }
        KnownField::Accept => accept_rows(value, Kind::MediaRange, e),
        KnownField::AcceptCharset => accept_rows(value, Kind::Charset, e),
        KnownField::AcceptEncoding => accept_rows(value, Kind::Coding, e),
        KnownField::AcceptLanguage => accept_rows(value, Kind::LanguageRange, e),
        KnownField::ContentType => content_type_rows(value, e),
        KnownField::ContentLength => content_length_rows(cx, m, value, e),
        KnownField::TransferEncoding => transfer_encoding_rows(m, value, e),
        KnownField::ContentEncoding => {
            for el in list::elements(value).filter(|el| !el.is_empty()) {
                let name = el.text(value);
                e.row(lossy(name), content_coding_meaning(name));
            }
            if list::elements(value).filter(|el| !el.is_empty()).count() > 1 {
                e.row(
                    "Order",
                    "applied in the order listed, so decoded in reverse order",
                );
            }
        }
        KnownField::Age => match cache_control::delta_seconds(value) {
            Some(n) => e.row(
                "Age",
                format!(
                    "{}: the time since the response was generated or validated at the \
                     origin, as estimated by the caches it passed",
                    seconds(n)
                ),
            ),
            None => e.row(
                "Invalid",
                "an Age is delta-seconds: digits only (RFC 9111 §1.2.2)",
            ),
        },
        KnownField::Host => host_rows(value, e),
        KnownField::ETag => etag_rows(value, e),
        KnownField::IfMatch | KnownField::IfNoneMatch => match etag::list(value) {
            Some(etag::TagList::Any) => e.row("*", "any current representation of the resource"),
            Some(etag::TagList::Tags(tags)) => {
                for t in tags {
                    let kind = if t.weak { "weak" } else { "strong" };
                    e.row(lossy(t.text(value)), format!("a {kind} entity tag"));
                }
                let how = if known == KnownField::IfMatch {
                    "compared with the strong function: weak tags never match (RFC 9110 §13.1.1)"
                } else {
                    "compared with the weak function: W/ is ignored (RFC 9110 §13.1.2)"
                };
                e.row("Comparison", how);
            }
            None => e.row(
                "Invalid",
                "expected \"*\" or a list of entity tags such as \"abc\" or W/\"abc\"",
            ),
        },
        KnownField::MaxForwards => match max_forwards::parse(value) {
            Ok(Some(n)) => e.row("Forwards left", n.to_string()),
            Ok(None) => e.row("Forwards left", "more than fit in 64 bits"),
            Err(err) => syntax_row(e, value, &err),
        },
        KnownField::Allow => {
            for el in list::elements(value).filter(|el| !el.is_empty()) {
                let name = el.text(value);
                let meaning = match crate::method::lookup(name) {
                    Some(def) => format!(
                        "{}, {}",
                        if def.safe { "safe" } else { "not safe" },
                        if def.idempotent {
                            "idempotent"
                        } else {
                            "not idempotent"
                        }
                    ),
                    None => "not a registered method".to_string(),
                };
                e.row(lossy(name), meaning);
            }
            if value.is_empty() {
                e.row("Methods", "none: the resource allows no method");
            }
        }
        KnownField::Vary => {
            for member in vary::members(value) {
                match member {
                    Ok(v) if v.wildcard => e.row(
                        "*",
                        "the response depends on more than request fields (such as the client's \
                         address): caches cannot reuse it without revalidating",
                    ),
                    Ok(v) => e.row(
                        lossy(v.text(value)),
                        "a request field whose value selected this response",
                    ),
                    Err(err) => syntax_row(e, value, &err),
                }
            }
        }
        KnownField::Connection => {
            for el in list::elements(value).filter(|el| !el.is_empty()) {
                let option = el.text(value);
                let meaning = if option.eq_ignore_ascii_case(b"close") {
                    "the sender closes the connection after this message (RFC 9112 §9.6)"
                } else if option.eq_ignore_ascii_case(b"keep-alive") {
                    "asks to keep an HTTP/1.0 connection open for more requests (RFC 9112 \
                     Appendix C.2.2)"
                } else {
                    "a field of this connection only: a proxy removes it, and this option, \
                     before forwarding the message (RFC 9110 §7.6.1)"
                };
                e.row(lossy(option), meaning);
            }
        }
        _ => {}
    }
}

/// Instant, form, weekday and distance from now of an HTTP-date; the date when valid.
fn date_rows(cx: &Cx<'_>, value: &[u8], e: &mut Explanation) -> Option<HttpDate> {
    match date::parse(value) {
        Ok(d) => {
            e.row("Instant", date::format_iso(d.timestamp));
            let form = match d.format {
                DateFormat::ImfFixdate => {
                    "IMF-fixdate, the form senders must use (RFC 9110 §5.6.7)"
                }
                DateFormat::Rfc850 => {
                    "rfc850-date: an obsolete form with a two-digit year; a year more than 50 \
                     years ahead is read as the latest past year with those digits (RFC 9110 \
                     §5.6.7)"
                }
                DateFormat::Asctime => {
                    "asctime-date: an obsolete form, from C's asctime() (RFC 9110 §5.6.7)"
                }
            };
            e.row("Form", form);
            if !d.weekday_matches {
                let day = date::format_imf(d.timestamp);
                e.row(
                    "Day name",
                    format!(
                        "does not match the date, which was a {}",
                        day.get(..3).unwrap_or_default()
                    ),
                );
            }
            if let Some(rel) = relative(cx.options, d.timestamp) {
                e.row("Relative to now", rel);
            }
            Some(d)
        }
        Err(err) => {
            let at = value
                .get(err.start..err.end.max(err.start))
                .unwrap_or_default();
            e.row(
                "Invalid",
                format!(
                    "not an HTTP-date: expected {} at {}",
                    err.expected,
                    if at.is_empty() {
                        "the end".to_string()
                    } else {
                        format!("\"{}\"", lossy(at))
                    }
                ),
            );
            if let Ok(d) = date::parse_ignoring_case(value) {
                e.row(
                    "Read by caches as",
                    format!(
                        "{} (caches ignore the case of names, RFC 9111 §4.2)",
                        date::format_iso(d.timestamp)
                    ),
                );
                return Some(d);
            }
            None
        }
    }
}

/// The message's Date, when valid.
fn message_date(cx: &Cx<'_>, m: &Message) -> Option<i64> {
    let f = m.field(KnownField::Date)?;
    date::parse(cx.text(f.value)).ok().map(|d| d.timestamp)
}

fn expires_rows(cx: &Cx<'_>, m: &Message, expires: Option<HttpDate>, e: &mut Explanation) {
    let Some(expires) = expires else {
        e.row(
            "For caches",
            "an invalid Expires, such as 0, means already expired (RFC 9111 §5.3)",
        );
        return;
    };
    let cc = cache_control::Summary::of(m, cx.input);
    if cc.has(Directive::MaxAge) {
        e.row(
            "Ignored",
            "Cache-Control: max-age takes precedence over Expires (RFC 9111 §5.3)",
        );
        return;
    }
    if let Some(date) = message_date(cx, m) {
        let lifetime = expires.timestamp.saturating_sub(date);
        let value = if lifetime <= 0 {
            "none: already expired when sent (Expires is not after Date)".to_string()
        } else {
            format!(
                "{} (Expires minus Date, RFC 9111 §4.2.1)",
                seconds(lifetime.unsigned_abs())
            )
        };
        e.row("Freshness lifetime", value);
    }
    if cc.has(Directive::SMaxage) {
        e.row(
            "Shared caches",
            "ignore Expires: s-maxage takes precedence (RFC 9111 §5.3)",
        );
    }
}

fn last_modified_rows(cx: &Cx<'_>, m: &Message, modified: Option<HttpDate>, e: &mut Explanation) {
    let (Some(modified), Some(date)) = (modified, message_date(cx, m)) else {
        return;
    };
    let cc = cache_control::Summary::of(m, cx.input);
    let explicit =
        m.has(KnownField::Expires) || cc.has(Directive::MaxAge) || cc.has(Directive::SMaxage);
    let since = date.saturating_sub(modified.timestamp);
    if m.is_response() && !explicit && since > 0 {
        e.row(
            "Heuristic freshness",
            format!(
                "without explicit freshness a cache may reuse it for a fraction of the time since \
                 the change, typically 10%: {} (RFC 9111 §4.2.2)",
                seconds(since.unsigned_abs() / 10)
            ),
        );
    }
}

fn etag_rows(value: &[u8], e: &mut Explanation) {
    match etag::parse(value) {
        Some(t) => {
            e.row("Opaque tag", lossy(t.opaque(value)));
            e.row(
                "Strength",
                if t.weak {
                    "weak (W/): the representations it names are equivalent in meaning, not \
                     necessarily in bytes, so it is useless for ranges (RFC 9110 §8.8.3)"
                } else {
                    "strong: it changes whenever the representation's bytes change (RFC 9110 \
                     §8.8.3)"
                },
            );
        }
        None => e.row(
            "Invalid",
            "expected an entity tag: a quoted string such as \"abc\", optionally preceded by W/",
        ),
    }
}

fn host_rows(value: &[u8], e: &mut Explanation) {
    if value.is_empty() {
        e.row(
            "Host",
            "(empty): allowed only when the target URI has no authority (RFC 9112 §3.2)",
        );
        return;
    }
    let bracket_end = if value.first() == Some(&b'[') {
        value.iter().position(|&b| b == b']').unwrap_or(0)
    } else {
        0
    };
    let colon = value
        .get(bracket_end..)
        .and_then(|rest| rest.iter().rposition(|&b| b == b':'))
        .map(|i| i + bracket_end);
    match colon {
        Some(c) => {
            e.row("Host", lossy(value.get(..c).unwrap_or_default()));
            e.row("Port", lossy(value.get(c + 1..).unwrap_or_default()));
        }
        None => {
            e.row("Host", lossy(value));
            e.row(
                "Port",
                "none given: the scheme's default (80 for http, 443 for https)",
            );
        }
    }
}

fn content_type_rows(value: &[u8], e: &mut Explanation) {
    let mt = match media_type::parse(value) {
        Ok(mt) => mt,
        Err(err) => {
            syntax_row(e, value, &err);
            return;
        }
    };
    let ty = lossy(mt.type_name(value));
    let sub = lossy(mt.subtype_name(value));
    e.row("Media type", format!("{ty}/{sub}"));
    e.row("Type", ty);
    e.row("Subtype", sub);
    for p in &mt.params {
        let name = lossy(p.name(value));
        let v = lossy(&p.value(value));
        let note = match name.to_ascii_lowercase().as_str() {
            "charset" => format!("{v}: the character encoding of the text"),
            "boundary" => format!("{v}: the delimiter between the parts of a multipart body"),
            _ => v,
        };
        e.row(format!("Parameter {name}"), note);
    }
}

fn content_length_rows(cx: &Cx<'_>, m: &Message, value: &[u8], e: &mut Explanation) {
    let n = match content_length::parse(value) {
        ContentLength::Valid(n) => n,
        ContentLength::RepeatedList(n) => {
            e.row(
                "List",
                format!("the same number repeated: a recipient may read it as {n} (RFC 9112 §6.3)"),
            );
            n
        }
        ContentLength::Invalid(_) => {
            e.row(
                "Invalid",
                "a Content-Length is one decimal number of octets (RFC 9110 §8.6); an invalid \
                 one leaves the message unframeable (RFC 9112 §6.3)",
            );
            return;
        }
    };
    e.row("Octets", plural(n, "octet"));
    let body = &m.body;
    let status = m.status_code;
    let to_head = cx
        .request_of(m)
        .and_then(|r| r.request_line())
        .is_some_and(|r| cx.text(r.method) == b"HEAD");
    let row = match body.framing {
        Framing::ContentLength(_) if body.complete && body.excess.is_none() => {
            format!(
                "matches: the {} after the header section are the content",
                plural(n, "octet")
            )
        }
        Framing::ContentLength(_) if body.complete => format!(
            "the {} are the content; the input has more after them that is not another message",
            plural(n, "octet")
        ),
        Framing::ContentLength(_) => format!(
            "incomplete: the input ends after {} of the {n}",
            plural(body.span.len() as u64, "octet")
        ),
        Framing::Chunked | Framing::TransferEncodingNotChunked => {
            "ignored: Transfer-Encoding decides the length, and a sender must not send both \
             (RFC 9112 §6.2)"
                .to_string()
        }
        Framing::NoContent if to_head => "no content follows a response to HEAD: Content-Length \
             gives the length a GET would have received (RFC 9110 §8.6)"
            .to_string(),
        Framing::NoContent if status == Some(304) => "no content follows a 304: Content-Length \
             gives the length a 200 would have had (RFC 9110 §8.6)"
            .to_string(),
        Framing::NoContent => "no content follows: 1xx and 204 responses have none, and must not \
             carry Content-Length (RFC 9110 §8.6)"
            .to_string(),
        Framing::InvalidContentLength => "the message cannot be framed: its Content-Length \
             values are invalid or differ (RFC 9112 §6.3)"
            .to_string(),
        Framing::Tunnel => "no content follows: the connection becomes a tunnel".to_string(),
        Framing::Zero | Framing::UntilClose => String::new(),
    };
    if !row.is_empty() {
        e.row("Body", row);
    }
}

fn transfer_encoding_rows(m: &Message, value: &[u8], e: &mut Explanation) {
    for c in transfer_encoding::codings(value) {
        let name = c.name(value);
        let lower = name.to_ascii_lowercase();
        let meaning = match lower.as_slice() {
            b"chunked" => {
                "the body is sent as chunks, each preceded by its size, ending with a \
                           chunk of size 0 (RFC 9112 §7.1)"
            }
            b"gzip" | b"x-gzip" => "GZIP compression (RFC 9112 §7.2)",
            b"deflate" => "zlib-wrapped DEFLATE compression (RFC 9112 §7.2)",
            b"compress" | b"x-compress" => "Unix compress (LZW) (RFC 9112 §7.2)",
            b"trailers" => "not a transfer coding: \"trailers\" belongs in TE (RFC 9110 §10.1.4)",
            b"identity" => "no longer a transfer coding (removed from the registry)",
            _ => "not a registered transfer coding",
        };
        e.row(
            lossy(value.get(c.start..c.end).unwrap_or_default()),
            meaning,
        );
    }
    let framing = match m.body.framing {
        Framing::Chunked => {
            "chunked is the final coding: the body ends after the size-0 chunk \
                             and the trailer section (RFC 9112 §6.3)"
        }
        Framing::TransferEncodingNotChunked if m.is_request() => {
            "chunked is not the final coding: the request's length cannot be determined, and a \
             server answers 400 and closes the connection (RFC 9112 §6.3)"
        }
        Framing::TransferEncodingNotChunked => {
            "chunked is not the final coding: the body runs until the connection closes (RFC 9112 \
             §6.3)"
        }
        _ => "",
    };
    if !framing.is_empty() {
        e.row("Framing", framing);
    }
}

/// What a content coding is.
fn content_coding_meaning(name: &[u8]) -> &'static str {
    match name.to_ascii_lowercase().as_slice() {
        b"gzip" | b"x-gzip" => "GZIP compression (RFC 9110 §8.4.1.3)",
        b"deflate" => "zlib-wrapped DEFLATE compression (RFC 9110 §8.4.1.2)",
        b"compress" | b"x-compress" => "Unix compress, LZW (RFC 9110 §8.4.1.1)",
        b"br" => "Brotli compression (RFC 7932)",
        b"zstd" => "Zstandard compression (RFC 8878)",
        b"identity" => "no encoding; not to be listed in Content-Encoding (RFC 9110 §12.5.3)",
        b"dcb" | b"dcz" => "compressed against a dictionary the client already has",
        b"aes128gcm" => "encrypted content (RFC 8188)",
        _ if coding::is_registered(name) => "a registered content coding",
        _ => "not a registered content coding",
    }
}

/// Cache-Control: each directive with what it asks of caches.
fn cache_control_rows(request: bool, value: &[u8], e: &mut Explanation) {
    for item in cache_control::parse(value) {
        match item {
            Ok(d) => {
                let (a, b) = d.whole();
                let label = lossy(value.get(a..b).unwrap_or_default());
                e.row(label, directive_meaning(request, value, &d));
            }
            Err(err) => syntax_row(e, value, &err),
        }
    }
}

/// What a cache directive asks, with its argument read.
fn directive_meaning(request: bool, value: &[u8], d: &CacheDirective) -> String {
    let Some(directive) = d.directive else {
        return "an extension directive wirelint does not know: caches that do not understand it \
                ignore it (RFC 9111 §5.2.3)"
            .to_string();
    };
    let applies = directive.applies();
    let wrong_side = match applies {
        cache_control::Applies::Request => !request,
        cache_control::Applies::Response => request,
        cache_control::Applies::Both => false,
    };
    if wrong_side {
        let (is, other) = if request {
            ("request", "responses")
        } else {
            ("response", "requests")
        };
        return format!(
            "defined for {other} only: as a {is} directive it has no meaning (RFC 9111 §5.2)"
        );
    }
    let delta = d.argument.and_then(|a| a.delta_seconds(value));
    let n = || match delta {
        Some(n) if n >= cache_control::DELTA_SECONDS_INFINITY => format!(
            "{n} seconds (read as 2147483648, the largest value caches need, RFC 9111 §1.2.2)"
        ),
        Some(n) => seconds(n),
        None => "(invalid: expected delta-seconds, digits only)".to_string(),
    };
    let fields = || {
        d.argument.map(|a| {
            cache_control::field_names(value, a)
                .map(|((x, y), _)| lossy(value.get(x..y).unwrap_or_default()))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let expects_argument = !matches!(directive.argument(request), ArgumentSyntax::None);
    if d.argument.is_some() && !expects_argument {
        return format!(
            "{} takes no argument here (RFC 9111 §5.2)",
            directive.name()
        );
    }
    match (directive, request) {
        (Directive::MaxAge, true) => format!(
            "the client prefers a response no older than {}; unless max-stale is also present, \
             it does not want a stale one (RFC 9111 §5.2.1.1)",
            n()
        ),
        (Directive::MaxAge, false) => format!(
            "the response stays fresh for {} after it was generated (RFC 9111 §5.2.2.1)",
            n()
        ),
        (Directive::MaxStale, _) => match d.argument {
            Some(_) => format!(
                "the client accepts a response that has been stale for up to {} (RFC 9111 \
                 §5.2.1.2)",
                n()
            ),
            None => {
                "the client accepts a stale response of any age (RFC 9111 §5.2.1.2)".to_string()
            }
        },
        (Directive::MinFresh, _) => format!(
            "the client wants a response that will still be fresh for at least {} more (RFC 9111 \
             §5.2.1.3)",
            n()
        ),
        (Directive::NoCache, true) => "the client asks caches not to answer from storage \
             without first validating with the origin server (RFC 9111 §5.2.1.4)"
            .to_string(),
        (Directive::NoCache, false) => match fields() {
            Some(names) => format!(
                "caches may reuse the response without validating it only if they leave out \
                 the listed fields: {names} (RFC 9111 §5.2.2.4)"
            ),
            None => "caches may store the response but must validate it with the origin server \
                     before each reuse (RFC 9111 §5.2.2.4)"
                .to_string(),
        },
        (Directive::NoStore, true) => "caches must not store any part of this request or of \
             its response (RFC 9111 §5.2.1.5)"
            .to_string(),
        (Directive::NoStore, false) => "caches must not store any part of this response (or of \
             the request it answers) (RFC 9111 §5.2.2.5)"
            .to_string(),
        (Directive::NoTransform, true) => "intermediaries must not transform the request's \
             content, such as by recompressing it (RFC 9111 §5.2.1.6)"
            .to_string(),
        (Directive::NoTransform, false) => "intermediaries must not transform the content, \
             such as by recompressing images (RFC 9111 §5.2.2.6)"
            .to_string(),
        (Directive::OnlyIfCached, _) => "the client wants a stored response only: a cache \
             answers from storage or with 504 (Gateway Timeout) (RFC 9111 §5.2.1.7)"
            .to_string(),
        (Directive::MustRevalidate, _) => "once stale, the response must not be reused without \
             validating it with the origin; if that fails, a cache answers 504 rather than \
             serve it stale (RFC 9111 §5.2.2.2)"
            .to_string(),
        (Directive::MustUnderstand, _) => "a cache may store the response only if it \
             understands the caching rules of its status code; sent with no-store as the \
             fallback for caches that do not (RFC 9111 §5.2.2.3)"
            .to_string(),
        (Directive::Private, _) => match fields() {
            Some(names) => format!(
                "shared caches must not store the listed fields: {names}; the rest of the \
                 response may be stored (RFC 9111 §5.2.2.7)"
            ),
            None => "only a private cache (the user's browser) may store the response; shared \
                     caches must not (RFC 9111 §5.2.2.7)"
                .to_string(),
        },
        (Directive::ProxyRevalidate, _) => "like must-revalidate, for shared caches only \
             (RFC 9111 §5.2.2.8)"
            .to_string(),
        (Directive::Public, _) => "any cache may store the response, even one that would \
             otherwise not be storable, such as the answer to a request with Authorization \
             (RFC 9111 §5.2.2.9)"
            .to_string(),
        (Directive::SMaxage, _) => format!(
            "for shared caches (proxies, CDNs): fresh for {}, overriding max-age and Expires, \
             and not to be served stale without validation (RFC 9111 §5.2.2.10)",
            n()
        ),
        (Directive::Immutable, _) => "the response will not change while it is fresh, so a \
             client need not revalidate it, even on reload (RFC 8246)"
            .to_string(),
        (Directive::StaleWhileRevalidate, _) => format!(
            "once stale, a cache may keep serving it for up to {} while it revalidates in the \
             background (RFC 5861)",
            n()
        ),
        (Directive::StaleIfError, _) => format!(
            "when validation meets an error (a 500, 502, 503 or 504, or no answer), a cache may \
             serve it stale for up to {} (RFC 5861)",
            n()
        ),
    }
}

/// Accept, Accept-Charset, Accept-Encoding, Accept-Language: members by weight, most
/// preferred first (equal weights keep their order).
fn accept_rows(value: &[u8], kind: Kind, e: &mut Explanation) {
    let mut members = Vec::new();
    for (i, member) in accept::members(value, kind).enumerate() {
        match member {
            Ok(mb) => members.push((i, mb)),
            Err(err) => syntax_row(e, value, &err),
        }
    }
    if value.is_empty() && kind == Kind::Coding {
        e.row(
            "(empty)",
            "the client wants no content coding: identity only (RFC 9110 §12.5.3)",
        );
        return;
    }
    // Invalid weights last; then by weight, highest first.
    members.sort_by_key(|(i, mb)| {
        (
            mb.q().map_or(1, |_| 0),
            std::cmp::Reverse(mb.q().unwrap_or(0)),
            *i,
        )
    });
    for (_, mb) in &members {
        let label = match mb.weight {
            Some(w) => value.get(mb.span.0..w.param.name.0).unwrap_or_default(),
            None => value.get(mb.span.0..mb.span.1).unwrap_or_default(),
        };
        let label = lossy(label).trim_end_matches([';', ' ', '\t']).to_string();
        let item = mb.item(value);
        let weight = match (mb.weight, mb.q()) {
            (None, _) => "q=1 (no weight given)".to_string(),
            (Some(_), Some(0)) => "q=0: not acceptable".to_string(),
            (Some(_), Some(q)) => format!("q={}", qvalue(q)),
            (Some(w), None) => format!(
                "invalid weight \"{}\": a qvalue is 0 to 1 with at most three decimals (RFC 9110 \
                 §12.4.2)",
                lossy(w.param.raw_value(value))
            ),
        };
        let what = wildcard_meaning(kind, item);
        let row = match what {
            Some(what) => format!("{weight}; {what}"),
            None => weight,
        };
        e.row(label, row);
    }
    let rule = match kind {
        Kind::MediaRange => {
            "a more specific range (text/html) overrides a less specific one \
                             (text/*, */*) for the types it covers (RFC 9110 §12.5.1)"
        }
        Kind::Coding => {
            let lists = |name: &[u8]| {
                members
                    .iter()
                    .any(|(_, mb)| mb.item(value).eq_ignore_ascii_case(name))
            };
            if lists(b"identity") || lists(b"*") {
                ""
            } else {
                "identity (no coding) stays acceptable, as it is not excluded with identity;q=0 \
                 or *;q=0 (RFC 9110 §12.5.3)"
            }
        }
        Kind::LanguageRange => {
            "ranges match language tags by prefix: en matches en-GB (RFC 4647 \
                                basic filtering, RFC 9110 §12.5.4)"
        }
        Kind::Charset => "",
    };
    if !rule.is_empty() && !members.is_empty() {
        e.row("How it is read", rule);
    }
}

/// What a wildcard member stands for.
fn wildcard_meaning(kind: Kind, item: &[u8]) -> Option<String> {
    match (kind, item) {
        (Kind::MediaRange, b"*/*") => Some("any media type".to_string()),
        (Kind::MediaRange, _) if item.ends_with(b"/*") => Some(format!(
            "any {} subtype",
            lossy(item.get(..item.len() - 2).unwrap_or_default())
        )),
        (Kind::Coding, b"*") => Some("any coding not listed".to_string()),
        (Kind::Coding, _) if item.eq_ignore_ascii_case(b"identity") => {
            Some("no coding at all".to_string())
        }
        (Kind::LanguageRange, b"*") => Some("any language not listed".to_string()),
        (Kind::Charset, b"*") => Some("any charset not listed".to_string()),
        _ => None,
    }
}

/// What each known field is for, in a sentence or two of our own.
fn summary(k: KnownField) -> Option<&'static str> {
    Some(match k {
        KnownField::Accept => {
            "The media types the client can use in the response, each with \
            an optional weight (q) saying how much it prefers it."
        }
        KnownField::AcceptCharset => {
            "The character encodings the client prefers for text. \
            Deprecated: UTF-8 is nearly universal, and browsers no longer send it."
        }
        KnownField::AcceptEncoding => {
            "The content codings (compressions such as gzip or br) the \
            client can decode in the response, with optional weights."
        }
        KnownField::AcceptLanguage => {
            "The natural languages the client prefers for the \
            response, with optional weights."
        }
        KnownField::AcceptRanges => {
            "Whether the server supports range requests for the \
            resource, and in which units (bytes), or none."
        }
        KnownField::Age => {
            "How long ago, in seconds, the response was generated or validated at \
            the origin server, as estimated by the caches it passed."
        }
        KnownField::Allow => {
            "The methods the target resource supports. A 405 (Method Not \
            Allowed) response must list them."
        }
        KnownField::AuthenticationInfo => {
            "Information the server sends after a successful \
            authentication, for schemes that use it."
        }
        KnownField::Authorization => {
            "The client's credentials for the target resource: an \
            authentication scheme followed by its token or parameters."
        }
        KnownField::CacheControl => {
            "Directives for caches: whether a response may be stored, \
            for how long it stays fresh, and when it must be revalidated; in a request, what the \
            client accepts from a cache."
        }
        KnownField::Connection => {
            "Options for the current connection only, such as close, and \
            the names of hop-by-hop fields that a proxy removes before forwarding."
        }
        KnownField::ContentEncoding => {
            "The codings (such as gzip) applied to the \
            representation, in order; undoing them gives the media type of Content-Type."
        }
        KnownField::ContentLanguage => {
            "The natural languages of the audience the \
            representation is meant for."
        }
        KnownField::ContentLength => {
            "The length of the content in octets. Without \
            Transfer-Encoding, it tells the recipient where the message body ends."
        }
        KnownField::ContentLocation => {
            "A URI of the specific representation in this message, \
            which may differ from the target URI (after content negotiation, for example)."
        }
        KnownField::ContentRange => {
            "Which part of the representation a 206 response carries \
            (bytes first-last/complete-length), or in a 416 the current length."
        }
        KnownField::ContentType => {
            "The media type of the content, such as text/html, with \
            parameters such as charset: how to interpret its octets."
        }
        KnownField::Date => {
            "When the message was generated. Caches use it to compute a \
            response's age and freshness."
        }
        KnownField::ETag => {
            "An entity tag: an opaque validator of the selected representation, \
            which conditional requests (If-None-Match, If-Match) send back."
        }
        KnownField::Expect => {
            "Behaviour the client expects of the server. The only one defined \
            is 100-continue: answer 100 before the client sends the content."
        }
        KnownField::Expires => {
            "The time after which the response is stale. Caches ignore it \
            when Cache-Control has max-age (or, for shared caches, s-maxage)."
        }
        KnownField::From => {
            "An email address of the person responsible for the requests, as \
            crawlers send so that they can be contacted."
        }
        KnownField::Host => {
            "The host and port of the target URI, so that one server can serve \
            several sites. Every HTTP/1.1 request must have exactly one."
        }
        KnownField::IfMatch => {
            "Makes the request conditional: apply the method only if the \
            current representation's entity tag is one of those listed (any, for *). Guards \
            against lost updates."
        }
        KnownField::IfModifiedSince => {
            "Makes a GET or HEAD conditional: send the representation \
            only if it changed after this date, otherwise answer 304 (Not Modified)."
        }
        KnownField::IfNoneMatch => {
            "Makes the request conditional: apply the method only if no \
            current entity tag is listed. For GET and HEAD a match gives 304; * avoids \
            overwriting an existing resource."
        }
        KnownField::IfRange => {
            "Makes a Range request conditional: send the part asked for only \
            if the representation is unchanged (same entity tag or date), else all of it."
        }
        KnownField::IfUnmodifiedSince => {
            "Makes the request conditional: apply the method only \
            if the representation has not changed since this date, otherwise answer 412."
        }
        KnownField::LastModified => {
            "When the origin server believes the representation last \
            changed: a validator for If-Modified-Since, and a basis for heuristic freshness."
        }
        KnownField::Location => {
            "A URI reference: where a redirection (3xx) points, or the \
            resource a 201 (Created) created."
        }
        KnownField::MaxForwards => {
            "With TRACE or OPTIONS: how many more times the request may \
            be forwarded; the recipient that sees 0 answers it itself."
        }
        KnownField::Pragma => {
            "An HTTP/1.0 field whose no-cache meant what Cache-Control: \
            no-cache means now. Deprecated."
        }
        KnownField::ProxyAuthenticate => {
            "A proxy's challenge in a 407 response: how the client \
            must authenticate to it."
        }
        KnownField::ProxyAuthenticationInfo => {
            "Like Authentication-Info, for authentication \
            with a proxy."
        }
        KnownField::ProxyAuthorization => {
            "The client's credentials for a proxy that asked for \
            authentication."
        }
        KnownField::Range => {
            "Asks for parts of the representation only, such as \
            bytes=0-499; a server that supports it answers 206 (Partial Content)."
        }
        KnownField::Referer => {
            "The URI of the resource the target URI was obtained from, such \
            as the page whose link was followed. (The misspelling is historical.)"
        }
        KnownField::RetryAfter => {
            "How long the client ought to wait before asking again: \
            seconds or an HTTP-date. Sent with 503, 429 and redirects."
        }
        KnownField::Server => {
            "The software of the origin server, as product tokens and \
            comments."
        }
        KnownField::TE => {
            "The transfer codings the client accepts in the response besides \
            chunked, and (with trailers) that it accepts trailer fields."
        }
        KnownField::Trailer => {
            "The names of the fields the sender will send in the trailer \
            section, after chunked content."
        }
        KnownField::TransferEncoding => {
            "The transfer codings applied to the body for transit. \
            With chunked as the last one, the body is sent as chunks and its length needs no \
            Content-Length."
        }
        KnownField::Upgrade => {
            "Protocols the sender would like to switch this connection to, \
            such as websocket; a server that agrees answers 101 (Switching Protocols)."
        }
        KnownField::UserAgent => {
            "The client software that sent the request, as product tokens \
            and comments."
        }
        KnownField::Vary => {
            "The request fields that selected this response, so that caches \
            reuse it only for requests with the same values; * means more than request fields."
        }
        KnownField::Via => {
            "The intermediaries (proxies, gateways) the message passed, each \
            with the protocol version it received it with."
        }
        KnownField::Warning => {
            "Extra status information about the message, as warn codes. \
            Obsoleted: RFC 9111 removed it, as it was rarely used."
        }
        KnownField::WWWAuthenticate => {
            "The server's challenges, as in a 401 response: the \
            authentication schemes the client can use, with their parameters."
        }
        KnownField::Close => {
            "Reserved: no field may be named Close, because it would be \
            confused with the close option of Connection."
        }
        KnownField::KeepAlive => {
            "An HTTP/1.0 extension, sent with Connection: keep-alive, to \
            hold a connection open; HTTP/1.1 connections are persistent by default."
        }
        KnownField::ProxyConnection => {
            "A non-standard field that some HTTP/1.0 clients sent \
            to proxies instead of Connection. Never registered: use Connection."
        }
        KnownField::Cookie => {
            "The cookies the user agent stored for this site, sent back with \
            the request (RFC 6265)."
        }
        KnownField::SetCookie => {
            "Asks the user agent to store a cookie, with attributes such \
            as Expires, Path, Secure and HttpOnly (RFC 6265)."
        }
        KnownField::ContentDisposition => {
            "Whether to show the content inline or save it as an \
            attachment, with a suggested file name (RFC 6266)."
        }
        KnownField::StrictTransportSecurity => {
            "Tells the browser to reach this host only over \
            HTTPS for max-age seconds (HSTS, RFC 6797)."
        }
        KnownField::AccessControlAllowOrigin => {
            "CORS: which origin may read the response to a \
            cross-origin request (the Fetch standard)."
        }
        KnownField::ContentMd5 => {
            "An MD5 digest of the content. Obsoleted: Repr-Digest and \
            Content-Digest replace it."
        }
        KnownField::Link => {
            "Typed links to related resources, like HTML's link element (such \
            as rel=preload) (RFC 8288)."
        }
        KnownField::Origin => {
            "The origin (scheme, host and port) that caused the request, used \
            by CORS and against cross-site request forgery (RFC 6454)."
        }
        KnownField::AltSvc => {
            "Alternative services, such as HTTP/3 on another port, that serve \
            the same origin (RFC 7838)."
        }
        KnownField::Forwarded => {
            "What proxies saw of the request: the client (for=), the proxy \
            (by=), the Host (host=) and the scheme (proto=) (RFC 7239)."
        }
        KnownField::XForwardedFor => {
            "A de facto, unregistered field in which proxies list the \
            client's address and the proxies on the way; Forwarded is the standard form."
        }
        KnownField::Prefer => {
            "Preferences the client asks the server to honour, such as \
            return=minimal or respond-async (RFC 7240)."
        }
        KnownField::PreferenceApplied => {
            "Which of the request's Prefer preferences the server \
            honoured (RFC 7240)."
        }
    })
}

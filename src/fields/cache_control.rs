//! `Cache-Control` (RFC 9111 §5.2) and `delta-seconds` (RFC 9111 §1.2.2).
//!
//! ```text
//! Cache-Control   = #cache-directive
//! cache-directive = token [ "=" ( token / quoted-string ) ]
//! delta-seconds   = 1*DIGIT
//! ```
//!
//! [`parse`] reads one field value into directives with the offsets of their names and
//! arguments; [`in_message`] reads every Cache-Control field line of a message, and
//! [`Summary`] keeps the first occurrence of each known directive, for rules that look at
//! combinations. Nothing here allocates, so a value with 100 000 directives costs one pass
//! per rule.

use crate::fields::known::KnownField;
use crate::fields::list;
use crate::fields::tokens::{self, SyntaxError};
use crate::parse::grammar::{is_digit, is_ows, is_tchar};
use crate::parse::message::{FieldLine, Message};
use crate::span::Span;

/// `2147483648` (2^31): the value a cache uses for any larger delta-seconds (RFC 9111
/// §1.2.2).
pub const DELTA_SECONDS_INFINITY: u64 = 2_147_483_648;

/// `delta-seconds = 1*DIGIT`, saturating at `u64::MAX`; `None` when `s` is empty or holds
/// anything but digits.
pub fn delta_seconds(s: &[u8]) -> Option<u64> {
    if s.is_empty() || !s.iter().all(|&b| is_digit(b)) {
        return None;
    }
    Some(s.iter().fold(0u64, |n, &d| {
        n.saturating_mul(10).saturating_add(u64::from(d - b'0'))
    }))
}

/// The cache directives wirelint knows: those of RFC 9111 and the registered extensions
/// `immutable` (RFC 8246), `stale-while-revalidate` and `stale-if-error` (RFC 5861).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Directive {
    MaxAge,
    MaxStale,
    MinFresh,
    MustRevalidate,
    MustUnderstand,
    NoCache,
    NoStore,
    NoTransform,
    OnlyIfCached,
    Private,
    ProxyRevalidate,
    Public,
    SMaxage,
    Immutable,
    StaleIfError,
    StaleWhileRevalidate,
}

/// Where a directive is defined to appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applies {
    /// A request directive only (RFC 9111 §5.2.1).
    Request,
    /// A response directive only (RFC 9111 §5.2.2).
    Response,
    /// Defined for both.
    Both,
}

/// What a directive takes as its argument, in one kind of message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgumentSyntax {
    /// No argument is defined, nor allowed (RFC 9111 §5.2).
    None,
    /// A `delta-seconds` argument, required.
    DeltaSeconds,
    /// A `delta-seconds` argument, optional (`max-stale`).
    OptionalDeltaSeconds,
    /// An optional `#field-name` list in quoted-string form (`no-cache`, `private`).
    OptionalFieldNames,
}

impl Directive {
    /// Every known directive, in the order of [`Directive::index`].
    pub const ALL: [Directive; 16] = [
        Directive::MaxAge,
        Directive::MaxStale,
        Directive::MinFresh,
        Directive::MustRevalidate,
        Directive::MustUnderstand,
        Directive::NoCache,
        Directive::NoStore,
        Directive::NoTransform,
        Directive::OnlyIfCached,
        Directive::Private,
        Directive::ProxyRevalidate,
        Directive::Public,
        Directive::SMaxage,
        Directive::Immutable,
        Directive::StaleIfError,
        Directive::StaleWhileRevalidate,
    ];

    /// The directive's name as registered (lower case).
    pub fn name(self) -> &'static str {
        match self {
            Directive::MaxAge => "max-age",
            Directive::MaxStale => "max-stale",
            Directive::MinFresh => "min-fresh",
            Directive::MustRevalidate => "must-revalidate",
            Directive::MustUnderstand => "must-understand",
            Directive::NoCache => "no-cache",
            Directive::NoStore => "no-store",
            Directive::NoTransform => "no-transform",
            Directive::OnlyIfCached => "only-if-cached",
            Directive::Private => "private",
            Directive::ProxyRevalidate => "proxy-revalidate",
            Directive::Public => "public",
            Directive::SMaxage => "s-maxage",
            Directive::Immutable => "immutable",
            Directive::StaleIfError => "stale-if-error",
            Directive::StaleWhileRevalidate => "stale-while-revalidate",
        }
    }

    /// A dense index (0..16) for tables kept per directive.
    pub fn index(self) -> usize {
        self as usize
    }

    /// Looks a directive name up, ignoring case (RFC 9111 §5.2: "Cache directives are
    /// identified by a token, to be compared case-insensitively").
    pub fn lookup(name: &[u8]) -> Option<Directive> {
        Directive::ALL
            .into_iter()
            .find(|d| d.name().as_bytes().eq_ignore_ascii_case(name))
    }

    /// True for the directives RFC 9111 itself defines (§5.2.1, §5.2.2).
    pub fn in_rfc9111(self) -> bool {
        !matches!(
            self,
            Directive::Immutable | Directive::StaleIfError | Directive::StaleWhileRevalidate
        )
    }

    /// Where the directive is defined to appear.
    pub fn applies(self) -> Applies {
        match self {
            Directive::MaxAge
            | Directive::NoCache
            | Directive::NoStore
            | Directive::NoTransform
            | Directive::StaleIfError => Applies::Both,
            Directive::MaxStale | Directive::MinFresh | Directive::OnlyIfCached => Applies::Request,
            Directive::MustRevalidate
            | Directive::MustUnderstand
            | Directive::Private
            | Directive::ProxyRevalidate
            | Directive::Public
            | Directive::SMaxage
            | Directive::Immutable
            | Directive::StaleWhileRevalidate => Applies::Response,
        }
    }

    /// The argument the directive takes in a request (`request == true`) or a response.
    /// `no-cache` takes field names only as a response directive (§5.2.2.4; the request
    /// directive of §5.2.1.4 defines no argument).
    pub fn argument(self, request: bool) -> ArgumentSyntax {
        match self {
            Directive::MaxAge
            | Directive::MinFresh
            | Directive::SMaxage
            | Directive::StaleIfError
            | Directive::StaleWhileRevalidate => ArgumentSyntax::DeltaSeconds,
            Directive::MaxStale => ArgumentSyntax::OptionalDeltaSeconds,
            Directive::NoCache | Directive::Private if !request => {
                ArgumentSyntax::OptionalFieldNames
            }
            _ => ArgumentSyntax::None,
        }
    }
}

/// A directive's argument, as offsets into the field value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Argument {
    /// Offset of the first octet after `=`.
    pub start: usize,
    /// Offset one past the argument (past the closing DQUOTE when quoted).
    pub end: usize,
    /// True for the quoted-string form.
    pub quoted: bool,
}

impl Argument {
    /// Offsets of the argument without its quotes (quoted-pairs are left as sent).
    pub fn inner(&self) -> (usize, usize) {
        if self.quoted {
            (
                self.start + 1,
                self.end.saturating_sub(1).max(self.start + 1),
            )
        } else {
            (self.start, self.end)
        }
    }

    /// The argument as sent, quotes included.
    pub fn raw<'a>(&self, value: &'a [u8]) -> &'a [u8] {
        value.get(self.start..self.end).unwrap_or_default()
    }

    /// The argument without its quotes.
    pub fn text<'a>(&self, value: &'a [u8]) -> &'a [u8] {
        let (a, b) = self.inner();
        value.get(a..b).unwrap_or_default()
    }

    /// The argument read as delta-seconds (quotes removed), if it is one.
    pub fn delta_seconds(&self, value: &[u8]) -> Option<u64> {
        delta_seconds(self.text(value))
    }
}

/// One `cache-directive`, as offsets into the field value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CacheDirective {
    /// Offsets of the directive name.
    pub name: (usize, usize),
    /// The directive, when it is a known one.
    pub directive: Option<Directive>,
    /// The argument, if any.
    pub argument: Option<Argument>,
}

impl CacheDirective {
    /// Offsets of the whole directive, argument included.
    pub fn whole(&self) -> (usize, usize) {
        (self.name.0, self.argument.map_or(self.name.1, |a| a.end))
    }

    /// The directive name as sent.
    pub fn name<'a>(&self, value: &'a [u8]) -> &'a [u8] {
        value.get(self.name.0..self.name.1).unwrap_or_default()
    }
}

/// Reads the cache directives of one field value, in order. Empty list elements are
/// skipped (they are allowed by RFC 9110 §5.6.1 and reported by the generic list rules);
/// an element that is not a `cache-directive` gives the first syntax error in it.
pub fn parse(value: &[u8]) -> impl Iterator<Item = Result<CacheDirective, SyntaxError>> + '_ {
    list::elements(value)
        .filter(|e| !e.is_empty())
        .map(move |e| directive(value, e.start, e.end))
}

fn error(start: usize, end: usize, expected: &'static str) -> SyntaxError {
    SyntaxError {
        start,
        end,
        expected,
    }
}

/// `cache-directive = token [ "=" ( token / quoted-string ) ]` between `start` and `end`.
fn directive(value: &[u8], start: usize, end: usize) -> Result<CacheDirective, SyntaxError> {
    let one = |at: usize| (at + 1).min(end).max(at);
    let name_end = tokens::token_end(value, start).min(end);
    if name_end == start {
        return Err(error(start, one(start), "a directive name (token)"));
    }
    let name = (start, name_end);
    let known = value.get(start..name_end).and_then(Directive::lookup);
    if name_end == end {
        return Ok(CacheDirective {
            name,
            directive: known,
            argument: None,
        });
    }
    if value.get(name_end) != Some(&b'=') {
        let after = tokens::skip_ows(value, name_end);
        let expected = if after > name_end && value.get(after) == Some(&b'=') {
            "\"=\" right after the directive name, without whitespace"
        } else {
            "\"=\" or a comma after the directive name"
        };
        return Err(error(name_end, one(name_end), expected));
    }
    let arg_start = name_end + 1;
    let (arg_end, quoted) = if value.get(arg_start) == Some(&b'"') {
        let q = tokens::quoted_string(value, arg_start)?;
        (q.end, true)
    } else {
        let e = tokens::token_end(value, arg_start).min(end);
        if e == arg_start {
            let expected = if value.get(arg_start).is_some_and(|&b| is_ows(b)) {
                "an argument right after \"=\", without whitespace"
            } else {
                "an argument (token or quoted string) after \"=\""
            };
            return Err(error(arg_start, one(arg_start), expected));
        }
        (e, false)
    };
    if arg_end < end {
        return Err(error(arg_end, one(arg_end), "a comma after the argument"));
    }
    Ok(CacheDirective {
        name,
        directive: known,
        argument: Some(Argument {
            start: arg_start,
            end: arg_end,
            quoted,
        }),
    })
}

/// The field names listed in a `no-cache` or `private` argument (`#field-name`), as
/// offsets into the field value, and whether each is a valid `field-name` (a token).
/// Empty list elements are skipped.
pub fn field_names(
    value: &[u8],
    argument: Argument,
) -> impl Iterator<Item = ((usize, usize), bool)> + '_ {
    let (a, b) = argument.inner();
    let inner = value.get(a..b).unwrap_or_default();
    list::elements(inner)
        .filter(|e| !e.is_empty())
        .map(move |e| {
            let ok = e.text(inner).iter().all(|&c| is_tchar(c));
            ((a + e.start, a + e.end), ok)
        })
}

/// One directive (or syntax error) of a message, with the field line it is in.
#[derive(Debug, Clone, Copy)]
pub struct Located<'m> {
    /// The Cache-Control field line.
    pub field: &'m FieldLine,
    /// The directive, or why the element is not one; offsets are relative to the value.
    pub item: Result<CacheDirective, SyntaxError>,
}

impl Located<'_> {
    /// The span of offsets `(a, b)` of this field's value.
    pub fn span(&self, (a, b): (usize, usize)) -> Span {
        self.field.value.sub(a, b)
    }
}

/// Every cache directive of a message's header section, field line by field line.
pub fn in_message<'m>(message: &'m Message, input: &'m [u8]) -> impl Iterator<Item = Located<'m>> {
    indexed(message, input).filter_map(move |directive| locate(message, directive))
}

/// A directive (or syntax error) of a message with the index of its field line in
/// `message.fields`: what [`in_message`] gives, without borrowing the message, so that it
/// can be kept (see [`crate::context::Context::cache_directives`]).
pub type Indexed = (usize, Result<CacheDirective, SyntaxError>);

/// Every cache directive of a message's header section, as [`Indexed`].
pub fn indexed<'m>(message: &'m Message, input: &'m [u8]) -> impl Iterator<Item = Indexed> + 'm {
    let fields: &[FieldLine] = if message.has(KnownField::CacheControl) {
        &message.fields
    } else {
        &[]
    };
    let named = fields.iter().enumerate();
    named
        .filter(|(_, f)| f.known == Some(KnownField::CacheControl))
        .flat_map(move |(i, f)| parse(f.value.slice(input)).map(move |item| (i, item)))
}

/// The [`Located`] directive of an [`Indexed`] one.
pub fn locate(message: &Message, (index, item): Indexed) -> Option<Located<'_>> {
    let field = message.fields.get(index)?;
    Some(Located { field, item })
}

/// Every occurrence of `directive` in a message that has an argument, with its field line.
pub fn with_argument<'m>(
    message: &'m Message,
    input: &'m [u8],
    directive: Directive,
) -> impl Iterator<Item = (Located<'m>, CacheDirective, Argument)> {
    arguments_of(in_message(message, input), directive)
}

/// The occurrences of `directive` that have an argument among `directives` (those of
/// [`in_message`], or of [`crate::context::Context::cache_directives`]).
pub fn arguments_of<'m>(
    directives: impl IntoIterator<Item = Located<'m>>,
    directive: Directive,
) -> impl Iterator<Item = (Located<'m>, CacheDirective, Argument)> {
    directives.into_iter().filter_map(move |located| {
        let d = located.item.ok()?;
        let arg = d.argument?;
        (d.directive == Some(directive)).then_some((located, d, arg))
    })
}

/// The first occurrence of a known directive in a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seen {
    /// The whole directive (name and argument).
    pub span: Span,
    /// The argument as delta-seconds, when it is one.
    pub delta: Option<u64>,
    /// True when the directive has an argument.
    pub has_argument: bool,
}

/// The first occurrence of each known directive in a message's Cache-Control fields.
#[derive(Debug, Clone, Copy, Default)]
pub struct Summary {
    seen: [Option<Seen>; 16],
}

impl Summary {
    /// Reads a message's Cache-Control fields.
    pub fn of(message: &Message, input: &[u8]) -> Summary {
        Summary::of_directives(in_message(message, input), input)
    }

    /// Summarizes directives already read (see [`in_message`]).
    pub fn of_directives<'m>(
        directives: impl IntoIterator<Item = Located<'m>>,
        input: &[u8],
    ) -> Summary {
        let mut summary = Summary::default();
        for located in directives {
            let Ok(d) = located.item else { continue };
            let Some(known) = d.directive else { continue };
            let Some(slot) = summary.seen.get_mut(known.index()) else {
                continue;
            };
            if slot.is_none() {
                let value = located.field.value.slice(input);
                *slot = Some(Seen {
                    span: located.span(d.whole()),
                    delta: d.argument.and_then(|a| a.delta_seconds(value)),
                    has_argument: d.argument.is_some(),
                });
            }
        }
        summary
    }

    /// The first occurrence of `directive`.
    pub fn get(&self, directive: Directive) -> Option<Seen> {
        self.seen.get(directive.index()).copied().flatten()
    }

    /// True when `directive` is present.
    pub fn has(&self, directive: Directive) -> bool {
        self.get(directive).is_some()
    }
}

/// The freshness lifetime of RFC 9111 §4.2.1 for a shared cache, in seconds, and the span
/// it comes from: `s-maxage`, else `max-age`, else Expires minus Date (0 when Expires is
/// not after Date). `None` when the response states none (or only invalid ones).
///
/// Shared, because a response with Age on the wire comes from a cache that forwards
/// messages, which a private cache in a user agent does not.
pub fn shared_freshness_lifetime(
    message: &Message,
    input: &[u8],
    summary: &Summary,
) -> Option<(u64, Span)> {
    let explicit = |seen: Option<Seen>| seen.and_then(|s| Some((s.delta?, s.span)));
    if let Some(found) = explicit(summary.get(Directive::SMaxage)) {
        return Some(found);
    }
    if let Some(found) = explicit(summary.get(Directive::MaxAge)) {
        return Some(found);
    }
    let expires = message.field(KnownField::Expires)?;
    let date = message.field(KnownField::Date)?;
    let e = crate::fields::date::parse_ignoring_case(expires.value.slice(input)).ok()?;
    let d = crate::fields::date::parse_ignoring_case(date.value.slice(input)).ok()?;
    let lifetime = u64::try_from(e.timestamp.saturating_sub(d.timestamp)).unwrap_or(0);
    Some((lifetime, expires.value))
}

/// Seconds of Age that transit and a just-completed validation can account for: beyond
/// this, a response with Age was served from a cache's storage.
pub const AGE_TOLERANCE: u64 = 60;

/// The Age of a message (RFC 9111 §5.1): the value span of its first Age field and the
/// delta-seconds in it, when that is valid (an invalid one is `age-invalid`'s).
pub fn age(message: &Message, input: &[u8]) -> Option<(Span, u64)> {
    let field = message.field(KnownField::Age)?;
    delta_seconds(field.value.slice(input)).map(|age| (field.value, age))
}

/// True when a response whose Age is `age` was served after `lifetime` seconds of
/// freshness ran out, beyond what [`AGE_TOLERANCE`] accounts for.
pub fn served_stale(age: u64, lifetime: u64) -> bool {
    age > lifetime.saturating_add(AGE_TOLERANCE)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders a value's directives as `name[=arg]` (quoted args keep their quotes) or
    /// `!expected@start` for an error.
    fn show(v: &str) -> Vec<String> {
        let b = v.as_bytes();
        parse(b)
            .map(|r| match r {
                Ok(d) => {
                    let name = std::str::from_utf8(d.name(b)).unwrap();
                    match d.argument {
                        Some(a) => format!("{name}={}", std::str::from_utf8(a.raw(b)).unwrap()),
                        None => name.to_string(),
                    }
                }
                Err(e) => format!("!{}@{}", e.expected, e.start),
            })
            .collect()
    }

    #[test]
    fn table() {
        let table: &[(&str, &[&str])] = &[
            ("", &[]),
            ("no-cache", &["no-cache"]),
            // RFC 9111 §5.2.2.1 and §5.2.1.2 examples
            ("max-age=5", &["max-age=5"]),
            ("max-age=\"5\"", &["max-age=\"5\""]),
            ("max-stale=10", &["max-stale=10"]),
            // RFC 9111 §5.2.3 example
            (
                "private, community=\"UCI\"",
                &["private", "community=\"UCI\""],
            ),
            (
                "no-cache=\"Set-Cookie, X-Foo\", max-age=0",
                &["no-cache=\"Set-Cookie, X-Foo\"", "max-age=0"],
            ),
            ("Max-Age=60 ,, public", &["Max-Age=60", "public"]),
            ("a=\"x\\\"y\"", &["a=\"x\\\"y\""]),
            (
                "max-age = 5",
                &["!\"=\" right after the directive name, without whitespace@7"],
            ),
            (
                "max-age= 5",
                &["!an argument right after \"=\", without whitespace@8"],
            ),
            (
                "max-age=",
                &["!an argument (token or quoted string) after \"=\"@8"],
            ),
            ("max-age=5 6", &["!a comma after the argument@9"]),
            (
                "no-cache;x",
                &["!\"=\" or a comma after the directive name@8"],
            ),
            ("=5", &["!a directive name (token)@0"]),
            ("no-cache=\"a", &["!a closing DQUOTE@9"]),
            (
                "public, max-age=1/2",
                &["public", "!a comma after the argument@17"],
            ),
        ];
        for (input, want) in table {
            assert_eq!(show(input), *want, "{input:?}");
        }
    }

    #[test]
    fn known_directives() {
        let v = b"MAX-AGE=\"60\", S-MaxAge=5, foo";
        let ds: Vec<_> = parse(v).map(Result::unwrap).collect();
        assert_eq!(ds[0].directive, Some(Directive::MaxAge));
        assert_eq!(ds[0].argument.unwrap().text(v), b"60");
        assert_eq!(ds[0].argument.unwrap().delta_seconds(v), Some(60));
        assert_eq!(ds[1].directive, Some(Directive::SMaxage));
        assert_eq!(ds[2].directive, None);
        for (i, d) in Directive::ALL.into_iter().enumerate() {
            assert_eq!(d.index(), i);
            assert_eq!(Directive::lookup(d.name().as_bytes()), Some(d));
        }
        assert_eq!(Directive::NoCache.argument(true), ArgumentSyntax::None);
        assert_eq!(
            Directive::NoCache.argument(false),
            ArgumentSyntax::OptionalFieldNames
        );
    }

    #[test]
    fn delta_seconds_values() {
        let table: &[(&str, Option<u64>)] = &[
            ("0", Some(0)),
            ("3600", Some(3600)),
            ("2147483648", Some(DELTA_SECONDS_INFINITY)),
            ("99999999999999999999999", Some(u64::MAX)),
            ("", None),
            ("-1", None),
            ("1.5", None),
            (" 1", None),
        ];
        for (input, want) in table {
            assert_eq!(delta_seconds(input.as_bytes()), *want, "{input:?}");
        }
    }

    #[test]
    fn field_name_lists() {
        let v = b"no-cache=\"Set-Cookie, ,X Y\"";
        let d = parse(v).next().unwrap().unwrap();
        let names: Vec<_> = field_names(v, d.argument.unwrap())
            .map(|((a, b), ok)| (std::str::from_utf8(&v[a..b]).unwrap(), ok))
            .collect();
        assert_eq!(names, [("Set-Cookie", true), ("X Y", false)]);
        let v = b"private=Authorization";
        let d = parse(v).next().unwrap().unwrap();
        assert_eq!(field_names(v, d.argument.unwrap()).count(), 1);
    }

    #[test]
    fn many_directives_stay_linear() {
        let v = "max-age=1, ".repeat(100_000);
        assert_eq!(parse(v.as_bytes()).filter(Result::is_ok).count(), 100_000);
    }
}

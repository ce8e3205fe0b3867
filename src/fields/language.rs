//! Language tags (RFC 9110 §8.5.1, from RFC 5646 §2.1) and language ranges (RFC 9110
//! §12.5.4, from RFC 4647 §2.1). The shape is checked, not the registry: `zz` is a
//! well-formed tag even though no language has that subtag.
//!
//! ```text
//! Language-Tag = langtag / privateuse / grandfathered
//! langtag      = language ["-" script] ["-" region] *("-" variant) *("-" extension) ["-" privateuse]
//! language     = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA
//! extlang      = 3ALPHA *2("-" 3ALPHA)
//! script       = 4ALPHA
//! region       = 2ALPHA / 3DIGIT
//! variant      = 5*8alphanum / (DIGIT 3alphanum)
//! extension    = singleton 1*("-" (2*8alphanum))
//! privateuse   = "x" 1*("-" (1*8alphanum))
//! language-range = (1*8ALPHA *("-" 1*8alphanum)) / "*"
//! ```

use super::tokens::SyntaxError;

/// Irregular grandfathered tags, which do not follow the langtag production.
const IRREGULAR: [&str; 17] = [
    "en-GB-oed",
    "i-ami",
    "i-bnn",
    "i-default",
    "i-enochian",
    "i-hak",
    "i-klingon",
    "i-lux",
    "i-mingo",
    "i-navajo",
    "i-pwn",
    "i-tao",
    "i-tay",
    "i-tsu",
    "sgn-BE-FR",
    "sgn-BE-NL",
    "sgn-CH-DE",
];

/// Where each piece of a langtag may come next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Stage {
    Extlang,
    Script,
    Region,
    Variant,
    Extension,
}

fn alpha(s: &[u8]) -> bool {
    s.iter().all(u8::is_ascii_alphabetic)
}

fn alnum(s: &[u8]) -> bool {
    s.iter().all(u8::is_ascii_alphanumeric)
}

/// The subtags of `s` separated by "-", as offsets; an empty subtag is reported by the
/// caller.
fn subtags(s: &[u8]) -> impl Iterator<Item = (usize, usize)> + Clone + '_ {
    let mut pos = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let rest = s.get(pos..).unwrap_or_default();
        let len = rest.iter().position(|&b| b == b'-').unwrap_or(rest.len());
        let item = (pos, pos + len);
        if pos + len >= s.len() {
            done = true;
        }
        pos += len + 1;
        Some(item)
    })
}

fn bad(s: &[u8], (a, b): (usize, usize), expected: &'static str) -> SyntaxError {
    if a == b {
        // An empty subtag: point at the hyphen (or the end).
        let at = if a > 0 { a - 1 } else { a };
        return SyntaxError::span(at, (at + 1).min(s.len()), "a subtag between hyphens");
    }
    SyntaxError::span(a, b, expected)
}

/// Checks a `Language-Tag` (RFC 5646 §2.1) filling all of `s`. The error covers the
/// offending subtag.
pub fn language_tag(s: &[u8]) -> Result<(), SyntaxError> {
    if IRREGULAR
        .iter()
        .any(|g| g.as_bytes().eq_ignore_ascii_case(s))
    {
        return Ok(());
    }
    if let Some(i) = s
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || b == b'-'))
    {
        return Err(SyntaxError::at(s, i, "letters, digits and hyphens only"));
    }
    let mut tags = subtags(s);
    let Some(first) = tags.next() else {
        return Err(SyntaxError::at(s, 0, "a language subtag"));
    };
    let text = |(a, b): (usize, usize)| s.get(a..b).unwrap_or_default();
    let f = text(first);
    if f.eq_ignore_ascii_case(b"x") {
        return private_use(s, tags, first);
    }
    if !(alpha(f) && (2..=8).contains(&f.len())) {
        return Err(bad(s, first, "a primary language subtag of 2 to 8 letters"));
    }
    let mut stage = if f.len() <= 3 {
        Stage::Extlang
    } else {
        Stage::Script
    };
    let mut extlangs = 0;
    let mut seen_singletons: [bool; 36] = [false; 36];
    while let Some(t) = tags.next() {
        let v = text(t);
        if v.is_empty() {
            return Err(bad(s, t, ""));
        }
        if v.len() == 1 {
            // A singleton starts an extension, or "x" the private use part.
            if v.eq_ignore_ascii_case(b"x") {
                return private_use(s, tags, t);
            }
            let Some(&c) = v.first() else { break };
            let idx = if c.is_ascii_digit() {
                usize::from(c - b'0')
            } else {
                usize::from(c.to_ascii_lowercase() - b'a') + 10
            };
            if seen_singletons.get(idx).copied().unwrap_or(false) {
                return Err(SyntaxError::span(
                    t.0,
                    t.1,
                    "each extension singleton at most once",
                ));
            }
            if let Some(slot) = seen_singletons.get_mut(idx) {
                *slot = true;
            }
            let mut any = false;
            let mut next = tags.clone();
            while let Some(e) = next.next() {
                let ev = text(e);
                if ev.len() < 2 {
                    break;
                }
                if !(alnum(ev) && ev.len() <= 8) {
                    return Err(bad(s, e, "an extension subtag of 2 to 8 letters or digits"));
                }
                any = true;
                tags = next.clone();
            }
            if !any {
                return Err(SyntaxError::span(
                    t.0,
                    t.1,
                    "an extension subtag (2 to 8 letters or digits) after the singleton",
                ));
            }
            stage = Stage::Extension;
            continue;
        }
        if stage == Stage::Extension {
            return Err(bad(
                s,
                t,
                "an extension (singleton \"-\" subtag) or \"x-\" private use",
            ));
        }
        if stage == Stage::Extlang && v.len() == 3 && alpha(v) && extlangs < 3 {
            extlangs += 1;
            continue;
        }
        if stage <= Stage::Script && v.len() == 4 && alpha(v) {
            stage = Stage::Region;
            continue;
        }
        if stage <= Stage::Region
            && ((v.len() == 2 && alpha(v)) || (v.len() == 3 && v.iter().all(u8::is_ascii_digit)))
        {
            stage = Stage::Variant;
            continue;
        }
        let is_variant = ((5..=8).contains(&v.len()) && alnum(v))
            || (v.len() == 4 && v.first().is_some_and(u8::is_ascii_digit) && alnum(v));
        if is_variant {
            stage = Stage::Variant;
            continue;
        }
        return Err(bad(
            s,
            t,
            "a script (4 letters), region (2 letters or 3 digits) or variant (5 to 8 characters) subtag",
        ));
    }
    Ok(())
}

fn private_use(
    s: &[u8],
    mut tags: impl Iterator<Item = (usize, usize)>,
    x: (usize, usize),
) -> Result<(), SyntaxError> {
    let mut any = false;
    for t in tags.by_ref() {
        let v = s.get(t.0..t.1).unwrap_or_default();
        if v.is_empty() || v.len() > 8 || !alnum(v) {
            return Err(bad(
                s,
                t,
                "a private use subtag of 1 to 8 letters or digits",
            ));
        }
        any = true;
    }
    if any {
        Ok(())
    } else {
        Err(SyntaxError::span(x.0, x.1, "a subtag after \"x-\""))
    }
}

/// Checks a `language-range` (RFC 4647 §2.1) filling all of `s`.
pub fn language_range(s: &[u8]) -> Result<(), SyntaxError> {
    if s == b"*" {
        return Ok(());
    }
    if let Some(i) = s
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || b == b'-'))
    {
        return Err(SyntaxError::at(
            s,
            i,
            "letters, digits and hyphens only (or \"*\")",
        ));
    }
    for (n, t) in subtags(s).enumerate() {
        let v = s.get(t.0..t.1).unwrap_or_default();
        let ok = if n == 0 {
            (1..=8).contains(&v.len()) && alpha(v)
        } else {
            (1..=8).contains(&v.len()) && alnum(v)
        };
        if !ok {
            return Err(bad(
                s,
                t,
                if n == 0 {
                    "a first subtag of 1 to 8 letters"
                } else {
                    "a subtag of 1 to 8 letters or digits"
                },
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_tags() {
        // RFC 9110 §8.5.1's examples, then RFC 5646's.
        for tag in [
            "fr",
            "en-US",
            "es-419",
            "az-Arab",
            "x-pig-latin",
            "man-Nkoo-GN",
            "da",
            "mi",
            "en",
            "zh-Hant",
            "zh-cmn-Hans-CN",
            "sr-Latn-RS",
            "sl-rozaj-biske",
            "de-CH-1901",
            "hy-Latn-IT-arevela",
            "en-US-u-islamcal",
            "de-DE-u-co-phonebk",
            "en-a-bbb-x-a-ccc",
            "i-klingon",
            "en-GB-oed",
            "zh-min-nan",
            "qaa-Qaaa-QM-x-southern",
            "english-language",
        ] {
            assert!(language_tag(tag.as_bytes()).is_ok(), "{tag}");
        }
    }

    #[test]
    fn invalid_tags() {
        let table: &[(&str, usize, usize)] = &[
            ("", 0, 0),
            ("en_US", 2, 3),
            ("e", 0, 1),
            ("en-toolongvariant", 3, 17),
            ("en-", 2, 3),
            ("en--US", 2, 3),
            ("de-419-DE", 7, 9),
            ("a-DE", 0, 1),
            ("ar-a-aaa-b-bbb-a-ccc", 15, 16),
            ("en-a", 3, 4),
            ("x", 0, 1),
            ("en US", 2, 3),
            ("*", 0, 1),
            ("en-US-x-toolongsubtag", 8, 21),
        ];
        for &(input, start, end) in table {
            let e = language_tag(input.as_bytes()).unwrap_err();
            assert_eq!((e.start, e.end), (start, end), "{input}: {e:?}");
        }
    }

    #[test]
    fn ranges() {
        for r in ["*", "da", "en-gb", "en", "de-DE-1996", "zh-Hant"] {
            assert!(language_range(r.as_bytes()).is_ok(), "{r}");
        }
        for (r, start) in [
            ("en_GB", 2),
            ("en-", 2),
            ("123", 0),
            ("en-*", 3),
            ("*-US", 0),
        ] {
            assert_eq!(
                language_range(r.as_bytes()).unwrap_err().start,
                start,
                "{r}"
            );
        }
    }
}

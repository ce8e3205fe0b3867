//! The status code and method registries are complete against independent lists: Python's
//! `http.HTTPStatus` (kept in `tests/data/`), the section titles of RFC 9110 §15 and §9.3,
//! and the IANA registrations named in the issue.

use wirelint::iana::Registration;
use wirelint::{method, spec, status};

#[test]
fn every_python_http_status_is_registered() {
    let data = include_str!("data/python-http-status.tsv");
    let mut n = 0;
    for line in data
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        let code: u16 = cols[0].parse().unwrap();
        let phrase = cols[2];
        let s = status::lookup(code).unwrap_or_else(|| panic!("{code} missing"));
        // Python keeps some older phrases (413 "Request Entity Too Large", 418 "I'm a
        // Teapot"): they must be the current or a former phrase.
        assert!(
            s.reason == phrase || s.is_former_reason(phrase.as_bytes()),
            "{code}: {phrase:?} is neither {:?} nor a former phrase",
            s.reason
        );
        n += 1;
    }
    assert!(n >= 60, "only {n} codes in the Python list");
}

#[test]
fn rfc_9110_section_titles_give_code_and_phrase() {
    let mut n = 0;
    for s in spec::ALL
        .iter()
        .filter(|s| s.rfc == 9110 && s.number.starts_with("15."))
    {
        let Some((code, phrase)) = s.title.split_once(' ') else {
            continue;
        };
        let Ok(code) = code.parse::<u16>() else {
            continue;
        };
        let entry = status::lookup(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(entry.reason, phrase, "{code}");
        assert_eq!(entry.reference.rfc, 9110, "{code}");
        assert_eq!(entry.reference.section, s.number, "{code}");
        n += 1;
    }
    assert_eq!(n, 46, "RFC 9110 defines 46 codes in §15.2–§15.6");
}

#[test]
fn named_codes_and_their_documents() {
    let table: &[(u16, &str, u16)] = &[
        (102, "Processing", 2518),
        (103, "Early Hints", 8297),
        (207, "Multi-Status", 4918),
        (208, "Already Reported", 5842),
        (226, "IM Used", 3229),
        (413, "Content Too Large", 9110),
        (416, "Range Not Satisfiable", 9110),
        (418, "(Unused)", 9110),
        (421, "Misdirected Request", 9110),
        (422, "Unprocessable Content", 9110),
        (423, "Locked", 4918),
        (424, "Failed Dependency", 4918),
        (425, "Too Early", 8470),
        (428, "Precondition Required", 6585),
        (429, "Too Many Requests", 6585),
        (431, "Request Header Fields Too Large", 6585),
        (451, "Unavailable For Legal Reasons", 7725),
        (506, "Variant Also Negotiates", 2295),
        (507, "Insufficient Storage", 4918),
        (508, "Loop Detected", 5842),
        (510, "Not Extended", 2774),
        (511, "Network Authentication Required", 6585),
    ];
    for &(code, reason, rfc) in table {
        let s = status::lookup(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!((s.reason, s.reference.rfc), (reason, rfc), "{code}");
    }
    assert_eq!(
        status::lookup(418).map(|s| s.registration),
        Some(Registration::Reserved)
    );
    assert_eq!(
        status::lookup(306).map(|s| s.registration),
        Some(Registration::Reserved)
    );
    assert_eq!(
        status::lookup(305).map(|s| s.registration),
        Some(Registration::Deprecated)
    );
    assert_eq!(status::ALL.len(), 63);
}

#[test]
fn every_iana_method_is_registered() {
    // The HTTP Method Registry (RFC 9110 §16.1, RFC 7237): name, safe, idempotent.
    let iana: &[(&str, bool, bool)] = &[
        ("ACL", false, true),
        ("BASELINE-CONTROL", false, true),
        ("BIND", false, true),
        ("CHECKIN", false, true),
        ("CHECKOUT", false, true),
        ("CONNECT", false, false),
        ("COPY", false, true),
        ("DELETE", false, true),
        ("GET", true, true),
        ("HEAD", true, true),
        ("LABEL", false, true),
        ("LINK", false, true),
        ("LOCK", false, false),
        ("MERGE", false, true),
        ("MKACTIVITY", false, true),
        ("MKCALENDAR", false, true),
        ("MKCOL", false, true),
        ("MKREDIRECTREF", false, true),
        ("MKWORKSPACE", false, true),
        ("MOVE", false, true),
        ("OPTIONS", true, true),
        ("ORDERPATCH", false, true),
        ("PATCH", false, false),
        ("POST", false, false),
        ("PRI", true, true),
        ("PROPFIND", true, true),
        ("PROPPATCH", false, true),
        ("PUT", false, true),
        ("REBIND", false, true),
        ("REPORT", true, true),
        ("SEARCH", true, true),
        ("TRACE", true, true),
        ("UNBIND", false, true),
        ("UNCHECKOUT", false, true),
        ("UNLINK", false, true),
        ("UNLOCK", false, true),
        ("UPDATE", false, true),
        ("UPDATEREDIRECTREF", false, true),
        ("VERSION-CONTROL", false, true),
    ];
    for &(name, safe, idempotent) in iana {
        let m = method::lookup(name.as_bytes()).unwrap_or_else(|| panic!("{name} missing"));
        assert_eq!((m.safe, m.idempotent), (safe, idempotent), "{name}");
        assert_eq!(m.registration, Registration::Active, "{name}");
    }
    assert_eq!(
        method::lookup(b"*").map(|m| m.registration),
        Some(Registration::Reserved)
    );
    assert_eq!(method::ALL.len(), iana.len() + 1);
}

#[test]
fn rfc_9110_methods_cite_their_sections() {
    for s in spec::ALL
        .iter()
        .filter(|s| s.rfc == 9110 && s.number.starts_with("9.3."))
    {
        let m = method::lookup(s.title.as_bytes()).unwrap_or_else(|| panic!("{} missing", s.title));
        assert_eq!((m.reference.rfc, m.reference.section), (9110, s.number));
    }
}

#[test]
fn registries_serialize() {
    // The wasm layer exposes both registries through serde.
    fn serializable<T: serde::Serialize>(_: &T) {}
    serializable(&status::ALL);
    serializable(&method::ALL);
}

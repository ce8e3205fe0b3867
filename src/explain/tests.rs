use super::*;

fn at(input: &str, needle: &str) -> Explanation {
    at_with(input, needle, &Options::default())
}

fn at_with(input: &str, needle: &str, options: &Options) -> Explanation {
    let offset = input
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in input"));
    explain(input.as_bytes(), offset, options).unwrap_or_else(|| panic!("nothing at {needle:?}"))
}

fn row<'a>(e: &'a Explanation, label: &str) -> &'a str {
    e.details
        .iter()
        .find(|d| d.label == label)
        .map(|d| d.value.as_str())
        .unwrap_or_else(|| panic!("no {label:?} row in {:#?}", e.details))
}

fn text(input: &str, e: &Explanation) -> String {
    input[e.span.start as usize..e.span.end as usize].to_string()
}

const REQUEST: &str = "GET /search?q=http HTTP/1.1\r\nHost: example.com\r\n\
    Accept: text/html;q=0.8, application/json, */*;q=0.1\r\n\
    Accept-Encoding: gzip, br;q=0.9, identity;q=0\r\n\
    Cache-Control: max-age=0, max-stale\r\n\
    X-Unknown: 1\r\nContent-MD5: abc\r\n\r\n";

#[test]
fn start_line_parts() {
    let e = at(REQUEST, "GET");
    assert_eq!(
        (e.element, text(REQUEST, &e)),
        (Element::Method, "GET".into())
    );
    assert_eq!(e.title, "Method GET");
    assert_eq!(e.section.map(|s| s.number), Some("9.3.1"));
    assert!(row(&e, "Safe").starts_with("yes"));
    assert!(row(&e, "Idempotent").starts_with("yes"));
    assert_eq!(row(&e, "Defined in"), "RFC 9110 §9.3.1");

    let e = at(REQUEST, "/search");
    assert_eq!(e.element, Element::RequestTarget);
    assert_eq!(text(REQUEST, &e), "/search?q=http");
    assert_eq!(e.title, "Request target (origin-form)");
    assert_eq!(e.section.map(|s| s.number), Some("3.2.1"));
    assert_eq!(row(&e, "Path"), "/search");
    assert_eq!(row(&e, "Query"), "q=http");
    assert!(row(&e, "Target URI").starts_with("http://example.com/search?q=http "));

    let e = at(REQUEST, "HTTP/1.1");
    assert_eq!(e.element, Element::HttpVersion);
    assert_eq!(e.section.map(|s| s.number), Some("2.3"));
    assert_eq!(
        (row(&e, "Major version"), row(&e, "Minor version")),
        ("1", "1")
    );
}

#[test]
fn cursor_at_the_end_of_an_element() {
    // Right after "GET" (on the space) is still the method; on the colon, the field name;
    // after the colon, the value; on the line's CR, the value.
    let e = explain(REQUEST.as_bytes(), 3, &Options::default()).unwrap();
    assert_eq!(e.element, Element::Method);
    let colon = REQUEST.find("Host:").unwrap() + 4;
    let e = explain(REQUEST.as_bytes(), colon, &Options::default()).unwrap();
    assert_eq!(e.element, Element::FieldName);
    let e = explain(REQUEST.as_bytes(), colon + 1, &Options::default()).unwrap();
    assert_eq!(
        (e.element, text(REQUEST, &e)),
        (Element::FieldValue, "example.com".into())
    );
    let cr = REQUEST.find("example.com\r").unwrap() + "example.com".len();
    let e = explain(REQUEST.as_bytes(), cr, &Options::default()).unwrap();
    assert_eq!(e.element, Element::FieldValue);
    // The LF, the empty line and past the end: nothing.
    assert!(explain(REQUEST.as_bytes(), cr + 1, &Options::default()).is_none());
    assert!(explain(REQUEST.as_bytes(), REQUEST.len() - 1, &Options::default()).is_none());
    assert!(explain(REQUEST.as_bytes(), REQUEST.len() + 1, &Options::default()).is_none());
}

#[test]
fn fields_name_and_value() {
    let e = at(REQUEST, "Cache-Control");
    assert_eq!(e.element, Element::FieldName);
    assert_eq!(e.title, "Cache-Control header field");
    assert_eq!(e.section.map(|s| (s.rfc, s.number)), Some((9111, "5.2")));
    assert_eq!(row(&e, "Registry"), "permanent");
    assert_eq!(row(&e, "Defined in"), "RFC 9111 §5.2");

    let e = at(REQUEST, "max-age=0");
    assert_eq!(e.element, Element::FieldValue);
    assert_eq!(text(REQUEST, &e), "max-age=0, max-stale");
    assert_eq!(e.details[0].label, "max-age=0");
    assert!(
        e.details[0].value.contains("no older than 0 seconds"),
        "{:?}",
        e.details
    );
    assert!(e.details[0].value.contains("§5.2.1.1"));
    assert_eq!(e.details[1].label, "max-stale");
    assert!(e.details[1].value.contains("any age"));

    let e = at(REQUEST, "X-Unknown");
    assert_eq!(e.title, "X-Unknown header field");
    assert_eq!(row(&e, "Registry"), "not registered");
    assert_eq!(e.section.map(|s| s.number), Some("5.1"));
    assert!(e.summary.contains("X- prefix"));
    let e = at(REQUEST, "1\r\nContent-MD5");
    assert_eq!((e.element, row(&e, "Value")), (Element::FieldValue, "1"));
    assert_eq!(row(&e, "Registry"), "not registered");

    let e = at(REQUEST, "Content-MD5");
    assert!(row(&e, "Registry").starts_with("obsoleted"));
    assert_eq!(row(&e, "Replaced by"), "Repr-Digest");
    assert_eq!(row(&e, "Defined in"), "RFC 2616 §14.15");
    assert_eq!(e.section, None);
}

#[test]
fn accept_preferences_by_weight() {
    let e = at(REQUEST, "text/html;q=0.8");
    let rows: Vec<(&str, &str)> = e
        .details
        .iter()
        .map(|d| (d.label.as_str(), d.value.as_str()))
        .collect();
    assert_eq!(rows[0], ("application/json", "q=1 (no weight given)"));
    assert_eq!(rows[1], ("text/html", "q=0.8"));
    assert_eq!(rows[2], ("*/*", "q=0.1; any media type"));
    assert_eq!(rows[3].0, "How it is read");

    let e = at(REQUEST, "gzip, br");
    let labels: Vec<&str> = e.details.iter().map(|d| d.label.as_str()).collect();
    assert_eq!(labels, ["gzip", "br", "identity"]);
    assert_eq!(row(&e, "identity"), "q=0: not acceptable; no coding at all");
    assert_eq!(row(&e, "br"), "q=0.9");
}

#[test]
fn response_parts_and_dates() {
    let input = "HTTP/1.1 304 Not Modified\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n\
                 Expires: Sunday, 06-Nov-94 09:49:37 GMT\r\nContent-Length: 42\r\n\r\n";
    let e = at(input, "304");
    assert_eq!(e.element, Element::StatusCode);
    assert_eq!(e.title, "Status code 304 Not Modified");
    assert_eq!(e.section.map(|s| s.number), Some("15.4.5"));
    assert_eq!(
        row(&e, "Class"),
        "3xx Redirection: further action needs to be taken in order to complete the request"
    );
    assert!(e.summary.contains("cached copy"));

    let e = at(input, "Not Modified");
    assert_eq!(e.element, Element::ReasonPhrase);
    assert_eq!(row(&e, "Matches the registry"), "yes");

    let e = at(input, "Sun, 06");
    assert_eq!(row(&e, "Instant"), "1994-11-06T08:49:37Z");
    assert!(row(&e, "Form").starts_with("IMF-fixdate"));
    assert!(e.details.iter().all(|d| d.label != "Relative to now"));
    let now = Options {
        now: Some(784_111_777 + 3 * 86_400 + 3600),
        ..Options::default()
    };
    let e = at_with(input, "Sun, 06", &now);
    assert_eq!(row(&e, "Relative to now"), "3 days 1 hour ago");
    let e = at_with(input, "Sunday", &now);
    assert_eq!(row(&e, "Instant"), "1994-11-06T09:49:37Z");
    assert!(row(&e, "Form").starts_with("rfc850-date"));
    assert_eq!(row(&e, "Relative to now"), "3 days ago");
    assert!(row(&e, "Freshness lifetime").starts_with("3600 seconds (1 hour)"));

    let e = at(input, "42");
    assert_eq!(row(&e, "Octets"), "42 octets");
    assert!(row(&e, "Body").contains("304"));
}

#[test]
fn unregistered_and_invalid_status_codes() {
    let e = at("HTTP/1.1 299 Odd\r\n\r\n", "299");
    assert_eq!(e.title, "Status code 299 (not registered)");
    assert!(e.summary.contains("treats it as 200"));
    let e = at("HTTP/1.1 413 Payload Too Large\r\n\r\n", "Payload");
    assert_eq!(row(&e, "Registered phrase for 413"), "Content Too Large");
    assert_eq!(
        row(&e, "Matches the registry"),
        "an earlier registered phrase of this code"
    );
}

#[test]
fn methods_registered_or_not() {
    let e = at("POST / HTTP/1.1\r\n\r\n", "POST");
    assert!(row(&e, "Safe").starts_with("no"));
    assert!(row(&e, "Idempotent").starts_with("no"));
    let e = at("get / HTTP/1.1\r\n\r\n", "get");
    assert_eq!(row(&e, "Did you mean"), "GET");
    assert!(e.summary.contains("case-sensitive"));
    let e = at("MKCOL /d HTTP/1.1\r\n\r\n", "MKCOL");
    assert_eq!(e.section, None);
    assert_eq!(row(&e, "Defined in"), "RFC 4918 §9.3");
}

#[test]
fn request_target_forms() {
    let e = at(
        "GET http://user@example.com:8080/a/b?c HTTP/1.1\r\n\r\n",
        "http:",
    );
    assert_eq!(e.title, "Request target (absolute-form)");
    assert_eq!(row(&e, "Scheme"), "http");
    assert!(row(&e, "Userinfo").starts_with("user@"));
    assert_eq!(row(&e, "Host"), "example.com");
    assert_eq!(row(&e, "Port"), "8080");
    assert_eq!(row(&e, "Path"), "/a/b");
    assert_eq!(row(&e, "Query"), "c");
    let e = at("CONNECT example.com:443 HTTP/1.1\r\n\r\n", "example");
    assert_eq!(
        (row(&e, "Form"), row(&e, "Host"), row(&e, "Port")),
        ("authority-form", "example.com", "443")
    );
    let e = at("OPTIONS * HTTP/1.1\r\n\r\n", "*");
    assert_eq!(e.section.map(|s| s.number), Some("3.2.4"));
}

#[test]
fn content_type_length_and_transfer_encoding() {
    let input = "POST /u HTTP/1.1\r\nContent-Type: text/plain; charset=\"utf-8\"\r\n\
                 Content-Length: 5\r\n\r\nhello";
    let e = at(input, "text/plain");
    assert_eq!(row(&e, "Media type"), "text/plain");
    assert_eq!(
        row(&e, "Parameter charset"),
        "utf-8: the character encoding of the text"
    );
    let e = at(input, "5\r\n");
    assert!(row(&e, "Body").starts_with("matches"));
    let e = at(input, "hello");
    assert_eq!(e.element, Element::Body);
    assert_eq!(text(input, &e), "hello");
    assert_eq!(row(&e, "Length"), "5 octets");

    let chunked =
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\nContent-Length: 9\r\n\r\n\
                   1a;name=val\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\nExpires: 0\r\n\r\n";
    let e = at(chunked, "gzip");
    assert_eq!(e.details[0].label, "gzip");
    assert_eq!(e.details[1].label, "chunked");
    assert!(row(&e, "Framing").starts_with("chunked is the final coding"));
    let e = at(chunked, "9\r\n");
    assert!(row(&e, "Body").starts_with("ignored"));
    let e = at(chunked, "1a");
    assert_eq!(
        (e.element, e.title.as_str()),
        (Element::ChunkSize, "Chunk size 1a (26 octets)")
    );
    let e = at(chunked, "name=val");
    assert_eq!(e.element, Element::ChunkExtension);
    assert_eq!(text(chunked, &e), ";name=val");
    assert_eq!(row(&e, "name"), "val");
    let e = at(chunked, "abcdef");
    assert_eq!(e.element, Element::ChunkData);
    assert_eq!(row(&e, "Octets"), "26");
    let e = at(chunked, "0\r\nExpires");
    assert_eq!(e.title, "Last chunk (size 0)");
    let e = at(chunked, "Expires: 0");
    assert_eq!(e.element, Element::TrailerField);
    assert_eq!(text(chunked, &e), "Expires: 0");
    assert_eq!(e.title, "Expires trailer field");
    assert!(row(&e, "For caches").contains("already expired"));
}

#[test]
fn pipelined_messages_each_get_their_own_elements() {
    let input = "GET /a HTTP/1.1\r\nHost: a\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhiHTTP/1.1 404 Not Found\r\n\r\n";
    let e = at(input, "HTTP/1.1 404");
    assert_eq!((e.element, e.message_index), (Element::HttpVersion, 2));
    let e = at(input, "hi");
    assert_eq!((e.element, e.message_index), (Element::Body, 1));
    let e = at(input, "404");
    assert_eq!(e.title, "Status code 404 Not Found");
}

#[test]
fn lf_only_input_in_auto_mode() {
    let input =
        "GET / HTTP/1.1\nHost: example.com\nIf-Modified-Since: Sun, 06 Nov 1994 08:49:37 GMT\n\n";
    let e = at(input, "Sun");
    assert_eq!(e.title, "If-Modified-Since header field");
    assert_eq!(row(&e, "Instant"), "1994-11-06T08:49:37Z");
}

#[test]
fn every_element_kind_has_a_name() {
    let names: Vec<&str> = Element::ALL.iter().map(|e| e.as_str()).collect();
    assert_eq!(names.len(), 12);
    for (i, e) in Element::ALL.iter().enumerate() {
        assert_eq!(e.index(), i);
    }
}

//! Memory stays of the order of the input on huge inputs: a 10 MB body, a 10 MB field
//! line, 10 MB of line breaks or noise, a million field lines. One test, so that nothing
//! else allocates while the counting allocator measures.

mod common;

use common::rng::Rng;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use wirelint::Options;

/// Counts live and peak heap bytes, to check memory against input size.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn peak_for(input: &[u8]) -> (usize, usize) {
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let report = wirelint::lint(input, &Options::default());
    let findings = report.findings.len();
    drop(report);
    (
        PEAK.load(Ordering::Relaxed).saturating_sub(before),
        findings,
    )
}

fn ten_megabyte_message_uses_memory_of_the_order_of_the_input() {
    let body = vec![b'x'; 10 << 20];
    let mut input =
        format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n", body.len()).into_bytes();
    input.extend_from_slice(&body);
    let (peak, _) = peak_for(&input);
    assert!(
        peak < input.len(),
        "peak {peak} bytes for a {} byte input",
        input.len()
    );

    // One 10 MB header line.
    let mut input = b"GET / HTTP/1.1\r\nHost: a\r\nX-Long: ".to_vec();
    input.extend(std::iter::repeat_n(b'v', 10 << 20));
    input.extend_from_slice(b"\r\n\r\n");
    let (peak, _) = peak_for(&input);
    assert!(
        peak < input.len(),
        "peak {peak} bytes for a {} byte field line",
        input.len()
    );

    // 10 MB of line breaks only, and of binary data.
    let (peak, _) = peak_for(&vec![b'\n'; 10 << 20]);
    assert!(peak < 10 << 20, "peak {peak} for 10 MB of LF");
    let mut rng = Rng(7);
    let noise: Vec<u8> = (0..10 << 20).map(|_| rng.next() as u8).collect();
    let (peak, _) = peak_for(&noise);
    assert!(peak < 4 * noise.len(), "peak {peak} for 10 MB of noise");
}

fn a_million_fields_stay_bounded() {
    let mut input = b"GET / HTTP/1.1\r\nHost: a\r\n".to_vec();
    for i in 0..1_000_000u32 {
        // Every field line is broken in two ways, to exercise the per-rule limit.
        input.extend_from_slice(format!("X-{i} :\x01\r\n").as_bytes());
    }
    input.extend_from_slice(b"\r\n");
    let (peak, findings) = peak_for(&input);
    assert!(
        peak < 8 * input.len(),
        "peak {peak} bytes for {} input bytes",
        input.len()
    );
    assert!(
        findings < 10_000,
        "{findings} findings: the per-rule limit did not hold"
    );
    let report = wirelint::lint(&input, &Options::default());
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.id() == "findings-limit-reached")
            || report.findings.len() < 100
    );
}

#[test]
fn memory_is_of_the_order_of_the_input() {
    ten_megabyte_message_uses_memory_of_the_order_of_the_input();
    a_million_fields_stay_bounded();
}

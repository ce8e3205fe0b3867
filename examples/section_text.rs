//! Prints an RFC section's text as `tests/citations.rs` sees it, to copy a rule's quote
//! from: `cargo run -q --example section_text -- 9112 6.3 [WORD]` (with WORD, only the
//! sentences that contain it).

#[path = "../tests/common/rfctext.rs"]
mod rfctext;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(rfc), Some(number)) = (args.first(), args.get(1)) else {
        eprintln!("usage: section_text RFC SECTION [WORD]");
        std::process::exit(2);
    };
    let sections = rfctext::all_sections();
    let Some(s) = sections
        .iter()
        .find(|s| s.rfc.to_string() == *rfc && s.number == *number)
    else {
        eprintln!("no section {number} in RFC {rfc}");
        std::process::exit(1);
    };
    println!("RFC {} §{} {}", s.rfc, s.number, s.title);
    match args.get(2) {
        Some(word) => {
            for sentence in s
                .text
                .split_inclusive(". ")
                .filter(|x| x.contains(word.as_str()))
            {
                println!("- {}", sentence.trim());
            }
        }
        None => println!("{}", s.text),
    }
}

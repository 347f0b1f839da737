//! `faro langid` end to end: one `<locale>\t<confidence>` line per input line, whatever the
//! input holds.

use std::io::Write;
use std::process::Stdio;

use crate::common::faro;

/// Runs `faro langid` with `input` on stdin and returns its stdout lines.
fn langid(input: &[u8]) -> Vec<String> {
    let mut child = faro()
        .arg("langid")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start faro langid");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(input).expect("write stdin");
    drop(stdin);
    let output = child.wait_with_output().expect("run faro langid");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .expect("UTF-8 output")
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Splits a line into its tag and confidence, checking the format on the way.
fn parse(line: &str) -> (&str, f32) {
    let (tag, confidence) = line.split_once('\t').expect("tab-separated");
    assert_eq!(confidence.len(), 4, "two decimals: {line:?}");
    let confidence: f32 = confidence.parse().expect("a number");
    assert!((0.0..=1.0).contains(&confidence), "{line:?}");
    (tag, confidence)
}

#[test]
fn each_line_gets_its_locale_and_confidence() {
    let lines = langid(
        "Necesito ayuda, no sé dónde dormir esta noche\n\
         زه نه پوهېږم چې نن شپه چېرته ویده شم\n\
         Mwen pa konnen ki kote pou m dòmi aswè a\r\n\
         ሎሚ ምሸት ኣበይ ክድቅስ ከም ዘለኒ ኣይፈልጥን እየ\n\
         Waxaan u baahanahay dhakhtar"
            .as_bytes(),
    );
    let tags: Vec<&str> = lines.iter().map(|line| parse(line).0).collect();
    assert_eq!(tags, ["es", "ps", "ht", "ti", "so"]);
    assert!(lines.iter().all(|line| parse(line).1 >= 0.5), "{lines:?}");
}

#[test]
fn empty_lines_emoji_and_other_languages_are_unknown() {
    let lines = langid("\n😀😀\nIch brauche einen Arzt für meinen Sohn\n\n".as_bytes());
    assert_eq!(lines, ["unknown\t0.00"; 4]);
}

#[test]
fn invalid_utf8_does_not_stop_the_stream() {
    let mut input = b"\xff\xfe\xc3\n".to_vec();
    input.extend_from_slice(b"hola necesito ayuda \xe2\x28\xa1 por favor amigo\n");
    input.extend_from_slice("سلام، من به کمک نیاز دارم\n".as_bytes());
    let lines = langid(&input);
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[0], "unknown\t0.00");
    assert_eq!(parse(&lines[1]).0, "es");
    assert_eq!(parse(&lines[2]).0, "fa");
}

#[test]
fn a_huge_line_is_answered_once() {
    let mut input = "hola amigo necesito ayuda ".repeat(100_000).into_bytes();
    input.extend_from_slice(b"\nthank you so much for your help\n");
    let lines = langid(&input);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(parse(&lines[0]).0, "es");
    assert_eq!(parse(&lines[1]).0, "en");
}

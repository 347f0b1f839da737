//! Behaviour on hand-picked messages. Accuracy over the held-out set is measured by
//! `core/tests/langid.rs` and the benchmark.

use std::sync::OnceLock;

use super::*;

fn detector() -> &'static LanguageDetector {
    static DETECTOR: OnceLock<LanguageDetector> = OnceLock::new();
    DETECTOR.get_or_init(LanguageDetector::new)
}

#[track_caller]
fn assert_detects(text: &str, expected: Locale) {
    let detection = detector().detect(text);
    assert_eq!(detection.locale, Some(expected), "{text:?}: {detection:?}");
    // The bot asks "is this your language?" only from 0.5 up.
    assert!(detection.confidence >= 0.5, "{text:?}: {detection:?}");
}

#[track_caller]
fn assert_unknown(text: &str) {
    assert_eq!(detector().detect(text), Detection::UNKNOWN, "{text:?}");
}

#[test]
fn empty_whitespace_digits_punctuation_and_emoji_are_unknown() {
    for text in [
        "",
        "   \n\t ",
        "1234567",
        "+33 6 12 34 56 78",
        "😀😀😀",
        "🙏",
        "?!...",
        "٣٤٥ ۱۲",
    ] {
        assert_unknown(text);
    }
}

/// whatlang's misreadings from STACK.md: each of these came out as another language.
#[test]
fn the_four_languages_whatlang_lacks_are_recognised() {
    // Haitian Creole, read as Javanese or French.
    assert_detects("Mwen pa konnen ki kote pou m dòmi aswè a", Locale::Ht);
    assert_detects("kote biwo imigrasyon an ye souple", Locale::Ht);
    // Somali, read as Tagalog.
    assert_detects(
        "Waxaan u baahanahay dhakhtar, wiilkaygu wuu xanuunsan yahay",
        Locale::So,
    );
    assert_detects("xafiiska socdaalka xagee buu ku yaal", Locale::So);
    // Pashto, read as Persian.
    assert_detects("زه نه پوهېږم چې نن شپه چېرته ویده شم", Locale::Ps);
    assert_detects("ډاکټر ته اړتیا لرم، زوی مې ناروغ دی", Locale::Ps);
    // Tigrinya, read as Amharic with full confidence.
    assert_detects("ሎሚ ምሸት ኣበይ ክድቅስ ከም ዘለኒ ኣይፈልጥን እየ", Locale::Ti);
    assert_detects("ሓኪም የድልየኒ ኣሎ፣ ወደይ ሓሚሙ", Locale::Ti);
}

#[test]
fn languages_sharing_a_script_are_told_apart() {
    assert_detects("Je ne sais pas où dormir ce soir", Locale::Fr);
    assert_detects("No sé dónde puedo dormir esta noche", Locale::Es);
    assert_detects("Não sei onde posso dormir esta noite", Locale::Pt);
    assert_detects("I don't know where I can sleep tonight", Locale::En);
    assert_detects("نمی‌دانم امشب کجا بخوابم", Locale::Fa);
    assert_detects("لا أعرف أين أنام الليلة", Locale::Ar);
    assert_detects("مجھے نہیں معلوم آج رات کہاں سوؤں", Locale::Ur);
    assert_detects("मुझे नहीं पता आज रात कहाँ सोऊँ", Locale::Hi);
    assert_detects("मलाई थाहा छैन आज राति कहाँ सुत्ने", Locale::Ne);
    assert_detects("ዛሬ ማታ የት እንደምተኛ አላውቅም", Locale::Am);
}

#[test]
fn messages_typed_without_accents_are_recognised() {
    assert_detects("nao sei onde fica o hospital", Locale::Pt);
    assert_detects("ou est la gare routiere svp", Locale::Fr);
    assert_detects("donde esta la oficina de migracion", Locale::Es);
    assert_detects("mwen bezwen ed pou papye mwen yo", Locale::Ht);
}

#[test]
fn scripts_only_one_locale_uses_decide_alone() {
    assert_detects("我需要帮助", Locale::ZhHans);
    assert_detects("আমার সাহায্য দরকার", Locale::Bn);
    // A lone character is a weaker sign than a sentence.
    assert!(detector().detect("好").confidence < detector().detect("我需要帮助").confidence);
}

#[test]
fn text_in_none_of_the_sixteen_is_unknown() {
    for text in [
        "Ich brauche einen Arzt, mein Sohn ist krank",
        "Saya perlu dokter, anak saya sakit sejak kemarin",
        "Aku butuh dokter, anakku lara wiwit wingi",
        "Kailangan ko ng doktor, may sakit ang anak ko",
        "Ho bisogno di un medico, mio figlio sta male",
        "Мне нужен врач, мой сын болен",
        "息子が病気です。医者が必要です",
        "의사가 필요해요, 아들이 아파요",
        "Tôi cần bác sĩ, con trai tôi bị ốm",
        // Assamese shares Bengali's script but has letters of its own.
        "মোক ডাক্তৰৰ প্ৰয়োজন",
    ] {
        assert_unknown(text);
    }
}

#[test]
fn web_and_email_addresses_are_not_language() {
    assert_unknown("https://example.org/form?id=42");
    assert_unknown("www.example.com maria@example.org");
    assert_detects(
        "mira https://example.com/en/help gracias por todo amigo",
        Locale::Es,
    );
}

#[test]
fn letters_of_another_script_do_not_sway_the_family() {
    assert_detects("OK شكرا جزيلا لك على المساعدة يا أخي", Locale::Ar);
    assert_detects("WiFi password کیا ہے؟ مجھے معلوم نہیں", Locale::Ur);
}

#[test]
fn confidence_is_a_probability_and_zero_for_unknown() {
    for text in [
        "hola",
        "ok",
        "merci",
        "a",
        "ښ",
        "ኣ",
        "नमस्ते",
        "Hi there how are you",
    ] {
        let detection = detector().detect(text);
        assert!((0.0..=1.0).contains(&detection.confidence), "{text:?}");
        if detection.locale.is_none() {
            assert_eq!(detection.confidence, 0.0, "{text:?}");
        }
    }
    let short = detector().detect("obrigado").confidence;
    let long = detector()
        .detect("obrigado pela ajuda, amanhã eu volto para buscar os documentos")
        .confidence;
    assert!(short <= long);
}

#[test]
fn only_the_start_of_a_long_message_is_read() {
    // A megabyte must neither blow up nor be read whole: emoji up to the cap hide the Spanish
    // that follows them.
    let mut text = "😀".repeat(MAX_CHARS);
    text.push_str(" necesito ayuda por favor, no sé dónde ir");
    assert_unknown(&text);

    let megabyte = "hola amigo necesito ayuda ".repeat(40_000);
    assert!(megabyte.len() > 1_000_000);
    assert_detects(&megabyte, Locale::Es);
    // Half a million copies of one letter, no space: one "word" no language has.
    assert_unknown(&"ښ".repeat(500_000));
}

#[test]
fn the_prefix_is_cut_on_a_character_boundary() {
    assert_eq!(first_chars("añoñ", 2), "añ");
    assert_eq!(first_chars("ab", 5), "ab");
    assert_eq!(first_chars("", 5), "");
}

#[test]
fn the_detector_can_be_shared_between_threads() {
    fn shareable<T: Send + Sync>() {}
    shareable::<LanguageDetector>();
}

/// The shipped pages, read back: every topic page and campaign text in the content pack must be
/// judged to be in its own language, so that a translation pasted into the wrong file, or a page
/// left half in English, is caught. Paragraphs are judged one by one as well as the page, since
/// the detector reads only the first thousand characters.
mod shipped_content {
    use std::path::Path;

    use super::detector;
    use crate::content::ContentPack;
    use crate::locale::Locale;

    fn pack() -> ContentPack {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        ContentPack::load(&dir)
            .expect("the shipped content pack loads")
            .0
    }

    /// Markdown reduced to the words a reader sees: no markup, no link targets.
    fn plain(markdown: &str) -> String {
        let mut text = String::new();
        for event in pulldown_cmark::Parser::new(markdown) {
            match event {
                pulldown_cmark::Event::Text(t) | pulldown_cmark::Event::Code(t) => {
                    text.push_str(&t)
                }
                pulldown_cmark::Event::SoftBreak | pulldown_cmark::Event::HardBreak => {
                    text.push(' ')
                }
                pulldown_cmark::Event::End(_) => text.push('\n'),
                _ => {}
            }
        }
        text
    }

    /// Paragraphs long enough to judge; shorter lines are often names, numbers or addresses.
    fn paragraphs(text: &str) -> Vec<&str> {
        text.lines()
            .map(str::trim)
            .filter(|line| line.chars().count() >= 60)
            .collect()
    }

    #[test]
    fn every_topic_page_is_judged_its_own_language() {
        let pack = pack();
        let mut wrong = Vec::new();
        let mut judged = 0;
        for topic in pack.topics() {
            for (&locale, text) in &topic.texts {
                let page = format!(
                    "{}\n{}\n{}",
                    text.title,
                    text.summary,
                    plain(&text.markdown)
                );
                let whole = detector().detect(&page).locale;
                if whole != Some(locale) {
                    wrong.push(format!(
                        "{}/{}: whole page judged {whole:?}",
                        topic.slug,
                        locale.tag()
                    ));
                }
                let paragraphs = paragraphs(&page);
                let misjudged: Vec<String> = paragraphs
                    .iter()
                    .filter_map(|paragraph| {
                        let got = detector().detect(paragraph).locale;
                        (got != Some(locale)).then(|| format!("{got:?}: {paragraph}"))
                    })
                    .collect();
                judged += paragraphs.len();
                // Some paragraphs are mostly the Spanish names of institutions (COMAR, CONADEH…),
                // which are rightly judged Spanish; more than about one in seven is not that.
                if misjudged.len() * 100 > paragraphs.len() * 15 {
                    wrong.push(format!(
                        "{}/{}: {} of {} paragraphs misjudged, e.g. {:?}",
                        topic.slug,
                        locale.tag(),
                        misjudged.len(),
                        paragraphs.len(),
                        &misjudged[..misjudged.len().min(3)]
                    ));
                }
            }
        }
        assert!(
            judged > 1_000,
            "only {judged} paragraphs found: is the pack there?"
        );
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn every_campaign_text_is_judged_its_own_language() {
        let pack = pack();
        let mut wrong = Vec::new();
        for campaign in pack.campaigns() {
            for text in &campaign.texts {
                let got = detector()
                    .detect(&format!("{}\n{}", text.title, plain(&text.body)))
                    .locale;
                if got != Some(text.locale) {
                    wrong.push(format!(
                        "{}/{}: judged {got:?}",
                        campaign.slug,
                        text.locale.tag()
                    ));
                }
            }
        }
        assert!(!pack.campaigns().is_empty());
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn the_pack_has_all_sixteen_languages() {
        let pack = pack();
        for topic in pack.topics() {
            for locale in Locale::ALL {
                assert!(
                    topic.texts.contains_key(&locale),
                    "{} lacks {}",
                    topic.slug,
                    locale.tag()
                );
            }
        }
    }
}

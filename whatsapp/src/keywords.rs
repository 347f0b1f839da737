//! WhatsApp has no slash commands: a message that is only a keyword, in any of the sixteen
//! languages (`whatsapp-keyword-*` in `whatsapp.ftl`, several per language, comma-separated),
//! does what the command does on Telegram. A keyword inside a longer message is free text.

use std::collections::HashMap;

use faro_core::Locale;
use faro_core::dialog::Command;
use faro_core::i18n::Translations;
use faro_core::text_fold::fold_accents;

/// The keys and the command each list stands for.
const LISTS: [(&str, Command); 4] = [
    ("whatsapp-keywords-stop", Command::Stop),
    ("whatsapp-keywords-delete", Command::Forget),
    ("whatsapp-keywords-menu", Command::Help),
    ("whatsapp-keywords-language", Command::Language),
];

#[derive(Clone, Debug, Default)]
pub struct Keywords {
    commands: HashMap<String, Command>,
}

impl Keywords {
    /// Every locale's keywords, read once. A keyword in two lists (a translation mistake)
    /// keeps the first list's meaning: stopping and deleting come first.
    pub fn load(translations: &Translations) -> Keywords {
        let mut commands = HashMap::new();
        for (key, command) in LISTS {
            for locale in Locale::ALL {
                for keyword in translations.text(locale, key).split(',') {
                    let folded = fold(keyword);
                    if !folded.is_empty() && folded != fold(key) {
                        commands.entry(folded).or_insert(command);
                    }
                }
            }
        }
        Keywords { commands }
    }

    /// The command `text` is, if it is only a keyword.
    pub fn command(&self, text: &str) -> Option<Command> {
        self.commands.get(&fold(text)).copied()
    }
}

/// Case, accents, spaces and punctuation around it do not matter: "¡Stop!", "  stop." and
/// "STÓP" are one keyword.
fn fold(text: &str) -> String {
    let trimmed = text.trim_matches(|c: char| {
        c.is_whitespace() || c.is_ascii_punctuation() || "¡¿。！？،؟۔።".contains(c)
    });
    fold_accents(trimmed).to_lowercase()
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    fn keywords() -> Keywords {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../translations");
        Keywords::load(&Translations::load(&dir).unwrap())
    }

    #[test]
    fn every_language_has_its_stop_and_delete_keywords() {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../translations");
        let translations = Translations::load(&dir).unwrap();
        let keywords = Keywords::load(&translations);
        for locale in Locale::ALL {
            for (key, command) in LISTS {
                let list = translations.text(locale, key);
                assert_ne!(list, key, "{locale}: {key} missing");
                for keyword in list.split(',') {
                    assert_eq!(
                        keywords.command(keyword),
                        Some(command),
                        "{locale}: {keyword:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn keywords_match_whole_messages_whatever_their_case_accents_and_punctuation() {
        let keywords = keywords();
        assert_eq!(keywords.command("STOP"), Some(Command::Stop));
        assert_eq!(keywords.command(" ¡Stop! "), Some(Command::Stop));
        assert_eq!(keywords.command("borrar mis datos"), Some(Command::Forget));
        assert_eq!(keywords.command("Borrar mis datos."), Some(Command::Forget));
        assert_eq!(keywords.command("please stop sending"), None);
        assert_eq!(keywords.command("asilo"), None);
        assert_eq!(keywords.command(""), None);
    }
}

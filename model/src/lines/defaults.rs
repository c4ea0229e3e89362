//! What a family starts with (a return anchor picked from the list, what the child does
//! meanwhile, the reunion line) is kept in the settings as the game's own English words, so a
//! family that never typed its own hears them in whatever language it speaks today.

use super::{Key, Messages, Words};
use crate::{
    choices::{DEFAULT_REUNION_LINE, ReturnAnchor},
    plan::DEFAULT_MEANWHILE,
};

/// `words` with the game's own defaults in `messages`' language; the family's own words as
/// typed.
pub fn in_language(messages: &Messages, words: &Words) -> Words {
    let mut words = words.clone();
    if let Some(key) = anchor_key(&words.promise) {
        words.promise = messages.text(key);
    }
    if words.meanwhile == DEFAULT_MEANWHILE {
        words.meanwhile = messages.text(Key::DefaultMeanwhile);
    }
    words
}

/// The reunion line in `messages`' language, if it is still the game's own.
pub fn own_words_in_language(messages: &Messages, text: &str) -> String {
    if text.trim() == DEFAULT_REUNION_LINE {
        messages.text(Key::DefaultReunionLine)
    } else {
        text.to_string()
    }
}

/// The line for an anchor picked from the list, found by its English words.
fn anchor_key(promise: &str) -> Option<Key> {
    [
        (ReturnAnchor::AfterNap, Key::AnchorAfterNap),
        (ReturnAnchor::AfterSnack, Key::AnchorAfterSnack),
        (ReturnAnchor::AfterLunch, Key::AnchorAfterLunch),
    ]
    .into_iter()
    .find(|(anchor, _)| anchor.words() == promise)
    .map(|(_, key)| key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::{ENGLISH, Language, Messages};

    #[test]
    fn the_games_own_words_follow_the_language_and_the_familys_stay_as_typed() {
        let (german, _) = Messages::read(
            Language::for_tag("de").unwrap(),
            include_str!("../../../assets/lang/de.ftl").to_string(),
        );
        let words = Words {
            promise: ReturnAnchor::AfterNap.words().to_string(),
            meanwhile: DEFAULT_MEANWHILE.to_string(),
            ..Words::default()
        };
        let said = in_language(&german, &words);
        assert_eq!(said.promise, german.text(Key::AnchorAfterNap));
        assert_eq!(said.meanwhile, german.text(Key::DefaultMeanwhile));
        assert_ne!(said.promise, words.promise);
        let typed = Words {
            promise: "nach dem Spielplatz".into(),
            meanwhile: "mit Oma backen".into(),
            ..Words::default()
        };
        assert_eq!(in_language(&german, &typed), typed);
        assert_eq!(
            own_words_in_language(&german, DEFAULT_REUNION_LINE),
            german.text(Key::DefaultReunionLine)
        );
        assert_eq!(own_words_in_language(&german, "Da bin ich!"), "Da bin ich!");
        // In English nothing changes.
        assert_eq!(Messages::english().language(), ENGLISH);
        assert_eq!(in_language(Messages::english(), &words), words);
    }
}

//! The page's own words (`web/page-words.js`: getting ready, and the problems that stop the
//! game) are shown before the game's message files load, so they are kept apart from them.
//! Every language the game speaks has every one of them, and none is empty.

use std::collections::BTreeSet;

use see_you_soon_model::lines::LANGUAGES;

/// Each language's block: its code and the names of the words it has.
fn blocks(source: &str) -> Vec<(String, BTreeSet<String>)> {
    let mut found = Vec::new();
    let mut current: Option<(String, BTreeSet<String>)> = None;
    for line in source.lines() {
        let trimmed = line.trim();
        if line.starts_with("  ") && !line.starts_with("   ") && trimmed.ends_with(": {") {
            current = Some((trimmed.trim_end_matches(": {").to_string(), BTreeSet::new()));
        } else if line.starts_with("  },") {
            found.extend(current.take());
        } else if let Some((_, words)) = current.as_mut()
            && let Some((name, value)) = trimmed.split_once(": ")
        {
            let value = value.trim_end_matches(',').trim_matches('"');
            assert!(!value.trim().is_empty(), "{name} is empty");
            words.insert(name.to_string());
        }
    }
    found
}

#[test]
fn every_language_has_every_word_the_page_shows() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("web/page-words.js");
    let blocks = blocks(&std::fs::read_to_string(path).unwrap());
    let english = &blocks
        .iter()
        .find(|(code, _)| code == "en")
        .expect("English")
        .1;
    assert!(english.len() >= 12, "{english:?}");
    for language in LANGUAGES {
        let words = &blocks
            .iter()
            .find(|(code, _)| code == language.code)
            .unwrap_or_else(|| panic!("no page words in {}", language.code))
            .1;
        assert_eq!(words, english, "{}", language.code);
    }
    assert_eq!(
        blocks.len(),
        LANGUAGES.len(),
        "a language the game does not speak"
    );
}

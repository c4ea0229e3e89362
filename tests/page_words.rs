//! The page's own words (`web/page-words.js`: getting ready, and the problems that stop the
//! game) are shown before the game's message files load, so they are kept apart from them.
//! Every language the game speaks has every one of them, and none is empty.

use std::collections::BTreeSet;

use see_you_soon::{narration::page_line, platform::PageValue};
use see_you_soon_model::lines::{Key, LANGUAGES, Messages};

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

/// The `form-page-…` ids the parent area's scripts ask the game for (`words("…")`).
fn ids_the_scripts_ask_for() -> BTreeSet<String> {
    let web = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("web");
    let mut ids = BTreeSet::new();
    for entry in std::fs::read_dir(web).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "js") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        for (at, _) in source.match_indices("\"form-page-") {
            let rest = &source[at + 1..];
            let end = rest.find('"').unwrap();
            let id = &rest[..end];
            assert!(
                id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}: {id}",
                path.display()
            );
            ids.insert(id.to_string());
        }
    }
    ids
}

#[test]
fn the_parent_area_scripts_ask_for_every_line_of_theirs_and_only_lines_the_game_has() {
    let asked = ids_the_scripts_ask_for();
    let theirs: BTreeSet<String> = Key::ALL
        .iter()
        .map(|key| key.id())
        .filter(|id| id.starts_with("form-page-"))
        .map(String::from)
        .collect();
    assert!(theirs.len() >= 50, "{theirs:?}");
    let unknown: Vec<_> = asked.difference(&theirs).collect();
    assert!(unknown.is_empty(), "the game has no line {unknown:?}");
    let unused: Vec<_> = theirs.difference(&asked).collect();
    assert!(unused.is_empty(), "no script asks for {unused:?}");
}

#[test]
fn a_script_gets_its_line_filled_in_the_family_language_and_nothing_else() {
    let french = see_you_soon_model::lines::Language::for_tag("fr").unwrap();
    let source = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/lang/fr.ftl"),
    )
    .unwrap();
    let (messages, problems) = Messages::read(french, source);
    assert!(problems.is_empty(), "{problems:?}");
    let count = |n| vec![("count".to_string(), PageValue::Count(n))];
    let two = page_line(&messages, "form-page-photos", &count(2)).unwrap();
    let one = page_line(&messages, "form-page-photos", &count(1)).unwrap();
    assert!(two.contains('2') && one.contains('1'), "{one} / {two}");
    assert_ne!(
        two.replace('2', "1"),
        one,
        "French says one photo and two photos apart"
    );
    let english = page_line(Messages::english(), "form-page-photos", &count(2)).unwrap();
    assert_eq!(english, "2 photos");
    // Only the scripts' own lines, and no line that does not exist.
    assert_eq!(page_line(&messages, "form-save", &[]), None);
    assert_eq!(page_line(&messages, "form-page-nonsense", &[]), None);
}

#[test]
fn every_language_has_the_installed_game_named_in_it() {
    let web = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("web");
    let read = |name: &str| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(web.join(name)).unwrap()).unwrap()
    };
    let english = read("manifest.webmanifest");
    for language in LANGUAGES {
        let manifest = match language.code {
            "en" => english.clone(),
            code => read(&format!("manifest.{code}.webmanifest")),
        };
        let code = language.code;
        for field in ["name", "short_name", "description"] {
            let words = manifest[field].as_str().unwrap_or_default();
            assert!(!words.trim().is_empty(), "{code}: {field}");
        }
        assert!(
            manifest["short_name"].as_str().unwrap().chars().count() <= 12,
            "{code}: a short name shows whole under the icon"
        );
        assert_eq!(
            manifest["dir"],
            if language.right_to_left { "rtl" } else { "ltr" }
        );
        assert!(
            manifest["lang"].as_str().unwrap().starts_with(code),
            "{code}: {}",
            manifest["lang"]
        );
        // Everything but the words is the English manifest's.
        for field in [
            "id",
            "start_url",
            "scope",
            "display",
            "icons",
            "theme_color",
        ] {
            assert_eq!(manifest[field], english[field], "{code}: {field}");
        }
    }
}

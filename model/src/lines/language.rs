//! The languages the game speaks, and one language's messages.

use std::sync::OnceLock;

use fluent_bundle::{FluentArgs, FluentResource, concurrent::FluentBundle};

use super::Key;

/// A language the game can speak and show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 primary subtag: matched against the browser's languages, and the name of the
    /// language's message file (`assets/lang/{code}.ftl`).
    pub code: &'static str,
    /// The tag handed to speech synthesis when choosing a voice, and set on what is shown.
    pub speech_tag: &'static str,
    /// The language's name in itself, for the parent's menu.
    pub name: &'static str,
    pub right_to_left: bool,
}

const fn language(
    code: &'static str,
    speech_tag: &'static str,
    name: &'static str,
    right_to_left: bool,
) -> Language {
    Language {
        code,
        speech_tag,
        name,
        right_to_left,
    }
}

pub const ENGLISH: Language = language("en", "en-GB", "English", false);

/// Every language with a message file; the first is the fallback.
pub const LANGUAGES: [Language; 8] = [
    ENGLISH,
    language("es", "es-ES", "Español", false),
    language("fr", "fr-FR", "Français", false),
    language("de", "de-DE", "Deutsch", false),
    language("ru", "ru-RU", "Русский", false),
    language("pt", "pt-BR", "Português (Brasil)", false),
    language("zh", "zh-CN", "中文（简体）", false),
    language("ar", "ar", "العربية", true),
];

impl Language {
    /// Whether a decimal number is written with a comma ("3,5"), as in most of Europe.
    pub fn decimal_comma(&self) -> bool {
        matches!(self.code, "es" | "fr" | "de" | "ru" | "pt")
    }

    /// What follows a label before its words ("In the game: …").
    pub fn colon(&self) -> &'static str {
        match self.code {
            "zh" => "：",
            "fr" => "\u{a0}: ",
            _ => ": ",
        }
    }

    /// What separates the items of a short list ("1 hard, 2 easy").
    pub fn list_separator(&self) -> &'static str {
        match self.code {
            "zh" => "，",
            "ar" => "، ",
            _ => ", ",
        }
    }

    /// What ends a sentence.
    pub fn full_stop(&self) -> &'static str {
        match self.code {
            "zh" => "。",
            _ => ".",
        }
    }

    /// A day and month written short, as the language writes dates ("29 Nov" in English).
    pub fn short_date(&self, day: crate::calendar::LocalDay) -> String {
        let (date, month) = day.day_and_month();
        match self.code {
            "en" => day.short_date(),
            "zh" => format!("{month}月{date}日"),
            "de" => format!("{date}.{month}."),
            "ru" => format!("{date:02}.{month:02}"),
            _ => format!("{date}/{month}"),
        }
    }

    /// The language with this code or tag ("fr", "fr-CA", "ZH_hans"), if the game has it.
    pub fn for_tag(tag: &str) -> Option<Language> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        LANGUAGES.into_iter().find(|l| l.code == primary)
    }
}

/// The language to speak: the parent's choice if the game has it, else the first of the
/// browser's preferred languages that it has, else English.
pub fn pick_language(parent_choice: Option<&str>, browser: &[String]) -> Language {
    parent_choice
        .and_then(Language::for_tag)
        .or_else(|| browser.iter().find_map(|tag| Language::for_tag(tag)))
        .unwrap_or(ENGLISH)
}

/// One language's messages, read from its Fluent file.
pub struct Messages {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("language", &self.language.code)
            .finish_non_exhaustive()
    }
}

/// The English file, compiled in: the fallback for any line another file lacks.
const ENGLISH_FILE: &str = include_str!("../../../assets/lang/en.ftl");

impl Messages {
    /// Reads a message file. A file with mistakes still gives every message it could read
    /// (the rest fall back to English); the mistakes are listed for the console.
    pub fn read(language: Language, source: String) -> (Messages, Vec<String>) {
        let (resource, mut problems) = match FluentResource::try_new(source) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => {
                let problems = errors.iter().map(|e| e.to_string()).collect();
                (resource, problems)
            }
        };
        let locale = language
            .speech_tag
            .parse()
            .unwrap_or_else(|_| ENGLISH.speech_tag.parse().expect("en-GB is a tag"));
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // Names are isolated by `fill`, which knows which ones need it.
        bundle.set_use_isolating(false);
        if let Err(errors) = bundle.add_resource(resource) {
            problems.extend(errors.iter().map(|e| e.to_string()));
        }
        (Messages { language, bundle }, problems)
    }

    /// English, always at hand.
    pub fn english() -> &'static Messages {
        static ENGLISH_MESSAGES: OnceLock<Messages> = OnceLock::new();
        ENGLISH_MESSAGES.get_or_init(|| Messages::read(ENGLISH, ENGLISH_FILE.to_string()).0)
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// The message for `key` with `args` filled in; `None` if this file lacks it or it could
    /// not be filled (a placeholder without a value).
    pub fn format(&self, key: Key, args: Option<&FluentArgs>) -> Option<String> {
        let pattern = self.bundle.get_message(key.id())?.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }

    /// A message without placeholders (a toy's name, a weekday), in English if this file
    /// lacks it.
    pub fn text(&self, key: Key) -> String {
        self.format(key, None)
            .or_else(|| Messages::english().format(key, None))
            .unwrap_or_default()
    }
}

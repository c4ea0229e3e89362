//! The pages a grown-up prints: a card for the caregiver, a paper chain of sleeps, the week
//! calendar, and a Love Connection heart with a journey to colour. Each is plain HTML (no
//! canvas), written here from the settings and kept for `web/print.html`, which shows one
//! page, puts in the family's photos from this device and prints. A4 and US Letter both fit
//! (`web/print.css`).

mod card;
mod chain;
mod love;
mod outline;
mod week;

use see_you_soon_model::{
    calendar::LocalDay,
    lines::{Key, Messages, Value, written},
};
use serde::Serialize;

use crate::{
    platform::{self, page::PRINTABLES_KEY},
    settings::{Place, Settings, form::escape},
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Printable {
    Card,
    Chain,
    Week,
    Love,
}

impl Printable {
    pub const ALL: [Printable; 4] = [
        Printable::Card,
        Printable::Chain,
        Printable::Week,
        Printable::Love,
    ];

    /// The page's name in `print.html#…`.
    pub fn id(self) -> &'static str {
        match self {
            Printable::Card => "card",
            Printable::Chain => "chain",
            Printable::Week => "week",
            Printable::Love => "love",
        }
    }

    /// The page's own title (the browser puts it on a saved PDF).
    pub fn title(self, settings: &Settings, messages: &Messages) -> String {
        let key = match self {
            Printable::Card => Key::FormPrintCardPage,
            Printable::Chain => Key::FormPrintChainTitle,
            Printable::Week => Key::FormPrintWeekTitle,
            Printable::Love => Key::FormPrintLoveTitle,
        };
        written(
            messages,
            key,
            &[("child", Value::Text(&settings.child_name))],
        )
    }

    /// The page's contents: one `.sheet`, in the family's language.
    pub fn html(self, settings: &Settings, today: LocalDay, messages: &Messages) -> String {
        let sheet = match self {
            Printable::Card => card::html(settings, messages),
            Printable::Chain => chain::html(settings, today, messages),
            Printable::Week => week::html(settings, today, messages),
            Printable::Love => love::html(settings, messages),
        };
        // The sheet says which language it is in, and which way it reads.
        let language = messages.language();
        sheet.replacen(
            "<article ",
            &format!(
                "<article lang=\"{}\" dir=\"{}\" ",
                language.speech_tag,
                if language.right_to_left { "rtl" } else { "ltr" }
            ),
            1,
        )
    }
}

/// A printed line in the family's language with `values` in it, made safe for HTML.
fn line(messages: &Messages, key: Key, values: &[(&str, Value)]) -> String {
    escape(&written(messages, key, values))
}

/// A grown-up's picture: their drawn portrait, which `print.js` swaps for their photo when
/// this device keeps one.
fn portrait(settings: &Settings, place: Place, class: &str) -> String {
    let look = settings
        .grown_ups
        .get(place)
        .unwrap_or(settings.grown_up())
        .look;
    format!(
        "<img class=\"{class}\" data-photo-key=\"{key}\" src=\"assets/{path}\" alt=\"\">",
        key = platform::page::photo_key(place.index()),
        path = look.portrait_path()
    )
}

#[derive(Serialize)]
struct Page {
    title: String,
    body: String,
}

/// Every printable page, as `print.js` reads them.
pub fn all_json(settings: &Settings, today: LocalDay, messages: &Messages) -> String {
    let pages: serde_json::Map<String, serde_json::Value> = Printable::ALL
        .iter()
        .map(|page| {
            let value = serde_json::to_value(Page {
                title: page.title(settings, messages),
                body: page.html(settings, today, messages),
            })
            .unwrap_or_default();
            (page.id().to_string(), value)
        })
        .collect();
    serde_json::to_string(&pages).unwrap_or_default()
}

/// Keeps the pages for `print.html`, made from the settings as they are now. Storage that
/// refuses leaves the print page to say so.
pub fn keep(settings: &Settings, today: LocalDay, messages: &Messages) {
    let pages = all_json(settings, today, messages);
    if let Err(problem) = platform::write_storage(PRINTABLES_KEY, &pages) {
        tracing::warn!("The printable pages could not be kept for printing: {problem:?}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::GrownUp;

    fn family() -> Settings {
        let mut settings = Settings {
            child_name: "Zoë <3".into(),
            ..Settings::default()
        };
        settings.grown_ups.set(
            Place::SECOND,
            GrownUp {
                name: "Grandad".into(),
                look: settings.grown_up().look,
            },
        );
        settings.plan.pick_up_time = "3 pm".into();
        settings
    }

    #[test]
    fn every_page_has_the_familys_names_as_text_and_no_canvas() {
        let settings = family();
        let today = LocalDay(20_786);
        for page in Printable::ALL {
            let html = page.html(&settings, today, Messages::english());
            assert!(html.contains("Zoë &lt;3"), "{page:?}");
            assert!(
                !html.contains("Zoë <3"),
                "{page:?}: a name is text, never markup"
            );
            assert!(!html.contains("<canvas"), "{page:?}");
            assert!(!html.contains("<script"), "{page:?}");
            assert!(!html.contains("http"), "{page:?}: nothing from elsewhere");
            assert!(
                html.starts_with("<article lang=\"en-GB\" dir=\"ltr\" class=\"sheet"),
                "{page:?}"
            );
        }
        let json = all_json(&settings, today, Messages::english());
        let pages: serde_json::Value = serde_json::from_str(&json).unwrap();
        for page in Printable::ALL {
            assert!(pages[page.id()]["body"].as_str().unwrap().contains("sheet"));
            assert!(
                pages[page.id()]["title"]
                    .as_str()
                    .unwrap()
                    .contains("Zoë <3")
            );
        }
    }

    #[test]
    fn the_card_tells_the_plan_in_the_familys_words() {
        let mut settings = family();
        settings.plan.ritual = [
            crate::settings::Goodbye::Wave,
            crate::settings::Goodbye::Hug,
            crate::settings::Goodbye::Kiss,
        ];
        settings.plan.meanwhile = "build towers".into();
        let html = Printable::Card.html(&settings, LocalDay(0), Messages::english());
        let wave = html.find("a wave at the door").unwrap();
        let hug = html.find("a big hug").unwrap();
        assert!(wave < hug, "in the family's order");
        assert!(html.contains("Today you will build towers."));
        assert!(html.contains("after nap"));
        assert!(html.contains("3 pm"));
        assert!(html.contains("I think Mummy just sent you some love!"));
        assert!(html.contains("data-photo-key=\"grown-up@1\""));
    }

    #[test]
    fn every_page_is_in_the_familys_language_and_reads_its_way() {
        let french = crate::settings::shipped_messages("fr");
        let arabic = crate::settings::shipped_messages("ar");
        let settings = family();
        let today = LocalDay(20_786);
        for page in Printable::ALL {
            let english = page.html(&settings, today, Messages::english());
            let html = page.html(&settings, today, &french);
            assert!(
                html.starts_with("<article lang=\"fr-FR\" dir=\"ltr\""),
                "{page:?}"
            );
            assert_ne!(html, english, "{page:?}");
            for english_words in ["'s goodbye", "sleeps until", "'s week", "Love Connection"] {
                assert!(!html.contains(english_words), "{page:?}: {english_words}");
            }
            assert!(html.contains("Zoë &lt;3"), "{page:?}");
            assert!(!page.title(&settings, &french).contains("'s "), "{page:?}");
            let html = page.html(&settings, today, &arabic);
            assert!(html.contains("dir=\"rtl\""), "{page:?}");
        }
        // The week's days and dates as the language writes them.
        let week = Printable::Week.html(&settings, today, &french);
        assert!(week.contains(&french.text(Key::Monday)), "{week}");
        assert!(week.contains("30/11"), "{week}");
    }
}

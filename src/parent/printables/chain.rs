//! The paper chain of sleeps until the next home day, from the week calendar: one link a
//! night to cut off at bedtime, the grown-up's name on the last.

use see_you_soon_model::{
    calendar::{DayKind, LocalDay},
    lines::{Key, Messages, Value},
};

use super::line;
use crate::settings::Settings;

/// Links, each a strip to cut out and glue into a ring: one with moons for each sleep, most
/// first (one comes off each night), then the home day, which is what is left that morning.
fn links(sleeps: u32, settings: &Settings, home_day: &str, messages: &Messages) -> String {
    let moons = (1..=sleeps).rev().map(|left| {
        let moons: String = (0..left.min(7))
            .map(|_| "<img src=\"assets/images/calendar/crescent-moon.png\" alt=\"\">")
            .collect();
        let told = line(
            messages,
            Key::FormPrintChainLink,
            &[("count", Value::Count(left))],
        );
        format!(
            "<li class=\"link\"><span class=\"count\">{left}</span><span class=\"moons\" aria-label=\"{told}\">{moons}</span></li>"
        )
    });
    let last = line(
        messages,
        Key::FormPrintChainLast,
        &[
            ("grownup", Value::Text(&settings.grown_up().name)),
            ("day", Value::Text(home_day)),
        ],
    );
    moons
        .chain([format!(
            "<li class=\"link last\"><img src=\"assets/images/journey/house-with-garden.png\" alt=\"\">\
             <img src=\"assets/images/journey/hugging-face.png\" alt=\"\">\
             <span>{last}</span></li>"
        )])
        .collect()
}

pub fn html(settings: &Settings, today: LocalDay, messages: &Messages) -> String {
    let body = match settings.week.sleeps_until(today, DayKind::Home) {
        Some(sleeps) => {
            let home_day = messages.text(Key::weekday(today.plus(i64::from(sleeps)).weekday()));
            format!(
                "<p class=\"sub\">{how}</p><ol class=\"chain\">{links}</ol>",
                how = line(
                    messages,
                    Key::FormPrintChainHow,
                    &[("count", Value::Count(sleeps))]
                ),
                links = links(sleeps, settings, &home_day, messages),
            )
        }
        None => format!(
            "<p class=\"sub\">{}</p>",
            line(messages, Key::FormPrintChainNoHomeDay, &[])
        ),
    };
    let title = line(
        messages,
        Key::FormPrintChainTitle,
        &[("child", Value::Text(&settings.child_name))],
    );
    format!(
        r#"<article class="sheet chain-page">
<h1>{title}</h1>
{body}
</article>"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chain_has_a_link_a_sleep_and_the_grown_up_on_the_last() {
        let settings = Settings::default();
        // Sunday 29 November 2026; the usual week has Saturday and Sunday at home, so the next
        // home day is Saturday: six sleeps.
        let html = html(&settings, LocalDay(20_786), Messages::english());
        assert!(html.contains("6 sleeps until the next home day"));
        assert_eq!(
            html.matches("<li class=\"link\">").count(),
            6,
            "a link a sleep"
        );
        assert_eq!(html.matches("class=\"link last\"").count(), 1);
        assert!(html.contains("Home day with Mummy! (Saturday)"));
        // Friday: one sleep.
        let html = super::html(&settings, LocalDay(20_784), Messages::english());
        assert!(html.contains("One sleep until"));
        assert_eq!(html.matches("<li class=\"link\">").count(), 1);
        assert!(html.contains("aria-label=\"1 sleep\""));
    }

    #[test]
    fn a_week_with_no_home_day_says_what_to_do() {
        let mut settings = Settings::default();
        for day in &mut settings.week.days {
            day.kind = DayKind::School;
        }
        let html = html(&settings, LocalDay(20_786), Messages::english());
        assert!(html.contains("has no home day yet"));
        assert!(!html.contains("class=\"link"));
    }
}

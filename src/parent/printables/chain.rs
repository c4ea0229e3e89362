//! The paper chain of sleeps until the next home day, from the week calendar: one link a
//! night to cut off at bedtime, the grown-up's name on the last.

use see_you_soon_model::calendar::{DayKind, LocalDay};

use crate::settings::Settings;
use crate::settings::form::escape;

/// Links, each a strip to cut out and glue into a ring: one with moons for each sleep, most
/// first (one comes off each night), then the home day, which is what is left that morning.
fn links(sleeps: u32, grown_up: &str, home_day: &str) -> String {
    let moons = (1..=sleeps).rev().map(|left| {
        let moons: String = (0..left.min(7))
            .map(|_| "<img src=\"assets/images/calendar/crescent-moon.png\" alt=\"\">")
            .collect();
        let told = if left == 1 { "1 sleep".to_string() } else { format!("{left} sleeps") };
        format!(
            "<li class=\"link\"><span class=\"count\">{left}</span><span class=\"moons\" aria-label=\"{told}\">{moons}</span></li>"
        )
    });
    moons
        .chain([format!(
            "<li class=\"link last\"><img src=\"assets/images/journey/house-with-garden.png\" alt=\"\">\
             <img src=\"assets/images/journey/hugging-face.png\" alt=\"\">\
             <span>Home day with {grown_up}! ({home_day})</span></li>"
        )])
        .collect()
}

pub fn html(settings: &Settings, today: LocalDay) -> String {
    let child = escape(&settings.child_name);
    let grown_up = escape(&settings.grown_up().name);
    let body = match settings.week.sleeps_until(today, DayKind::Home) {
        Some(sleeps) => {
            let home_day = format!("{:?}", today.plus(i64::from(sleeps)).weekday());
            format!(
                "<p class=\"sub\">{sleeps_told} until the next home day. Cut out the strips, glue them into a chain, and take one link off each night at bedtime: when only the house is left, it is the home day.</p>\
                 <ol class=\"chain\">{links}</ol>",
                sleeps_told = match sleeps {
                    1 => "One sleep".to_string(),
                    n => format!("{n} sleeps"),
                },
                links = links(sleeps, &grown_up, &home_day),
            )
        }
        None => "<p class=\"sub\">The week calendar has no home day yet: choose one in the parent area's week calendar, then print this again.</p>".to_string(),
    };
    format!(
        r#"<article class="sheet chain-page">
<h1>{child}'s chain of sleeps</h1>
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
        let html = html(&settings, LocalDay(20_786));
        assert!(html.contains("6 sleeps until the next home day"));
        assert_eq!(
            html.matches("<li class=\"link\">").count(),
            6,
            "a link a sleep"
        );
        assert_eq!(html.matches("class=\"link last\"").count(), 1);
        assert!(html.contains("Home day with Mummy! (Saturday)"));
        // Friday: one sleep.
        let html = super::html(&settings, LocalDay(20_784));
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
        let html = html(&settings, LocalDay(20_786));
        assert!(html.contains("has no home day yet"));
        assert!(!html.contains("class=\"link"));
    }
}

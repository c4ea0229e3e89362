//! The paper chain of sleeps until the next home day, from the week calendar: one link a
//! night to cut off at bedtime, the grown-up's name on the last.

use see_you_soon_model::calendar::{DayKind, LocalDay};

use super::name;
use crate::settings::Settings;

/// Links, each a strip to cut out and glue into a ring. `sleeps` of them, the home day last.
fn links(sleeps: u32, grown_up: &str, home_day: &str) -> String {
    (1..=sleeps)
        .rev()
        .map(|left| {
            if left == 1 {
                format!(
                    "<li class=\"link last\"><img src=\"assets/images/journey/house-with-garden.png\" alt=\"\">\
                     <span>Home day with {grown_up}! ({home_day})</span></li>"
                )
            } else {
                let moons: String = (0..left.min(7))
                    .map(|_| "<img src=\"assets/images/calendar/crescent-moon.png\" alt=\"\">")
                    .collect();
                format!(
                    "<li class=\"link\"><span class=\"count\">{left}</span><span class=\"moons\" aria-label=\"{left} sleeps\">{moons}</span></li>"
                )
            }
        })
        .collect()
}

pub fn html(settings: &Settings, today: LocalDay) -> String {
    let child = name(&settings.child_name);
    let grown_up = name(&settings.grown_up().name);
    let body = match settings.week.sleeps_until(today, DayKind::Home) {
        Some(sleeps) => {
            let home_day = format!("{:?}", today.plus(i64::from(sleeps)).weekday());
            format!(
                "<p class=\"sub\">{sleeps_told} until the next home day. Cut out the strips, glue them into a chain, and take one link off each night at bedtime: the last one is the home day.</p>\
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
        assert_eq!(html.matches("<li class=\"link").count(), 6);
        assert_eq!(html.matches("class=\"link last\"").count(), 1);
        assert!(html.contains("Home day with Mummy! (Saturday)"));
        // Friday: one sleep.
        let html = super::html(&settings, LocalDay(20_784));
        assert!(html.contains("One sleep until"));
        assert_eq!(html.matches("<li class=\"link").count(), 1);
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

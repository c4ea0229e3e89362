//! The week calendar on paper: each day a picture (nursery or home), today's week's dates,
//! and who picks up, with their picture.

use see_you_soon_model::{
    calendar::{DayKind, LocalDay, Weekday},
    lines::{Key, Messages, Value},
};

use super::{line, portrait};
use crate::settings::Settings;
use crate::settings::form::escape;

pub fn html(settings: &Settings, today: LocalDay, messages: &Messages) -> String {
    let title = line(
        messages,
        Key::FormPrintWeekTitle,
        &[("child", Value::Text(&settings.child_name))],
    );
    // Printed at the weekend, the week to come is the one to put up.
    let weekend = matches!(today.weekday(), Weekday::Saturday | Weekday::Sunday);
    let week = if weekend { today.plus(2) } else { today };
    let days: String = settings
        .week
        .week_of(week)
        .iter()
        .zip(Weekday::ALL)
        .map(|((day, plan, _), weekday)| {
            let (class, picture, words) = match plan.kind {
                DayKind::School => {
                    let who = settings
                        .grown_ups
                        .get(plan.pick_up)
                        .unwrap_or(settings.grown_ups.first());
                    (
                        "school",
                        "images/journey/school.png",
                        // Who comes, then home together: the face, then the house.
                        format!(
                            "{} {}<img class=\"then-home\" src=\"assets/images/journey/house-with-garden.png\" alt=\"\">",
                            line(
                                messages,
                                Key::FormPrintWeekSchool,
                                &[("who", Value::Text(&who.name))]
                            ),
                            portrait(settings, plan.pick_up, "who")
                        ),
                    )
                }
                // Not an empty day: at home with the family.
                DayKind::Home => (
                    "home",
                    "images/journey/house-with-garden.png",
                    format!(
                        "{} {}",
                        line(messages, Key::FormPrintWeekHome, &[]),
                        portrait(settings, settings.grown_ups.away_today_place(), "who")
                    ),
                ),
            };
            format!(
                "<li class=\"day {class}\"><span class=\"when\"><strong>{weekday}</strong> {date}</span>\
                 <img class=\"kind\" src=\"assets/{picture}\" alt=\"\"><span class=\"what\">{words}</span></li>",
                weekday = escape(&messages.text(Key::weekday(weekday))),
                date = messages.language().short_date(*day),
            )
        })
        .collect();
    format!(
        r#"<article class="sheet week-page">
<h1>{title}</h1>
<p class="sub">{key}</p>
<ol class="week">{days}</ol>
</article>"#,
        key = line(messages, Key::FormPrintWeekKey, &[]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_printed_week_is_this_one_on_a_weekday_and_the_next_at_the_weekend() {
        let settings = Settings::default();
        // Wednesday 25 November 2026: that week. Sunday 29 November: the week of 30 November.
        assert!(
            html(&settings, LocalDay(20_782), Messages::english())
                .contains("<strong>Monday</strong> 23 Nov")
        );
        let sunday = html(&settings, LocalDay(20_786), Messages::english());
        assert!(sunday.contains("<strong>Monday</strong> 30 Nov"));
        assert!(sunday.contains("<strong>Sunday</strong> 6 Dec"));
    }
}

//! The grown-up's quiet log in the parent area: sessions played, peekaboo's ladder over the
//! weeks and the real practice ticked, as one small chart with the same figures in a table for
//! screen readers. No scores, no streaks; a button forgets it all.

use see_you_soon_model::{
    calendar::LocalDay,
    lines::{self, Key, Messages, Value},
    peekaboo::rules::Timing,
    practice::Practice,
};

use crate::{
    platform::page::LOG_SECTION_ID,
    practice::log::{QuietLog, Week},
    settings::form::escape,
};

const WIDTH: f32 = 480.0;
const HEIGHT: f32 = 170.0;
const BASE: f32 = 130.0;

/// Bars for sessions, a line for peekaboo's hide, faces' colours for the ticks.
fn chart(weeks: &[Week], messages: &Messages) -> String {
    let most_sessions = weeks.iter().map(|w| w.sessions).max().unwrap_or(0).max(1) as f32;
    let slot = WIDTH / weeks.len().max(1) as f32;
    let mut bars = String::new();
    let mut line = Vec::new();
    for (i, week) in weeks.iter().enumerate() {
        let x = i as f32 * slot;
        let h = 100.0 * week.sessions as f32 / most_sessions;
        bars.push_str(&format!(
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{h:.1}\" rx=\"4\" class=\"bar\"/>",
            x + slot * 0.2,
            BASE - h,
            slot * 0.6
        ));
        if let Some(wait) = week.peekaboo_wait {
            let y = BASE - 100.0 * wait / Timing::HIDDEN_CEILING;
            line.push(format!("{:.1},{y:.1}", x + slot / 2.0));
        }
        // One small dot a tick, coloured by how it went, under the week.
        let mut dot = 0;
        for (felt, count) in ["hard", "okay", "easy"].iter().zip(week.ticks) {
            for _ in 0..count.min(6) {
                bars.push_str(&format!(
                    "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3.5\" class=\"tick {felt}\"/>",
                    x + slot * 0.2 + 4.0 + (dot % 6) as f32 * 8.0,
                    BASE + 10.0 + (dot / 6) as f32 * 8.0
                ));
                dot += 1;
            }
        }
        bars.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{}\" class=\"week\">{}</text>",
            x + slot / 2.0,
            HEIGHT - 2.0,
            messages.language().short_date(week.monday)
        ));
    }
    let line = if line.len() > 1 {
        format!("<polyline points=\"{}\" class=\"wait\"/>", line.join(" "))
    } else {
        line.first()
            .map(|p| {
                let (x, y) = p.split_once(',').unwrap_or(("0", "0"));
                format!("<circle cx=\"{x}\" cy=\"{y}\" r=\"4\" class=\"wait\"/>")
            })
            .unwrap_or_default()
    };
    format!(
        "<svg class=\"log-chart\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" aria-hidden=\"true\">{bars}{line}</svg>"
    )
}

fn table(weeks: &[Week], messages: &Messages) -> String {
    let text = |key| escape(&messages.text(key));
    let count = |key, n: u32| {
        escape(&lines::written(
            messages,
            key,
            &[("count", Value::Count(n))],
        ))
    };
    let rows: String = weeks
        .iter()
        .map(|w| {
            let hide = w.peekaboo_wait.map_or("–".to_string(), |s| {
                lines::written(
                    messages,
                    Key::FormLogHideSeconds,
                    &[("seconds", Value::Text(&lines::decimal(messages, s)))],
                )
            });
            format!(
                "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>",
                messages.language().short_date(w.monday),
                w.sessions,
                escape(&hide),
                [
                    count(Key::FormTicksHard, w.ticks[0]),
                    count(Key::FormTicksOkay, w.ticks[1]),
                    count(Key::FormTicksEasy, w.ticks[2])
                ]
                .join(messages.language().list_separator())
            )
        })
        .collect();
    format!(
        "<table class=\"log-table\"><caption>{}</caption><thead><tr><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\
         <tbody>{rows}</tbody></table>",
        text(Key::FormLogWeekByWeek),
        text(Key::FormLogWeekOf),
        text(Key::FormLogSessions),
        text(Key::FormLogPeekabooHide),
        text(Key::FormLogRealPractice),
    )
}

pub fn html(log: &QuietLog, practice: &Practice, today: LocalDay, messages: &Messages) -> String {
    let text = |key| escape(&messages.text(key));
    let weeks = log.weeks(practice, today);
    let played = lines::written(
        messages,
        Key::FormLogPlayed,
        &[("count", Value::Count(log.sessions()))],
    );
    let since = log
        .days
        .first()
        .map(|d| {
            let day = LocalDay(d.day);
            let date = format!(
                "{} {}",
                messages.text(Key::weekday(day.weekday())),
                messages.language().short_date(day)
            );
            format!(
                " {}",
                lines::written(messages, Key::FormLogFirst, &[("date", Value::Text(&date))])
            )
        })
        .unwrap_or_default();
    let ceiling = format!("{:.0}", Timing::HIDDEN_CEILING);
    format!(
        r#"<section id="{LOG_SECTION_ID}" class="grown-ups-part" aria-labelledby="log-title">
<h2 id="log-title">{title}</h2>
<p class="hint">{hint}</p>
<p class="log-played">{played}{since}</p>
<div class="log-key" aria-hidden="true"><span class="key bar">{key_sessions}</span> <span class="key wait">{key_hide}</span> <span class="key tick">{key_practice} <span class="hard">{hard}</span> <span class="okay">{okay}</span> <span class="easy">{easy}</span></span></div>
{chart}
{table}
<details><summary>{forget_all}</summary>
<p>{forget_note}</p>
<button type="button" data-action="forget-log">{forget}</button>
</details>
</section>"#,
        title = text(Key::FormLogTitle),
        hint = text(Key::FormLogHint),
        played = escape(&played),
        since = escape(&since),
        key_sessions = text(Key::FormLogKeySessions),
        key_hide = escape(&lines::written(
            messages,
            Key::FormLogKeyHide,
            &[("ceiling", Value::Text(&ceiling))]
        )),
        key_practice = text(Key::FormLogKeyPractice),
        hard = text(Key::FormFeltHard),
        okay = text(Key::FormFeltOkay),
        easy = text(Key::FormFeltEasy),
        forget_all = text(Key::FormLogForgetAll),
        forget_note = text(Key::FormLogForgetNote),
        forget = text(Key::FormLogForget),
        chart = chart(&weeks, messages),
        table = table(&weeks, messages),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_tells_the_sessions_played_and_draws_each_week() {
        let mut log = QuietLog::default();
        log.session_played(LocalDay(20_786), 3.0);
        log.session_played(LocalDay(20_786), 3.5);
        let html = html(
            &log,
            &Practice::default(),
            LocalDay(20_786),
            Messages::english(),
        );
        assert!(html.contains("2 sessions played in all."));
        assert!(html.contains("The first was on Sunday 29 Nov."));
        assert_eq!(html.matches("class=\"bar\"").count(), 8);
        assert!(html.contains("<td>2</td><td>3.5 s</td>"));
        assert!(html.contains("data-action=\"forget-log\""));
        let empty = super::html(
            &QuietLog::default(),
            &Practice::default(),
            LocalDay(20_786),
            Messages::english(),
        );
        assert!(empty.contains("No sessions played yet."));
    }
}

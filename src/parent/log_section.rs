//! The grown-up's quiet log in the parent area: sessions played, peekaboo's ladder over the
//! weeks and the real practice ticked, as one small chart with the same figures in a table for
//! screen readers. No scores, no streaks; a button forgets it all.

use see_you_soon_model::{
    calendar::{LocalDay, Weekday},
    peekaboo::rules::Timing,
    practice::Practice,
};

use crate::{
    platform::page::LOG_SECTION_ID,
    practice::log::{QuietLog, Week},
};

const WIDTH: f32 = 480.0;
const HEIGHT: f32 = 170.0;
const BASE: f32 = 130.0;

/// Bars for sessions, a line for peekaboo's hide, faces' colours for the ticks.
fn chart(weeks: &[Week]) -> String {
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
            week.monday.short_date()
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

fn table(weeks: &[Week]) -> String {
    let rows: String = weeks
        .iter()
        .map(|w| {
            format!(
                "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{} hard, {} okay, {} easy</td></tr>",
                w.monday.short_date(),
                w.sessions,
                w.peekaboo_wait.map_or("–".to_string(), |s| format!("{s:.1} s")),
                w.ticks[0],
                w.ticks[1],
                w.ticks[2]
            )
        })
        .collect();
    format!(
        "<table class=\"log-table\"><caption>Week by week</caption><thead><tr><th scope=\"col\">Week of</th>\
         <th scope=\"col\">Sessions</th><th scope=\"col\">Peekaboo hide</th><th scope=\"col\">Real practice</th></tr></thead>\
         <tbody>{rows}</tbody></table>"
    )
}

pub fn html(log: &QuietLog, practice: &Practice, today: LocalDay) -> String {
    let weeks = log.weeks(practice, today);
    let played = match log.sessions() {
        0 => "No sessions played yet.".to_string(),
        1 => "1 session played in all.".to_string(),
        n => format!("{n} sessions played in all."),
    };
    let since = log
        .days
        .first()
        .map(|d| {
            let day = LocalDay(d.day);
            let weekday: Weekday = day.weekday();
            format!(" The first was on {weekday:?} {}.", day.short_date())
        })
        .unwrap_or_default();
    format!(
        r#"<section id="{LOG_SECTION_ID}" class="grown-ups-part" aria-labelledby="log-title">
<h2 id="log-title">Your quiet log</h2>
<p class="hint">Only for you, kept only on this device, never shown to your child. Ups and downs are normal; there is nothing to keep up.</p>
<p class="log-played">{played}{since}</p>
<div class="log-key" aria-hidden="true"><span class="key bar">sessions a week</span> <span class="key wait">peekaboo hide (up to {ceiling:.0} s)</span> <span class="key tick">real practice: <span class="hard">hard</span> <span class="okay">okay</span> <span class="easy">easy</span></span></div>
{chart}
{table}
<details><summary>Forget all of this</summary>
<p>This deletes the log and the practice ticks from this device. The practice steps, the settings, photos and recordings stay.</p>
<button type="button" data-action="forget-log">Forget the log and the ticks</button>
</details>
</section>"#,
        ceiling = Timing::HIDDEN_CEILING,
        chart = chart(&weeks),
        table = table(&weeks),
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
        let html = html(&log, &Practice::default(), LocalDay(20_786));
        assert!(html.contains("2 sessions played in all."));
        assert!(html.contains("The first was on Sunday 29 Nov."));
        assert_eq!(html.matches("class=\"bar\"").count(), 8);
        assert!(html.contains("<td>2</td><td>3.5 s</td>"));
        assert!(html.contains("data-action=\"forget-log\""));
        let empty = super::html(&QuietLog::default(), &Practice::default(), LocalDay(20_786));
        assert!(empty.contains("No sessions played yet."));
    }
}

//! The card for the teacher or childminder: the family's goodbye, the promise, the pick-up,
//! what the child does meanwhile and the Love Connection, with the words to say.

use see_you_soon_model::calendar::{DayKind, Weekday};

use super::portrait;
use crate::settings::form::escape;
use crate::settings::{Goodbye, Settings};

fn picture(goodbye: Goodbye) -> &'static str {
    match goodbye {
        Goodbye::Hug => "images/journey/hugging-face.png",
        Goodbye::Kiss => "images/journey/kiss-mark.png",
        Goodbye::Wave => "images/journey/waving-hand.png",
    }
}

/// "Monday to Friday: Mummy picks up." from the week plan, one line per grown-up.
fn pick_ups(settings: &Settings) -> String {
    let mut lines: Vec<(String, Vec<Weekday>)> = Vec::new();
    for (day, plan) in Weekday::ALL.iter().zip(settings.week.days) {
        if plan.kind != DayKind::School {
            continue;
        }
        let who = settings
            .grown_ups
            .get(plan.pick_up)
            .unwrap_or(settings.grown_ups.first())
            .name
            .clone();
        match lines.iter_mut().find(|(name, _)| *name == who) {
            Some((_, days)) => days.push(*day),
            None => lines.push((who, vec![*day])),
        }
    }
    lines
        .iter()
        .map(|(who, days)| {
            let days: Vec<String> = days.iter().map(|d| format!("{d:?}")).collect();
            format!("<li>{}: {} picks up.</li>", days.join(", "), escape(who))
        })
        .collect()
}

pub fn html(settings: &Settings) -> String {
    let child = escape(&settings.child_name);
    let grown_up = escape(&settings.grown_up().name);
    let away = settings.grown_ups.away_today_place();
    let ritual: String = settings
        .plan
        .ritual
        .iter()
        .map(|goodbye| {
            format!(
                "<li><img src=\"assets/{}\" alt=\"\"><span>{}</span></li>",
                picture(*goodbye),
                goodbye.words()
            )
        })
        .chain(["<li><span class=\"big\">\u{201c}See you soon!\u{201d}</span></li>".to_string()])
        .collect();
    let anchor = escape(settings.return_anchor.words());
    let time = match settings.plan.pick_up_time.trim() {
        "" => String::new(),
        time => format!(" Pick-up time: <strong>{}</strong>.", escape(time)),
    };
    format!(
        r#"<article class="sheet card">
<header class="card-head">{photo}<div><h1>{child}'s goodbye</h1>
<p class="sub">For {child}'s teacher or childminder, from {grown_up}. We do the same goodbye every time: please help us keep it.</p></div></header>
<section><h2>Our goodbye, every time</h2><ol class="ritual">{ritual}</ol>
<p>Short and warm: we never sneak out.</p></section>
<section><h2>The promise</h2>
<p class="said">&ldquo;I'll come back {anchor}. {reunion}&rdquo;</p>
<p>Please remind {child}: {grown_up} comes back <strong>{anchor}</strong>.{time}</p>
<ul class="pick-ups">{pick_ups}</ul></section>
<section><h2>While {grown_up} is away</h2>
<p>{child} will {meanwhile}. Telling {child} what comes next helps.</p></section>
<section class="love"><h2>Our Love Connection</h2>
<p>Each morning we draw a heart on {child}'s hand and on {grown_up}'s. When {child} presses it, {grown_up} feels the love and sends some back. If {child} misses us, press it together and say:</p>
<p class="said">&ldquo;Oh, did you feel that? I think {grown_up} just sent you some love!&rdquo;</p></section>
</article>"#,
        photo = portrait(settings, away, "card-photo"),
        reunion = escape(&settings.reunion_line),
        meanwhile = escape(&settings.plan.meanwhile),
        pick_ups = pick_ups(settings),
    )
}

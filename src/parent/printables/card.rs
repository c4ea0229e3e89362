//! The card for the teacher or childminder: the family's goodbye, the promise, the pick-up,
//! what the child does meanwhile and the Love Connection, with the words to say.

use see_you_soon_model::{
    calendar::{DayKind, Weekday},
    lines::{Key, Messages, Value, in_language, own_words_in_language},
};

use super::{line, portrait};
use crate::settings::form::escape;
use crate::settings::{Goodbye, Settings};

fn picture(goodbye: Goodbye) -> &'static str {
    match goodbye {
        Goodbye::Hug => "images/journey/hugging-face.png",
        Goodbye::Kiss => "images/journey/kiss-mark.png",
        Goodbye::Wave => "images/journey/waving-hand.png",
    }
}

/// "Monday, Tuesday and Friday: Mummy picks up." from the week plan, one line per grown-up.
fn pick_ups(settings: &Settings, messages: &Messages) -> String {
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
            let days: Vec<String> = days
                .iter()
                .map(|day| messages.text(Key::weekday(*day)))
                .collect();
            let days = days.join(messages.language().list_separator());
            let said = line(
                messages,
                Key::FormPrintCardPicksUp,
                &[("days", Value::Text(&days)), ("who", Value::Text(who))],
            );
            format!("<li>{said}</li>")
        })
        .collect()
}

fn goodbye_key(goodbye: Goodbye) -> Key {
    match goodbye {
        Goodbye::Hug => Key::FormGoodbyeHug,
        Goodbye::Kiss => Key::FormGoodbyeKiss,
        Goodbye::Wave => Key::FormGoodbyeWave,
    }
}

pub fn html(settings: &Settings, messages: &Messages) -> String {
    let family = in_language(
        messages,
        &settings.words_about(settings.grown_ups.away_today_place()),
    );
    let names = [
        ("child", Value::Text(&settings.child_name)),
        ("grownup", Value::Text(&settings.grown_up().name)),
        ("promise", Value::Text(&family.promise)),
        ("meanwhile", Value::Text(&family.meanwhile)),
    ];
    let said = |key| line(messages, key, &names);
    let away = settings.grown_ups.away_today_place();
    let ritual: String = settings
        .plan
        .ritual
        .iter()
        .map(|goodbye| {
            format!(
                "<li><img src=\"assets/{}\" alt=\"\"><span>{}</span></li>",
                picture(*goodbye),
                escape(&messages.text(goodbye_key(*goodbye)))
            )
        })
        .chain([format!(
            "<li><span class=\"big\">{}</span></li>",
            said(Key::FormPrintCardSeeYouSoon)
        )])
        .collect();
    let reunion = own_words_in_language(messages, &settings.reunion_line);
    let time = match settings.plan.pick_up_time.trim() {
        "" => String::new(),
        time => format!(
            " {}",
            line(
                messages,
                Key::FormPrintCardPickUpTime,
                &[("time", Value::Text(time))]
            )
        ),
    };
    format!(
        r#"<article class="sheet card">
<header class="card-head">{photo}<div><h1>{title}</h1>
<p class="sub">{for_whom}</p></div></header>
<section><h2>{our_goodbye}</h2><ol class="ritual">{ritual}</ol>
<p>{short_and_warm}</p></section>
<section><h2>{promise}</h2>
<p class="said">{promise_said}</p>
<p>{remind}{time}</p>
<ul class="pick-ups">{pick_ups}</ul></section>
<section><h2>{while_away}</h2>
<p>{meanwhile}</p></section>
<section class="love"><h2>{love}</h2>
<p>{love_how}</p>
<p class="said">{love_said}</p></section>
</article>"#,
        photo = portrait(settings, away, "card-photo"),
        title = said(Key::FormPrintCardTitle),
        for_whom = said(Key::FormPrintCardFor),
        our_goodbye = said(Key::FormPrintCardOurGoodbye),
        short_and_warm = said(Key::FormPrintCardShortAndWarm),
        promise = said(Key::FormPrintCardPromise),
        promise_said = line(
            messages,
            Key::FormPrintCardPromiseSaid,
            &[
                ("promise", Value::Text(&family.promise)),
                ("reunion", Value::Text(&reunion)),
            ]
        ),
        remind = said(Key::FormPrintCardRemind),
        pick_ups = pick_ups(settings, messages),
        while_away = said(Key::FormPrintCardWhileAway),
        meanwhile = said(Key::FormPrintCardMeanwhile),
        love = said(Key::FormPrintCardLove),
        love_how = said(Key::FormPrintCardLoveHow),
        love_said = said(Key::FormPrintCardLoveSaid),
    )
}

//! The practice ladder in the parent area: the path of real separations with the current step
//! marked, the ladder's one-sentence suggestion, three faces to tick how today's went, the
//! steps to edit, and peekaboo's own ladder beside it.

use see_you_soon_model::{
    lines::{self, Key, Messages, Value},
    peekaboo::rules::Timing,
    practice::{Advice, Felt, LONGEST_WORDS, MOST_RUNGS, Practice, Rung, first_rung_key},
};

use crate::{
    platform::page::{PRACTICE_SECTION_ID, STEPS_FORM_ID, field},
    settings::form::escape,
};

fn face(felt: Felt) -> &'static str {
    match felt {
        Felt::Hard => "\u{1f61f}",
        Felt::Okay => "\u{1f642}",
        Felt::Easy => "\u{1f604}",
    }
}

fn felt_words(felt: Felt) -> Key {
    match felt {
        Felt::Hard => Key::FormFeltHard,
        Felt::Okay => Key::FormFeltOkay,
        Felt::Easy => Key::FormFeltEasy,
    }
}

fn felt_count(felt: Felt) -> Key {
    match felt {
        Felt::Hard => Key::FormTicksHard,
        Felt::Okay => Key::FormTicksOkay,
        Felt::Easy => Key::FormTicksEasy,
    }
}

/// A line with a count in it ("2 times", "1 hard").
fn counted(messages: &Messages, key: Key, count: usize) -> String {
    let count = u32::try_from(count).unwrap_or(u32::MAX);
    lines::written(messages, key, &[("count", Value::Count(count))])
}

/// A line with a practice step's words in it.
fn about_step(messages: &Messages, key: Key, what: &str) -> String {
    lines::written(messages, key, &[("what", Value::Text(what))])
}

/// "3 times: 1 hard, 2 easy", for the rung's line and for screen readers.
fn ticks_told(rung: &Rung, messages: &Messages) -> String {
    if rung.ticks.is_empty() {
        return messages.text(Key::FormTicksNotYet);
    }
    let counts: Vec<String> = Felt::ALL
        .iter()
        .filter_map(|felt| {
            let n = rung.ticks.iter().filter(|t| t.felt == *felt).count();
            (n > 0).then(|| counted(messages, felt_count(*felt), n))
        })
        .collect();
    let times = counted(messages, Key::FormTicksTimes, rung.ticks.len());
    let language = messages.language();
    format!(
        "{times}{}{}",
        language.colon(),
        counts.join(language.list_separator())
    )
}

/// The ladder's suggestion, in the family's language.
fn advice_sentence(practice: &Practice, messages: &Messages) -> String {
    match practice.advice() {
        Advice::AddFirstStep => messages.text(Key::FormAdviceFirstStep),
        Advice::Begin(what) => about_step(messages, Key::FormAdviceBegin, &what),
        Advice::Stay => messages.text(Key::FormAdviceStay),
        Advice::MoveUpTo(next) => about_step(messages, Key::FormAdviceMoveUp, &next),
        Advice::Climbed => messages.text(Key::FormAdviceClimbed),
        Advice::GoBackTo(before) => about_step(messages, Key::FormAdviceGoBack, &before),
        Advice::MakeSmaller => messages.text(Key::FormAdviceSmaller),
    }
}

fn rung_item(index: usize, rung: &Rung, current: usize, messages: &Messages) -> String {
    let (class, mark, action) = match index.cmp(&current) {
        std::cmp::Ordering::Equal => (
            "rung current",
            " aria-current=\"step\"",
            format!(
                "<span class=\"now\">{}</span>",
                escape(&messages.text(Key::FormPractisingNow))
            ),
        ),
        order => (
            if order.is_lt() {
                "rung below"
            } else {
                "rung above"
            },
            "",
            format!(
                "<button type=\"button\" data-action=\"move-to\" data-rung=\"{index}\">{}</button>",
                escape(&messages.text(Key::FormPractiseThisOne))
            ),
        ),
    };
    let faces: String = rung
        .ticks
        .iter()
        .rev()
        .take(8)
        .rev()
        .map(|t| face(t.felt))
        .collect();
    format!(
        "<li class=\"{class}\"{mark}><span class=\"rung-words\">{words}</span> \
         <span class=\"rung-ticks\" aria-label=\"{told}\"><span aria-hidden=\"true\">{faces}</span> {told}</span> {action}</li>",
        words = escape(&rung.what),
        told = escape(&ticks_told(rung, messages)),
    )
}

/// The ladder as the family's language says it: a step still in the game's first words reads
/// in that language (and is kept in it once the parent edits the steps).
fn in_language(practice: &Practice, messages: &Messages) -> Practice {
    let mut shown = practice.clone();
    for rung in &mut shown.rungs {
        if let Some(key) = first_rung_key(&rung.what) {
            rung.what = messages.text(key);
        }
    }
    shown
}

/// The section, for the parent area (and for replacing itself after a tick).
pub fn html(practice: &Practice, peekaboo_wait: f32, child: &str, messages: &Messages) -> String {
    let practice = &in_language(practice, messages);
    let text = |key| escape(&messages.text(key));
    let rungs: String = practice
        .rungs
        .iter()
        .enumerate()
        .map(|(i, rung)| rung_item(i, rung, practice.current, messages))
        .collect();
    let ticking = match practice.current_rung() {
        Some(rung) => {
            let buttons: String = Felt::ALL
                .iter()
                .map(|felt| {
                    format!(
                        "<button type=\"button\" class=\"felt\" data-action=\"tick\" data-felt=\"{name}\"><span aria-hidden=\"true\">{face}</span> {words}</button>",
                        name = felt.name(),
                        face = face(*felt),
                        words = text(felt_words(*felt)),
                    )
                })
                .collect();
            let untick = if rung.ticks.is_empty() {
                String::new()
            } else {
                format!(
                    "<button type=\"button\" class=\"quiet\" data-action=\"untick\">{}</button>",
                    text(Key::FormUntick)
                )
            };
            format!(
                "<p>{question}</p><div class=\"felts\">{buttons}</div>{untick}",
                question = escape(&about_step(messages, Key::FormHowDidItGo, &rung.what))
            )
        }
        None => String::new(),
    };
    let fields: String = practice
        .rungs
        .iter()
        .map(|r| r.what.as_str())
        .chain((practice.rungs.len() < MOST_RUNGS).then_some(""))
        .enumerate()
        .map(|(i, what)| {
            format!(
                "<label>{label} <input name=\"{name}\" type=\"text\" maxlength=\"{max}\" \
                 autocomplete=\"off\" value=\"{what}\" placeholder=\"{hint}\"></label>",
                label = escape(&lines::written(
                    messages,
                    Key::FormStepNumber,
                    &[("step", Value::Count(i as u32 + 1))]
                )),
                name = field::step(i),
                max = LONGEST_WORDS * 2,
                what = escape(what),
                hint = text(if what.is_empty() {
                    Key::FormAddStep
                } else {
                    Key::FormEmptyTakesOut
                }),
            )
        })
        .collect();
    let whole_seconds = |seconds: f32| format!("{seconds:.0}");
    let in_game = lines::written(
        messages,
        Key::FormPracticeInGame,
        &[
            (
                "seconds",
                Value::Text(&lines::decimal(messages, peekaboo_wait)),
            ),
            ("start", Value::Text(&whole_seconds(Timing::LADDER_START))),
            (
                "ceiling",
                Value::Text(&whole_seconds(Timing::HIDDEN_CEILING)),
            ),
            ("child", Value::Text(child)),
        ],
    );
    let real = match practice.current_rung() {
        Some(rung) => lines::written(
            messages,
            Key::FormPracticeStepOf,
            &[
                ("step", Value::Count(practice.current as u32 + 1)),
                ("steps", Value::Count(practice.rungs.len() as u32)),
                ("what", Value::Text(&rung.what)),
            ],
        ),
        None => messages.text(Key::FormPracticeNoSteps),
    };
    format!(
        r#"<section id="{PRACTICE_SECTION_ID}" class="grown-ups-part" aria-labelledby="practice-title">
<h2 id="practice-title">{title}</h2>
<p class="hint">{hint}</p>
<div class="both-ladders">
<p><strong>{in_game_label}</strong>{colon}{in_game}</p>
<p><strong>{at_door_label}</strong>{colon}{real}{full_stop}</p>
</div>
<ol class="ladder">{rungs}</ol>
<p class="suggestion" role="status">{suggestion}</p>
{ticking}
<details><summary>{change_steps}</summary>
<form id="{STEPS_FORM_ID}" novalidate>{fields}
<button type="submit">{keep_steps}</button></form>
</details>
</section>"#,
        title = text(Key::FormPracticeTitle),
        colon = escape(messages.language().colon()),
        full_stop = messages.language().full_stop(),
        hint = text(Key::FormPracticeHint),
        in_game_label = text(Key::FormPracticeInGameLabel),
        in_game = escape(&in_game),
        at_door_label = text(Key::FormPracticeAtDoorLabel),
        real = escape(&real),
        suggestion = escape(&advice_sentence(practice, messages)),
        change_steps = text(Key::FormChangeSteps),
        keep_steps = text(Key::FormKeepSteps),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use see_you_soon_model::calendar::LocalDay;

    #[test]
    fn the_path_marks_the_current_step_and_offers_the_others() {
        let mut practice = Practice::default();
        practice.move_to(1);
        practice.tick(LocalDay(1), Felt::Hard);
        practice.tick(LocalDay(2), Felt::Easy);
        let html = html(&practice, 3.5, "Zoë", Messages::english());
        assert_eq!(html.matches("aria-current=\"step\"").count(), 1);
        assert_eq!(
            html.matches("data-action=\"move-to\"").count(),
            practice.rungs.len() - 1
        );
        assert!(html.contains("2 times: 1 hard, 1 easy"));
        assert!(html.contains("3.5 seconds"));
        assert!(html.contains("step 2 of 6"));
        assert!(html.contains("data-action=\"untick\""));
        for felt in Felt::ALL {
            assert!(html.contains(&format!("data-felt=\"{}\"", felt.name())));
        }
    }

    #[test]
    fn a_steps_words_are_shown_as_text_never_as_markup() {
        let mut practice = Practice::default();
        practice.edit(&["<b>Shop</b> & \"back\"".to_string()]);
        let html = html(&practice, 2.0, "<i>", Messages::english());
        assert!(!html.contains("<b>"));
        assert!(!html.contains("<i>"));
        assert!(html.contains("&lt;b&gt;Shop&lt;/b&gt; &amp; &quot;back&quot;"));
    }

    #[test]
    fn an_empty_ladder_asks_for_a_first_step_with_nothing_to_tick() {
        let practice = Practice {
            rungs: vec![],
            current: 0,
        };
        let html = html(&practice, 2.0, "Sam", Messages::english());
        assert!(!html.contains("data-action=\"tick\""));
        assert!(html.contains("first small step"));
        assert!(html.contains("placeholder=\"Add a step\""));
    }

    #[test]
    fn the_ladder_is_written_in_the_familys_language() {
        let messages = crate::settings::shipped_messages("fr");
        let mut practice = Practice::default();
        practice.tick(LocalDay(1), Felt::Easy);
        let html = html(&practice, 3.5, "Léo", &messages);
        for key in [
            Key::FormPracticeTitle,
            Key::FormKeepSteps,
            Key::FormFeltEasy,
        ] {
            assert!(html.contains(&escape(&messages.text(key))), "{key:?}");
        }
        // French writes the decimal with a comma.
        assert!(html.contains("3,5"));
        assert!(!html.contains("Practice off the screen"));
    }
}

//! The practice ladder in the parent area: the path of real separations with the current step
//! marked, the ladder's one-sentence suggestion, three faces to tick how today's went, the
//! steps to edit, and peekaboo's own ladder beside it.

use see_you_soon_model::{
    peekaboo::rules::Timing,
    practice::{Felt, LONGEST_WORDS, MOST_RUNGS, Practice, Rung},
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

/// "3 times: 1 hard, 2 easy", for the rung's line and for screen readers.
fn ticks_told(rung: &Rung) -> String {
    if rung.ticks.is_empty() {
        return "not yet".to_string();
    }
    let counts: Vec<String> = Felt::ALL
        .iter()
        .filter_map(|felt| {
            let n = rung.ticks.iter().filter(|t| t.felt == *felt).count();
            (n > 0).then(|| format!("{n} {}", felt.name()))
        })
        .collect();
    let times = match rung.ticks.len() {
        1 => "once".to_string(),
        n => format!("{n} times"),
    };
    format!("{times}: {}", counts.join(", "))
}

fn rung_item(index: usize, rung: &Rung, current: usize) -> String {
    let (class, mark, action) = match index.cmp(&current) {
        std::cmp::Ordering::Equal => (
            "rung current",
            " aria-current=\"step\"",
            "<span class=\"now\">Practising now</span>".to_string(),
        ),
        order => (
            if order.is_lt() {
                "rung below"
            } else {
                "rung above"
            },
            "",
            format!(
                "<button type=\"button\" data-action=\"move-to\" data-rung=\"{index}\">Practise this one</button>"
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
        told = escape(&ticks_told(rung)),
    )
}

/// The section, for the parent area (and for replacing itself after a tick).
pub fn html(practice: &Practice, peekaboo_wait: f32, child: &str) -> String {
    let rungs: String = practice
        .rungs
        .iter()
        .enumerate()
        .map(|(i, rung)| rung_item(i, rung, practice.current))
        .collect();
    let ticking = match practice.current_rung() {
        Some(rung) => {
            let buttons: String = Felt::ALL
                .iter()
                .map(|felt| {
                    format!(
                        "<button type=\"button\" class=\"felt\" data-action=\"tick\" data-felt=\"{name}\"><span aria-hidden=\"true\">{face}</span> {name}</button>",
                        name = felt.name(),
                        face = face(*felt)
                    )
                })
                .collect();
            let untick = if rung.ticks.is_empty() {
                String::new()
            } else {
                "<button type=\"button\" class=\"quiet\" data-action=\"untick\">Take back the last tick</button>".to_string()
            };
            format!(
                "<p>\u{201c}{what}\u{201d} happened today. How did it go?</p>\
                 <div class=\"felts\">{buttons}</div>{untick}",
                what = escape(&rung.what)
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
                "<label>Step {n} <input name=\"{name}\" type=\"text\" maxlength=\"{max}\" \
                 autocomplete=\"off\" value=\"{what}\" placeholder=\"{hint}\"></label>",
                n = i + 1,
                name = field::step(i),
                max = LONGEST_WORDS * 2,
                what = escape(what),
                hint = if what.is_empty() {
                    "Add a step"
                } else {
                    "Empty: take it out"
                },
            )
        })
        .collect();
    let ceiling = Timing::HIDDEN_CEILING;
    let start = Timing::LADDER_START;
    let real = match practice.current_rung() {
        Some(rung) => format!(
            "step {} of {}: \u{201c}{}\u{201d}",
            practice.current + 1,
            practice.rungs.len(),
            escape(&rung.what)
        ),
        None => "no steps yet".to_string(),
    };
    format!(
        r#"<section id="{PRACTICE_SECTION_ID}" class="grown-ups-part" aria-labelledby="practice-title">
<h2 id="practice-title">Practice off the screen</h2>
<p class="hint">What helps most happens at the real door: short, predictable separations that grow. Do a step a few times, tick it each time it happened, and move on when it is easy twice.</p>
<div class="both-ladders">
<p><strong>In the game</strong>: in peekaboo the grown-up now stays hidden {wait:.1} seconds. It grows by itself from {start:.0} up to {ceiling:.0} seconds as {child} finds them.</p>
<p><strong>At the real door</strong>: {real}.</p>
</div>
<ol class="ladder">{rungs}</ol>
<p class="suggestion" role="status">{suggestion}</p>
{ticking}
<details><summary>Change the steps</summary>
<form id="{STEPS_FORM_ID}" novalidate>{fields}
<button type="submit">Keep these steps</button></form>
</details>
</section>"#,
        wait = peekaboo_wait,
        child = escape(child),
        suggestion = escape(&practice.suggestion_sentence()),
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
        let html = html(&practice, 3.5, "Zoë");
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
        let html = html(&practice, 2.0, "<i>");
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
        let html = html(&practice, 2.0, "Sam");
        assert!(!html.contains("data-action=\"tick\""));
        assert!(html.contains("first small step"));
        assert!(html.contains("placeholder=\"Add a step\""));
    }
}

//! The parent area's "own voices" section: for each grown-up, every line they can record,
//! the three that matter most first, then the rest grouped by where the game says them.
//! `web/voice.js` runs the buttons and counts what is recorded.

use see_you_soon_model::lines::{
    self, Heard, Key, Messages, RECORD_FIRST, RECORDABLE, Recordable, Value, Words, recording_slot,
};

use super::{Place, Settings, form::escape};

/// The section's HTML, for the grown-ups as saved (one added but not yet saved records after
/// saving: their recordings are kept under their place).
pub fn section(settings: &Settings, messages: &Messages) -> String {
    let text = |key| escape(&messages.text(key));
    let groups: String = settings
        .grown_ups
        .all()
        .map(|(place, grown_up)| {
            let words = lines::in_language(messages, &settings.words_about(place));
            let first: String = RECORD_FIRST
                .iter()
                .filter_map(|key| lines::recordable_line(*key))
                .map(|line| row(place, line, &words, messages))
                .collect();
            let rest: String = Heard::ALL
                .iter()
                .map(|heard| {
                    let rows: String = RECORDABLE
                        .iter()
                        .filter(|line| line.heard == *heard && !RECORD_FIRST.contains(&line.key))
                        .map(|line| row(place, line, &words, messages))
                        .collect();
                    if rows.is_empty() {
                        String::new()
                    } else {
                        format!("<h3>{}</h3>\n{rows}", text(heard.heading()))
                    }
                })
                .collect();
            // The first grown-up's lines are open; the others' one tap away.
            format!(
                "<details class=\"voices\" data-voice-group{open}><summary>{voice_of} \
                 <span data-voice-count></span></summary>\n<h3>{start}</h3>\n\
                 {first}{rest}</details>\n",
                open = if place == Place::FIRST { " open" } else { "" },
                voice_of = escape(&lines::written(
                    messages,
                    Key::FormVoiceOf,
                    &[("who", Value::Text(&grown_up.name))]
                )),
                start = text(Key::FormStartWithThese),
            )
        })
        .collect();
    format!(
        // `web/voice.js` writes a row's state and its button in these words.
        "<fieldset data-voice-words data-recording=\"{}\" data-new=\"{}\" data-kept=\"{}\" \
         data-none=\"{}\" data-stop=\"{}\" data-record=\"{}\"><legend>{}</legend>\n\
         <p class=\"hint\">{}</p>\n{groups}</fieldset>",
        text(Key::FormVoiceRecording),
        text(Key::FormVoiceNew),
        text(Key::FormVoiceKept),
        text(Key::FormVoiceNone),
        text(Key::FormStop),
        text(Key::FormRecord),
        text(Key::FormOwnVoices),
        text(Key::FormOwnVoicesHint)
    )
}

/// One line to record: the words to read out, and Record / Listen / Keep / Delete.
fn row(place: Place, line: &Recordable, words: &Words, messages: &Messages) -> String {
    let text = |key| escape(&messages.text(key));
    let slot = recording_slot(place, line.key).unwrap_or_default();
    let said = lines::words_to_record(messages, line, words);
    format!(
        "<div class=\"voice-row\" data-voice-slot=\"{slot}\"><span class=\"voice-words\" dir=\"auto\">\
         \u{201c}{said}\u{201d}</span>\
<button type=\"button\" data-voice=\"record\">{record}</button>\
<button type=\"button\" data-voice=\"listen\" hidden>{listen}</button>\
<button type=\"button\" data-voice=\"keep\" hidden>{keep}</button>\
<button type=\"button\" data-voice=\"delete\" hidden>{delete}</button>\
<span class=\"voice-state\" role=\"status\"></span></div>\n",
        said = escape(&said),
        record = text(Key::FormRecord),
        listen = text(Key::FormListen),
        keep = text(Key::FormKeep),
        delete = text(Key::FormDelete),
    )
}

/// Deletes every recording kept for the grown-up at `place`; how many there were.
pub fn forget(place: Place) -> usize {
    RECORDABLE
        .iter()
        .filter_map(|line| recording_slot(place, line.key))
        .filter(|slot| crate::platform::has_recording(slot))
        .inspect(|slot| crate::platform::delete_recording(slot))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::GrownUp;

    #[test]
    fn each_grown_up_gets_every_line_with_the_three_that_matter_first() {
        let mut settings = Settings {
            child_name: "Zoë".into(),
            ..Settings::default()
        };
        let grandad = settings
            .grown_ups
            .add(GrownUp {
                name: "Grandad".into(),
                ..GrownUp::default()
            })
            .unwrap();
        let html = section(&settings, Messages::english());
        assert_eq!(html.matches("data-voice-group").count(), 2);
        assert_eq!(
            html.matches("class=\"voice-row\"").count(),
            2 * RECORDABLE.len()
        );
        // Mummy's first rows are the three that matter, under their old names.
        let mummy = &html[..html.find("Grandad&#39;s voice").unwrap()];
        let first_rows: Vec<_> = mummy.match_indices("data-voice-slot=\"").take(3).collect();
        let slots: Vec<&str> = first_rows
            .iter()
            .map(|(at, _)| mummy[at + 17..].split('"').next().unwrap())
            .collect();
        assert_eq!(slots, ["see-you-soon", "peekaboo", "im-home"]);
        // Grandad's are his own, and the child's name is in the words as it will be said.
        let slot = recording_slot(grandad, lines::Key::Farewell).unwrap();
        assert!(html.contains(&format!("data-voice-slot=\"{slot}\"")));
        assert!(html.contains("See you soon, Zoë!"));
    }
}

//! The settings form written as HTML: the fields filled with the parent's values, the
//! family's photos and own voices, and status lines at the top.

use super::{FormValues, HOME_DAY, OTHER, field, school_day};
use crate::settings::{GROWN_UP_PRESETS, Look, MOST_GROWN_UPS, Place, SessionLength, Settings};
use see_you_soon_model::{calendar::Weekday, lines, plan::Goodbye};

/// Text made safe to place inside HTML text or a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn selected(on: bool) -> &'static str {
    if on { " selected" } else { "" }
}

fn checked(on: bool) -> &'static str {
    if on { " checked" } else { "" }
}

/// Picture buttons (radio inputs) for choosing a look.
fn look_choices(name: &str, chosen: &str) -> String {
    let mut html = String::new();
    for look in Look::all() {
        let id = look.id();
        html.push_str(&format!(
            "<label class=\"look\"><input type=\"radio\" name=\"{name}\" value=\"{id}\" \
             aria-label=\"{label}\"{}><img src=\"assets/{}\" alt=\"\" width=\"56\" \
             height=\"56\"></label>",
            checked(id == chosen),
            look.portrait_path(),
            label = escape(&look.label()),
        ));
    }
    html
}

/// The goodbye's three parts, each a menu of hug, kiss and wave.
fn ritual_choices(chosen: &[String; 3]) -> String {
    let ordinal = ["First", "Then", "Then"];
    (0..3)
        .map(|i| {
            let options: String = Goodbye::ALL
                .iter()
                .map(|g| {
                    format!(
                        "<option value=\"{}\"{}>{}</option>",
                        g.name(),
                        selected(chosen[i] == g.name()),
                        g.words()
                    )
                })
                .collect();
            format!(
                "<label>{} <select name=\"{}\">{options}</select></label>",
                ordinal[i],
                field::ritual(i)
            )
        })
        .chain(["<p class=\"hint\">and last, \u{201c}See you soon!\u{201d}</p>".to_string()])
        .collect()
}

/// The voice menu: the game's own choice first, then the device's voices for the language.
/// A chosen voice this device lacks stays listed, so saving does not lose it.
/// Each language named in itself, after the device's own.
fn language_choices(chosen: &str) -> String {
    let device = lines::pick_language(None, &crate::platform::browser_languages());
    let mut options = format!(
        "<option value=\"\"{}>This device's language ({})</option>",
        selected(lines::Language::for_tag(chosen).is_none()),
        device.name
    );
    for language in lines::LANGUAGES {
        options.push_str(&format!(
            "<option value=\"{code}\" lang=\"{tag}\"{dir}{on}>{name}</option>",
            code = language.code,
            tag = language.speech_tag,
            dir = if language.right_to_left {
                " dir=\"rtl\""
            } else {
                ""
            },
            on = selected(chosen == language.code),
            name = language.name,
        ));
    }
    options
}

/// Where the device has no voice for the game's language, the parent learns how the lines
/// still reach the child.
fn no_voice_note(voices: &[String], language: lines::Language) -> String {
    if voices.is_empty() {
        format!(
            "<p class=\"hint\" data-no-voice>This device has no voice for {}: the game shows \
             its lines in the bubble, and says the ones you record below in your own voice.</p>",
            language.name
        )
    } else {
        String::new()
    }
}

fn voice_choices(chosen: &str, voices: &[String]) -> String {
    let mut options = format!(
        "<option value=\"\"{}>Let the game choose a warm voice</option>",
        selected(chosen.is_empty())
    );
    for name in voices {
        options.push_str(&format!(
            "<option value=\"{0}\"{1}>{0}</option>",
            escape(name),
            selected(name == chosen)
        ));
    }
    if !chosen.is_empty() && !voices.iter().any(|v| v == chosen) {
        options.push_str(&format!(
            "<option value=\"{0}\" selected>{0} (not on this device)</option>",
            escape(chosen)
        ));
    }
    options
}

/// The whole form: `values` in its fields, `status` lines (storage problems, what was reset)
/// at the top. `voices`: the device's speech voices for the game's language, by name.
/// `settings`, as saved, give the grown-ups whose own voices can be recorded.
pub fn html(
    values: &FormValues,
    settings: &Settings,
    status: &[String],
    voices: &[String],
    messages: &lines::Messages,
) -> String {
    use field::*;
    let v = values;
    let status_html: String = status
        .iter()
        .map(|line| format!("<p class=\"status-line\">{}</p>", escape(line)))
        .collect();
    let presets: String = GROWN_UP_PRESETS
        .iter()
        .map(|p| {
            format!(
                "<option value=\"{p}\"{}>{p}</option>",
                selected(v.grown_up_preset == *p)
            )
        })
        .chain([format!(
            "<option value=\"{OTHER}\"{}>Someone else (type below)</option>",
            selected(v.grown_up_preset == OTHER)
        )])
        .collect();
    let minutes: String = SessionLength::ALL
        .iter()
        .map(|l| {
            let m = l.minutes();
            format!(
                "<label class=\"chip\"><input type=\"radio\" name=\"{SESSION_MINUTES}\" value=\"{m}\"{}> {m} minutes</label>",
                checked(v.session_minutes == m.to_string())
            )
        })
        .collect();
    let anchors: String = [
        ("after-nap", "after nap"),
        ("after-snack", "after snack"),
        ("after-lunch", "after lunch"),
        (OTHER, "my own words:"),
    ]
    .iter()
    .map(|(id, words)| {
        format!(
            "<label class=\"chip\"><input type=\"radio\" name=\"{ANCHOR}\" value=\"{id}\"{}> {words}</label>",
            checked(v.anchor == *id)
        )
    })
    .collect();
    let motion: String = [
        ("device", "Like this device"),
        ("reduced", "Less motion"),
        ("full", "Full motion"),
    ]
    .iter()
    .map(|(id, words)| {
        format!(
            "<label class=\"chip\"><input type=\"radio\" name=\"{MOTION}\" value=\"{id}\"{}> {words}</label>",
            checked(v.motion == *id)
        )
    })
    .collect();
    // A school day names who picks up: the first grown-up ("you") or another, by name, or by
    // number while unnamed (so one can be added and chosen in one go).
    let pick_ups: Vec<(String, String)> =
        std::iter::once((school_day(0), "School or nursery: you pick up".to_string()))
            .chain(v.others.iter().enumerate().map(|(i, other)| {
                let who = match other.name.trim() {
                    "" => format!("grown-up {}", i + 2),
                    name => name.to_string(),
                };
                (
                    school_day(i + 1),
                    format!("School or nursery: {who} picks up"),
                )
            }))
            .collect();
    // The browser counts an emoji as up to 11 units; the game cuts at 24 characters itself.
    let max = crate::settings::names::MAX_NAME_CHARS * 4;
    // The other grown-ups, each with a name, a picture and whether they go today.
    let others: String = v
        .others
        .iter()
        .enumerate()
        .map(|(i, other)| {
            let place = i + 1;
            format!(
                "<fieldset class=\"grown-up\"><legend>Grown-up {number} (optional)</legend>\n\
<label>Name <input name=\"{name_field}\" type=\"text\" maxlength=\"{max}\" autocomplete=\"off\" value=\"{name}\" placeholder=\"Leave empty for nobody\"></label>\n\
<label class=\"chip\"><input type=\"radio\" name=\"{AWAY_TODAY}\" value=\"{place}\"{away}> Going away today</label>\n\
<div class=\"looks\">{looks}</div>\n{photo}</fieldset>\n",
                number = place + 1,
                name_field = field::other_name(place),
                name = escape(&other.name),
                away = checked(v.away_today == place.to_string()),
                looks = look_choices(&field::other_look(place), &other.look),
                photo = crate::settings::photo_rows::row(Place::new(place).unwrap_or(Place::FIRST)),
            )
        })
        .collect();
    debug_assert_eq!(v.others.len() + 1, MOST_GROWN_UPS);
    let week: String = Weekday::ALL
        .iter()
        .enumerate()
        .map(|(i, day)| {
            let chosen = &v.week[i];
            let options: String = pick_ups
                .iter()
                .map(|(id, words)| (id.as_str(), words.as_str()))
                .chain([(HOME_DAY, "Home day")])
                .map(|(id, words)| {
                    format!(
                        "<option value=\"{id}\"{}>{}</option>",
                        selected(chosen == id),
                        escape(words)
                    )
                })
                .collect();
            format!(
                "<label>{day:?} <select name=\"{name}\">{options}</select></label>",
                name = field::day(i)
            )
        })
        .collect();
    let max_line = crate::settings::saved::MAX_LINE_CHARS;
    format!(
        r#"<form id="parent-form" novalidate>
<h1>For grown-ups</h1>
<div id="parent-status" role="status" aria-live="polite">{status_html}</div>
{guide}
<fieldset><legend>Names</legend>
<label>Your child's name <input name="{CHILD_NAME}" type="text" maxlength="{max_chars}" autocomplete="off" value="{child}"></label>
<p class="hint">Any language and emoji. The screen shows names as typed; the voice leaves emoji out.</p>
<label>What your child calls you <select name="{GROWN_UP_PRESET}">{presets}</select></label>
<label>Or type it <input name="{GROWN_UP_OTHER}" type="text" maxlength="{max_chars}" autocomplete="off" value="{other}" placeholder="e.g. Nana, Papa, Ама"></label>
</fieldset>
<fieldset><legend>Your picture</legend>
<label class="chip"><input type="radio" name="{AWAY_TODAY}" value="0"{away_first}> Going away today</label>
<div class="looks">{looks}</div>
<p class="hint">{photo_hint}</p>
{photo_first}</fieldset>
<p class="hint">Up to three more grown-ups who come back: a parent, a grandparent, a childminder. The one going away today is the one the games show and name.</p>
{others}
<fieldset id="plan"><legend>Your drop-off plan</legend>
<p class="hint">Do the same goodbye every time, at the real door and in the game: the journey plays it in this order, and the card for the nursery prints it.</p>
<div class="ritual">{ritual}</div>
<p class="hint">"I'll be back…"</p><div class="chips">{anchors}</div>
<label>Your own words <input name="{ANCHOR_OTHER}" type="text" maxlength="{max_line}" value="{anchor_other}" placeholder="e.g. after the park"></label>
<label>What you say when you are back <input name="{REUNION_LINE}" type="text" maxlength="{max_line}" value="{reunion}"></label>
<label>While you are away, your child will… <input name="{MEANWHILE}" type="text" maxlength="{max_line}" value="{meanwhile}" placeholder="e.g. paint, play and have a snack"></label>
<label>Pick-up time, for the nursery's card (optional) <input name="{PICK_UP_TIME}" type="text" maxlength="{max_line}" value="{pick_up_time}" placeholder="e.g. 3 pm"></label>
</fieldset>
<fieldset><legend>How long to play</legend><div class="chips">{minutes}</div></fieldset>
<fieldset><legend>The journey home</legend>
<div class="chips"><label class="chip"><input type="radio" name="{JOURNEY_THEME}" value="people"{people}> People</label>
<label class="chip"><input type="radio" name="{JOURNEY_THEME}" value="foxes"{foxes}> The fox family</label></div>
</fieldset>
<fieldset><legend>The week calendar</legend>
<p class="hint">Your child's calendar shows each day as a school or a house, and says who picks up and how many sleeps until a home day. "You" is the first name above; a day left to a grown-up who is not named goes to you.</p>
{week}</fieldset>
<fieldset><legend>Sound and motion</legend>
<div class="chips"><label class="chip"><input type="checkbox" name="{NARRATION}"{narration}> Voice</label>
<label class="chip"><input type="checkbox" name="{EFFECTS}"{effects}> Sound effects</label>
<label class="chip"><input type="checkbox" name="{MUSIC}"{music}> Music</label></div>
<label>The game's language <select name="{LANGUAGE}">{languages}</select></label>
<label>The game's voice <select name="{VOICE}">{voices}</select></label>
{no_voice}
<div class="chips">{motion}</div>
</fieldset>
{own_voices}
{keeping}
<div class="actions"><button type="submit" data-action="save">Save</button>
<button type="button" data-action="close">Back to the game</button></div>
</form>"#,
        max_chars = max,
        guide = crate::settings::guide::GUIDE,
        own_voices = crate::settings::own_voices::section(settings, messages),
        languages = language_choices(&v.language),
        no_voice = no_voice_note(voices, messages.language()),
        keeping = crate::settings::keeping_section::SECTION,
        photo_hint = crate::settings::photo_rows::HINT,
        photo_first = crate::settings::photo_rows::row(Place::FIRST),
        voices = voice_choices(&v.voice, voices),
        child = escape(&v.child_name),
        other = escape(&v.grown_up_other),
        looks = look_choices(GROWN_UP_LOOK, &v.grown_up_look),
        away_first = checked(v.away_today == "0"),
        people = checked(v.journey_theme == "people"),
        foxes = checked(v.journey_theme == "foxes"),
        anchor_other = escape(&v.anchor_other),
        reunion = escape(&v.reunion_line),
        meanwhile = escape(&v.meanwhile),
        pick_up_time = escape(&v.pick_up_time),
        ritual = ritual_choices(&v.ritual),
        narration = checked(v.narration),
        effects = checked(v.effects),
        music = checked(v.music),
    )
}

//! The settings form written as HTML: the fields filled with the parent's values, the
//! family's photos and own voices, and status lines at the top.

use super::{FormValues, HOME_DAY, OTHER, field, school_day};
use crate::settings::{Look, MOST_GROWN_UPS, Place, SessionLength, Settings};
use see_you_soon_model::{
    calendar::Weekday,
    choices::{Figure, SkinTone},
    lines::{self, Key, Messages, Value},
    plan::Goodbye,
};

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

/// A look's name for screen readers, in the family's language.
fn look_label(look: Look, messages: &Messages) -> String {
    let Look::Person { figure, tone } = look else {
        return messages.text(Key::FormLookFox);
    };
    let figure = messages.text(match figure {
        Figure::Woman => Key::FormLookWoman,
        Figure::Man => Key::FormLookMan,
        Figure::OlderWoman => Key::FormLookOlderWoman,
        Figure::OlderMan => Key::FormLookOlderMan,
    });
    let tone = messages.text(match tone {
        SkinTone::Light => Key::FormToneLight,
        SkinTone::MediumLight => Key::FormToneMediumLight,
        SkinTone::Medium => Key::FormToneMedium,
        SkinTone::MediumDark => Key::FormToneMediumDark,
        SkinTone::Dark => Key::FormToneDark,
    });
    lines::written(
        messages,
        Key::FormLookPerson,
        &[
            ("figure", Value::Text(&figure)),
            ("tone", Value::Text(&tone)),
        ],
    )
}

/// Picture buttons (radio inputs) for choosing a look.
fn look_choices(name: &str, chosen: &str, messages: &Messages) -> String {
    let mut html = String::new();
    for look in Look::all() {
        let id = look.id();
        html.push_str(&format!(
            "<label class=\"look\"><input type=\"radio\" name=\"{name}\" value=\"{id}\" \
             aria-label=\"{label}\"{}><img src=\"assets/{}\" alt=\"\" width=\"56\" \
             height=\"56\"></label>",
            checked(id == chosen),
            look.portrait_path(),
            label = escape(&look_label(look, messages)),
        ));
    }
    html
}

/// A form's words in the family's language (English where its file lacks them), made safe
/// for HTML.
fn text(messages: &Messages, key: Key) -> String {
    escape(&messages.text(key))
}

/// A form's words with a number in them, made safe for HTML.
fn counted(messages: &Messages, key: Key, count: usize) -> String {
    let count = u32::try_from(count).unwrap_or(u32::MAX);
    escape(&lines::written(
        messages,
        key,
        &[("count", Value::Count(count))],
    ))
}

fn goodbye_words(goodbye: Goodbye) -> Key {
    match goodbye {
        Goodbye::Hug => Key::FormGoodbyeHug,
        Goodbye::Kiss => Key::FormGoodbyeKiss,
        Goodbye::Wave => Key::FormGoodbyeWave,
    }
}

/// The names a child calls a grown-up, in the family's language, then "someone else". The
/// name in use stays chosen even when the language's list lacks it (an English preset after
/// a switch to French), so saving never changes it unasked.
fn preset_choices(v: &FormValues, messages: &Messages) -> String {
    let in_language: Vec<String> = messages
        .text(Key::GrownUpPresets)
        .split(',')
        .map(|name| name.trim().to_string())
        .filter(|name| !name.is_empty())
        .collect();
    let chosen = if v.grown_up_preset == OTHER && in_language.contains(&v.grown_up_other) {
        v.grown_up_other.as_str()
    } else {
        v.grown_up_preset.as_str()
    };
    let mut names = in_language.clone();
    if chosen != OTHER && !chosen.is_empty() && !names.iter().any(|n| n == chosen) {
        names.insert(0, chosen.to_string());
    }
    names
        .iter()
        .map(|name| {
            format!(
                "<option value=\"{0}\"{1}>{0}</option>",
                escape(name),
                selected(name == chosen)
            )
        })
        .chain([format!(
            "<option value=\"{OTHER}\"{}>{}</option>",
            selected(chosen == OTHER),
            text(messages, Key::FormSomeoneElse)
        )])
        .collect()
}

/// The goodbye's three parts, each a menu of hug, kiss and wave.
fn ritual_choices(chosen: &[String; 3], messages: &Messages) -> String {
    let ordinal = [
        Key::FormRitualFirst,
        Key::FormRitualThen,
        Key::FormRitualThen,
    ];
    (0..3)
        .map(|i| {
            let options: String = Goodbye::ALL
                .iter()
                .map(|g| {
                    format!(
                        "<option value=\"{}\"{}>{}</option>",
                        g.name(),
                        selected(chosen[i] == g.name()),
                        text(messages, goodbye_words(*g))
                    )
                })
                .collect();
            format!(
                "<label>{} <select name=\"{}\">{options}</select></label>",
                text(messages, ordinal[i]),
                field::ritual(i)
            )
        })
        .chain([format!(
            "<p class=\"hint\">{}</p>",
            text(messages, Key::FormRitualLast)
        )])
        .collect()
}

/// The voice menu: the game's own choice first, then the device's voices for the language.
/// A chosen voice this device lacks stays listed, so saving does not lose it.
/// Each language named in itself, after the device's own.
fn language_choices(chosen: &str, messages: &Messages) -> String {
    let device = lines::pick_language(None, &crate::platform::browser_languages());
    let mut options = format!(
        "<option value=\"\"{}>{} ({})</option>",
        selected(lines::Language::for_tag(chosen).is_none()),
        text(messages, Key::FormDeviceLanguage),
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
fn no_voice_note(voices: &[String], messages: &Messages) -> String {
    if voices.is_empty() {
        format!(
            "<p class=\"hint\" data-no-voice>{}</p>",
            text(messages, Key::FormNoVoice)
        )
    } else {
        String::new()
    }
}

fn voice_choices(chosen: &str, voices: &[String], messages: &Messages) -> String {
    let mut options = format!(
        "<option value=\"\"{}>{}</option>",
        selected(chosen.is_empty()),
        text(messages, Key::FormWarmVoice)
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
            "<option value=\"{0}\" selected>{0} ({1})</option>",
            escape(chosen),
            text(messages, Key::FormNotOnDevice)
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
    let presets = preset_choices(v, messages);
    let minutes: String = SessionLength::ALL
        .iter()
        .map(|l| {
            let m = l.minutes();
            format!(
                "<label class=\"chip\"><input type=\"radio\" name=\"{SESSION_MINUTES}\" value=\"{m}\"{}> {}</label>",
                checked(v.session_minutes == m.to_string()),
                counted(messages, Key::FormMinutes, m as usize)
            )
        })
        .collect();
    let anchors: String = [
        ("after-nap", Key::AnchorAfterNap),
        ("after-snack", Key::AnchorAfterSnack),
        ("after-lunch", Key::AnchorAfterLunch),
        (OTHER, Key::FormOwnWordsChoice),
    ]
    .iter()
    .map(|(id, words)| {
        format!(
            "<label class=\"chip\"><input type=\"radio\" name=\"{ANCHOR}\" value=\"{id}\"{}> {}</label>",
            checked(v.anchor == *id),
            text(messages, *words)
        )
    })
    .collect();
    let motion: String = [
        ("device", Key::FormMotionDevice),
        ("reduced", Key::FormMotionLess),
        ("full", Key::FormMotionFull),
    ]
    .iter()
    .map(|(id, words)| {
        format!(
            "<label class=\"chip\"><input type=\"radio\" name=\"{MOTION}\" value=\"{id}\"{}> {}</label>",
            checked(v.motion == *id),
            text(messages, *words)
        )
    })
    .collect();
    // A school day names who picks up: the first grown-up ("you") or another, by name, or by
    // number while unnamed (so one can be added and chosen in one go).
    let pick_ups: Vec<(String, String)> =
        std::iter::once((school_day(0), text(messages, Key::FormYouPickUp)))
            .chain(v.others.iter().enumerate().map(|(i, other)| {
                let who = match other.name.trim() {
                    "" => lines::written(
                        messages,
                        Key::FormUnnamedGrownUp,
                        &[("count", Value::Count(i as u32 + 2))],
                    ),
                    name => name.to_string(),
                };
                (
                    school_day(i + 1),
                    escape(&lines::written(
                        messages,
                        Key::FormWhoPicksUp,
                        &[("who", Value::Text(&who))],
                    )),
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
                "<fieldset class=\"grown-up\"><legend>{number}</legend>\n\
<label>{name_label} <input name=\"{name_field}\" type=\"text\" maxlength=\"{max}\" autocomplete=\"off\" value=\"{name}\" placeholder=\"{leave_empty}\"></label>\n\
<label class=\"chip\"><input type=\"radio\" name=\"{AWAY_TODAY}\" value=\"{place}\"{away}> {going_away}</label>\n\
<div class=\"looks\">{looks}</div>\n{photo}</fieldset>\n",
                number = counted(messages, Key::FormGrownUpNumber, place + 1),
                name_label = text(messages, Key::FormName),
                leave_empty = text(messages, Key::FormLeaveEmpty),
                going_away = text(messages, Key::FormGoingAwayToday),
                name_field = field::other_name(place),
                name = escape(&other.name),
                away = checked(v.away_today == place.to_string()),
                looks = look_choices(&field::other_look(place), &other.look, messages),
                photo = crate::settings::photo_rows::grown_up_row(
                    Place::new(place).unwrap_or(Place::FIRST),
                    messages
                ),
            )
        })
        .collect();
    debug_assert_eq!(v.others.len() + 1, MOST_GROWN_UPS);
    let home_day = text(messages, Key::FormHomeDay);
    let week: String = Weekday::ALL
        .iter()
        .enumerate()
        .map(|(i, day)| {
            let chosen = &v.week[i];
            let options: String = pick_ups
                .iter()
                .map(|(id, words)| (id.as_str(), words.as_str()))
                .chain([(HOME_DAY, home_day.as_str())])
                .map(|(id, words)| {
                    format!(
                        "<option value=\"{id}\"{}>{}</option>",
                        selected(chosen == id),
                        words
                    )
                })
                .collect();
            format!(
                "<label>{} <select name=\"{name}\">{options}</select></label>",
                text(messages, Key::weekday(*day)),
                name = field::day(i)
            )
        })
        .collect();
    let max_line = crate::settings::saved::MAX_LINE_CHARS;
    format!(
        r#"<form id="parent-form" lang="{lang}" dir="{dir}" novalidate>
<h1>{for_grown_ups}</h1>
<div id="parent-status" role="status" aria-live="polite">{status_html}</div>
{guide}
<fieldset><legend>{names}</legend>
<label>{child_name} <input name="{CHILD_NAME}" type="text" maxlength="{max_chars}" autocomplete="off" value="{child}"></label>
<p class="hint">{child_photo_hint}</p>
{child_photo}<p class="hint">{names_hint}</p>
<label>{called} <select name="{GROWN_UP_PRESET}">{presets}</select></label>
<label>{or_type_it} <input name="{GROWN_UP_OTHER}" type="text" maxlength="{max_chars}" autocomplete="off" value="{other}" placeholder="{or_type_it_example}"></label>
</fieldset>
<fieldset><legend>{your_picture}</legend>
<label class="chip"><input type="radio" name="{AWAY_TODAY}" value="0"{away_first}> {going_away}</label>
<div class="looks">{looks}</div>
<p class="hint">{photo_hint}</p>
{photo_first}</fieldset>
<p class="hint">{more_grown_ups}</p>
{others}
<fieldset id="plan"><legend>{plan}</legend>
<p class="hint">{plan_hint}</p>
<div class="ritual">{ritual}</div>
<p class="hint">{back_when}</p><div class="chips">{anchors}</div>
<label>{own_words} <input name="{ANCHOR_OTHER}" type="text" maxlength="{max_line}" value="{anchor_other}" placeholder="{own_words_example}"></label>
<label>{reunion_label} <input name="{REUNION_LINE}" type="text" maxlength="{max_line}" value="{reunion}"></label>
<label>{meanwhile_label} <input name="{MEANWHILE}" type="text" maxlength="{max_line}" value="{meanwhile}" placeholder="{meanwhile_example}"></label>
<label>{pick_up_label} <input name="{PICK_UP_TIME}" type="text" maxlength="{max_line}" value="{pick_up_time}" placeholder="{pick_up_example}"></label>
</fieldset>
<fieldset><legend>{how_long}</legend><div class="chips">{minutes}</div></fieldset>
<fieldset><legend>{journey}</legend>
<div class="chips"><label class="chip"><input type="radio" name="{JOURNEY_THEME}" value="people"{people}> {journey_people}</label>
<label class="chip"><input type="radio" name="{JOURNEY_THEME}" value="foxes"{foxes}> {journey_foxes}</label></div>
</fieldset>
<fieldset><legend>{week_title}</legend>
<p class="hint">{week_hint}</p>
{week}</fieldset>
<fieldset><legend>{sound_and_motion}</legend>
<div class="chips"><label class="chip"><input type="checkbox" name="{NARRATION}"{narration}> {voice_label}</label>
<label class="chip"><input type="checkbox" name="{EFFECTS}"{effects}> {effects_label}</label>
<label class="chip"><input type="checkbox" name="{MUSIC}"{music}> {music_label}</label></div>
<label>{language_label} <select name="{LANGUAGE}">{languages}</select></label>
<label>{voice_menu} <select name="{VOICE}">{voices}</select></label>
{no_voice}
<div class="chips">{motion}</div>
</fieldset>
{own_voices}
{keeping}
<div class="actions"><button type="submit" data-action="save">{save}</button>
<button type="button" data-action="close">{back_to_game}</button></div>
</form>"#,
        max_chars = max,
        guide = crate::settings::guide::guide(messages),
        own_voices = crate::settings::own_voices::section(settings, messages),
        languages = language_choices(&v.language, messages),
        no_voice = no_voice_note(voices, messages),
        keeping = crate::settings::keeping_section::section(messages),
        photo_hint = text(messages, Key::FormPhotoHint),
        photo_first = crate::settings::photo_rows::grown_up_row(Place::FIRST, messages),
        child_photo = crate::settings::photo_rows::child_row(messages),
        child_photo_hint = text(messages, Key::FormChildPhotoHint),
        voices = voice_choices(&v.voice, voices, messages),
        child = escape(&v.child_name),
        other = escape(&v.grown_up_other),
        looks = look_choices(GROWN_UP_LOOK, &v.grown_up_look, messages),
        away_first = checked(v.away_today == "0"),
        people = checked(v.journey_theme == "people"),
        foxes = checked(v.journey_theme == "foxes"),
        anchor_other = escape(&v.anchor_other),
        reunion = escape(&v.reunion_line),
        meanwhile = escape(&v.meanwhile),
        pick_up_time = escape(&v.pick_up_time),
        ritual = ritual_choices(&v.ritual, messages),
        narration = checked(v.narration),
        effects = checked(v.effects),
        music = checked(v.music),
        lang = messages.language().speech_tag,
        dir = if messages.language().right_to_left {
            "rtl"
        } else {
            "ltr"
        },
        for_grown_ups = text(messages, Key::ForGrownUps),
        names = text(messages, Key::FormNames),
        child_name = text(messages, Key::FormChildName),
        names_hint = text(messages, Key::FormNamesHint),
        called = text(messages, Key::FormCalled),
        or_type_it = text(messages, Key::FormOrTypeIt),
        or_type_it_example = text(messages, Key::FormOrTypeItExample),
        your_picture = text(messages, Key::FormYourPicture),
        going_away = text(messages, Key::FormGoingAwayToday),
        more_grown_ups = text(messages, Key::FormMoreGrownUps),
        plan = text(messages, Key::FormPlan),
        plan_hint = text(messages, Key::FormPlanHint),
        back_when = text(messages, Key::FormBackWhen),
        own_words = text(messages, Key::FormOwnWords),
        own_words_example = text(messages, Key::FormOwnWordsExample),
        reunion_label = text(messages, Key::FormReunionLine),
        meanwhile_label = text(messages, Key::FormMeanwhile),
        meanwhile_example = text(messages, Key::FormMeanwhileExample),
        pick_up_label = text(messages, Key::FormPickUpTime),
        pick_up_example = text(messages, Key::FormPickUpTimeExample),
        how_long = text(messages, Key::FormHowLong),
        journey = text(messages, Key::FormJourney),
        journey_people = text(messages, Key::FormJourneyPeople),
        journey_foxes = text(messages, Key::FormJourneyFoxes),
        week_title = text(messages, Key::FormWeek),
        week_hint = text(messages, Key::FormWeekHint),
        sound_and_motion = text(messages, Key::FormSoundAndMotion),
        voice_label = text(messages, Key::FormVoice),
        effects_label = text(messages, Key::FormSoundEffects),
        music_label = text(messages, Key::FormMusic),
        language_label = text(messages, Key::FormLanguage),
        voice_menu = text(messages, Key::FormGameVoice),
        save = text(messages, Key::FormSave),
        back_to_game = text(messages, Key::FormBackToGame),
    )
}

//! Filling a line with the family's words, once for the screen and once for the voice.

use fluent_bundle::FluentArgs;

use super::{Key, Messages};

/// The words that fill a line's placeholders, as typed in the settings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Words {
    pub grown_up: String,
    /// Whose recordings may say the grown-up's lines: the grown-up going away today.
    pub voice_of: crate::family::Place,
    pub child: String,
    pub promise: String,
    /// What the child does while the grown-up is away (the drop-off plan).
    pub meanwhile: String,
    /// Who peekaboo is about (the grown-up or the toy), or who picks up on a calendar day.
    pub who: String,
    /// A number of sleeps (the calendar); 0 elsewhere.
    pub count: u32,
    /// A weekday's name (the calendar); empty elsewhere.
    pub day: String,
}

/// A line ready to show and to say: the two differ only where a name needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    /// For the screen: names as typed, a name written the other way round kept in its own
    /// direction.
    pub caption: String,
    /// For the voice: emoji and symbols left out, and a name with nothing sayable replaced by
    /// a word such as "your grown-up".
    pub spoken: String,
}

/// Fills the line `key` in `messages`' language (in English if its file lacks the line).
pub fn say(messages: &Messages, key: Key, words: &Words) -> Said {
    let format = |args: &FluentArgs| {
        messages
            .format(key, Some(args))
            .or_else(|| Messages::english().format(key, Some(args)))
            .unwrap_or_default()
    };
    // A line this file lacks is shown in English, and so written left to right.
    let caption_in = |messages: &Messages, right_to_left: bool| {
        messages.format(
            key,
            Some(&args(words, |name, _| {
                isolate_direction(name, right_to_left)
            })),
        )
    };
    let caption = caption_in(messages, messages.language().right_to_left)
        .or_else(|| caption_in(Messages::english(), false))
        .unwrap_or_default();
    let spoken = format(&args(words, |name, fallback| {
        let sayable = sayable(name);
        match fallback {
            Some(fallback) if sayable.is_empty() => messages.text(fallback),
            _ => sayable,
        }
    }));
    Said {
        caption: caption.trim().to_string(),
        spoken: tidy_spaces(&spoken),
    }
}

/// The placeholders' values; `shape(value, fallback)` gives what a name becomes, `fallback`
/// naming the word to say for a name a voice cannot say.
fn args<'a>(words: &'a Words, shape: impl Fn(&str, Option<Key>) -> String) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    args.set("grownup", shape(&words.grown_up, Some(Key::SpokenGrownUp)));
    args.set("child", shape(&words.child, Some(Key::SpokenChild)));
    args.set("who", shape(&words.who, Some(Key::SpokenGrownUp)));
    args.set("promise", shape(&words.promise, None));
    args.set("meanwhile", shape(&words.meanwhile, None));
    args.set("day", words.day.clone());
    args.set("count", words.count);
    args
}

/// A placeholder's value in a line of the parent area: words (a name, a practice step, a
/// number already written with its decimal sign) or a whole number the line counts with.
#[derive(Debug, Clone, Copy)]
pub enum Value<'a> {
    Text(&'a str),
    Count(u32),
}

/// The placeholders the parent area's lines may use, besides the family's (`child`,
/// `grownup`, `who`, `promise`, `count`): seconds of hiding, a practice step and how many
/// there are, a date; the notes' field, name and what a voice says for it; sizes, lists and
/// counts the page's scripts write; a look's figure and skin tone; the printed card's reunion
/// line, pick-up time and days.
pub const PARENT_AREA_PLACEHOLDERS: [&str; 25] = [
    "seconds", "start", "ceiling", "step", "steps", "what", "date", "minutes", "field", "name",
    "said", "limit", "number", "bytes", "version", "fields", "size", "quota", "holds", "total",
    "figure", "tone", "reunion", "time", "days",
];

/// A line of the parent area, for the grown-up to read, with `values` in its placeholders (in
/// English where this file lacks it). Words written the other way round from the language keep
/// their own direction, as names do in the game's lines.
pub fn written(messages: &Messages, key: Key, values: &[(&str, Value)]) -> String {
    let in_file = |messages: &Messages, right_to_left: bool| {
        let mut args = FluentArgs::new();
        for (name, value) in values {
            match value {
                Value::Text(text) => args.set(*name, isolate_direction(text, right_to_left)),
                Value::Count(count) => args.set(*name, *count),
            }
        }
        messages.format(key, Some(&args))
    };
    in_file(messages, messages.language().right_to_left)
        .or_else(|| in_file(Messages::english(), false))
        .unwrap_or_default()
}

/// A number of seconds with one decimal, written with the language's decimal sign.
pub fn decimal(messages: &Messages, value: f32) -> String {
    let written = format!("{value:.1}");
    if messages.language().decimal_comma() {
        written.replace('.', ",")
    } else {
        written
    }
}

/// The caption of a line the family wrote or recorded (a reunion line), kept in its own
/// direction like a name: a line typed in English stays whole in an Arabic bubble.
pub fn own_caption(text: &str, right_to_left: bool) -> String {
    isolate_direction(text.trim(), right_to_left)
}

/// Keeps a name written the other way round from the language in its own direction, so
/// "Where's שרה?" keeps its question mark at the end, and a Latin name stays whole in an
/// Arabic line; a name carrying direction marks keeps them to itself. Other names are left
/// exactly as typed.
fn isolate_direction(name: &str, right_to_left: bool) -> String {
    let other_way = if right_to_left {
        name.chars()
            .any(|c| c.is_alphabetic() && !is_right_to_left(c))
    } else {
        name.chars().any(is_right_to_left)
    };
    if other_way || name.chars().any(is_direction_mark) {
        format!("\u{2068}{name}\u{2069}")
    } else {
        name.to_string()
    }
}

/// Marks, embeddings, overrides and isolates: typed (or pasted) into a name, they would
/// reorder the words around it unless the name is isolated.
fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn is_right_to_left(c: char) -> bool {
    matches!(u32::from(c),
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

/// What a voice can say of a name: letters, marks, digits and punctuation of any script; emoji,
/// pictographs and their joiners and modifiers are left out (a voice reads them as "older woman,
/// medium skin tone").
pub fn sayable(name: &str) -> String {
    let kept: String = name
        .chars()
        .map(|c| if is_pictograph(c) { ' ' } else { c })
        .collect();
    tidy_spaces(&kept)
}

fn is_pictograph(c: char) -> bool {
    matches!(u32::from(c),
        0x200D                  // zero-width joiner
        | 0x20E3                // keycap
        | 0x2190..=0x21FF       // arrows
        | 0x2300..=0x23FF       // technical: watch, hourglass
        | 0x2460..=0x24FF       // enclosed digits
        | 0x25A0..=0x27BF       // shapes, dingbats, misc symbols: hearts, stars, suns
        | 0x2900..=0x297F
        | 0x2B00..=0x2BFF       // stars and arrows
        | 0x3030 | 0x303D | 0x3297 | 0x3299
        | 0xFE00..=0xFE0F       // variation selectors
        | 0x1F000..=0x1FAFF     // emoji, skin tones, flags' letters
        | 0xE0000..=0xE007F     // tag characters (subdivision flags)
    )
}

fn tidy_spaces(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ");
    // "Where's  ?" after an emoji left out: no space before closing punctuation.
    let mut out = String::with_capacity(joined.len());
    for c in joined.chars() {
        if matches!(c, '?' | '!' | '.' | ',') && out.ends_with(' ') {
            out.pop();
        }
        out.push(c);
    }
    out
}

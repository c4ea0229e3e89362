//! Every line the game says, as templates in one table per language.
//!
//! A line is a [`Key`]; each language maps every key to a template with placeholders
//! (`{grownup}`, `{child}`, `{promise}`, `{meanwhile}`, `{who}`). The match in a table is
//! exhaustive, so a second language is a new function and a line in [`LANGUAGES`], and the
//! compiler lists any line it forgot.

use crate::family::Place;

/// What a line is: one of the game's own, or the parent's own words (the reunion line, said
/// as typed).
#[derive(Debug, Clone)]
pub enum Line {
    Game(Key),
    Own(String),
}

/// One thing the game can say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    // Screens.
    TapToStart,
    WhatShallWePlay,
    /// Home, peekaboo chosen in a family of several: the faces to choose from.
    WhoWillHide,
    AllDone,
    // Peekaboo. `{who}` is the grown-up, or the toy.
    /// The toy under the blanket, and the one under the cups.
    Teddy,
    Duck,
    PeekabooHere,
    PeekabooWhere,
    PeekabooWatchCups,
    PeekabooPeekingOut,
    PeekabooNotInThere,
    PeekabooBack,
    PeekabooToyFound,
    PeekabooByeBye,
    // The journey: the goodbye ritual.
    AskHug,
    AskKiss,
    AskWave,
    Hugged,
    Kissed,
    Waved,
    Farewell,
    // Meanwhile.
    AwayPeople,
    AwayFoxes,
    PaintYellow,
    PaintBlue,
    PaintGreen,
    PaintPink,
    Lovely,
    // The way home.
    TimeToGoHome,
    PeopleLeaving,
    PeopleLeavingHelped,
    PeopleWaiting,
    PeopleWaitingHelped,
    PeopleRiding,
    PeopleRidingHelped,
    PeoplePark,
    PeopleParkHelped,
    PeopleStreet,
    PeopleStreetHelped,
    PeopleDoor,
    PeopleDoorHelped,
    FoxesLeaving,
    FoxesLeavingHelped,
    FoxesWaiting,
    FoxesWaitingHelped,
    FoxesRiding,
    FoxesRidingHelped,
    FoxesPark,
    FoxesParkHelped,
    FoxesStreet,
    FoxesStreetHelped,
    FoxesDoor,
    FoxesDoorHelped,
    ClockAtTheHeart,
    // The child's turn: the child goes to school and comes home.
    ChildFarewell,
    AwayChild,
    ChildClockAtTheHeart,
    ChildTimeToGoHome,
    ChildLeaving,
    ChildLeavingHelped,
    ChildWaiting,
    ChildRiding,
    ChildPark,
    ChildStreet,
    ChildStreetHelped,
    ChildDoor,
    ChildIsHome,
    // The reunion.
    WhoIsAtTheDoor,
    KnockKnock,
    ItsTheGrownUp,
    AskWelcomeHug,
    WelcomeHugged,
    BeautifulPicture,
    IMissedYou,
    SeeYouNextTime,
    // The morning goodbye practice.
    MorningHug,
    MorningPromise,
    MorningMeanwhile,
    MorningLove,
    MorningSeeYouSoon,
    // The Love Connection and the Kissing Hand.
    LoveDrawing,
    LoveHeartDrawn,
    LoveZapped,
    LoveSentBack,
    KissInYourHand,
    // The week calendar. `{who}` is whoever picks the child up, `{day}` a weekday's name and
    // `{count}` a number of sleeps, as a word.
    CalendarSchoolToday,
    CalendarHomeToday,
    OneSleepUntilHomeDay,
    SleepsUntilHomeDay,
    OneSleepUntilSchoolDay,
    SleepsUntilSchoolDay,
    CalendarSchoolDay,
    CalendarHomeDay,
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
    Two,
    Three,
    Four,
    Five,
    Six,
    Seven,
    // Said instead of a name that has nothing a voice can say (only emoji, say).
    SpokenGrownUp,
    SpokenChild,
}

/// Who says a line: the game's narrator, or the grown-up in the scene (the bubble points at
/// them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Speaker {
    #[default]
    Narrator,
    GrownUp,
}

impl Key {
    /// The lines the grown-up says to the child themselves, in the first person.
    pub fn speaker(self) -> Speaker {
        match self {
            Key::Kissed
            | Key::Farewell
            | Key::ChildFarewell
            | Key::BeautifulPicture
            | Key::IMissedYou
            | Key::SeeYouNextTime
            | Key::MorningPromise
            | Key::MorningMeanwhile
            | Key::MorningSeeYouSoon
            | Key::KissInYourHand => Speaker::GrownUp,
            _ => Speaker::Narrator,
        }
    }
}

/// Where a recordable line is heard, so the parent area can group them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heard {
    Peekaboo,
    Goodbye,
    WayHome,
    Homecoming,
    Morning,
    Hands,
}

impl Heard {
    pub const ALL: [Heard; 6] = [
        Heard::Peekaboo,
        Heard::Goodbye,
        Heard::WayHome,
        Heard::Homecoming,
        Heard::Morning,
        Heard::Hands,
    ];

    /// The group's heading in the parent area.
    pub fn heading(self) -> &'static str {
        match self {
            Heard::Peekaboo => "Peekaboo",
            Heard::Goodbye => "The goodbye",
            Heard::WayHome => "The way home",
            Heard::Homecoming => "Home again",
            Heard::Morning => "The morning goodbye",
            Heard::Hands => "The child's hands",
        }
    }
}

/// A line a grown-up may record in their own voice.
#[derive(Debug, Clone, Copy)]
pub struct Recordable {
    /// The line the recording is played instead of.
    pub key: Key,
    pub heard: Heard,
    /// What the grown-up says, where the line is the narrator's about them ("Peekaboo! Mummy is
    /// back!" is "Peekaboo!" in their own voice); `None`: the line itself.
    pub own_words: Option<&'static str>,
    /// The name the first grown-up's recording is kept under (the first four were recorded
    /// before there could be more grown-ups, and are still found by these names). Never
    /// rename one: the recording would be lost.
    pub slot: &'static str,
}

const fn recordable(
    key: Key,
    heard: Heard,
    own_words: Option<&'static str>,
    slot: &'static str,
) -> Recordable {
    Recordable {
        key,
        heard,
        own_words,
        slot,
    }
}

/// Every line the grown-up says, and the narrator's lines that are the grown-up's to say.
#[rustfmt::skip]
pub const RECORDABLE: &[Recordable] = &[
    recordable(Key::PeekabooBack, Heard::Peekaboo, Some("Peekaboo!"), "peekaboo"),
    recordable(Key::Kissed, Heard::Goodbye, None, "kissed"),
    recordable(Key::Farewell, Heard::Goodbye, None, "see-you-soon"),
    recordable(Key::ChildFarewell, Heard::Goodbye, None, "child-farewell"),
    recordable(Key::TimeToGoHome, Heard::WayHome, Some("I'm coming home!"), "coming-home"),
    recordable(Key::ItsTheGrownUp, Heard::Homecoming, Some("It's me! I'm home!"), "im-home"),
    recordable(Key::BeautifulPicture, Heard::Homecoming, None, "beautiful-picture"),
    recordable(Key::IMissedYou, Heard::Homecoming, None, "missed-you"),
    recordable(Key::SeeYouNextTime, Heard::Homecoming, None, "next-time"),
    recordable(Key::MorningPromise, Heard::Morning, None, "morning-promise"),
    recordable(Key::MorningMeanwhile, Heard::Morning, None, "morning-meanwhile"),
    recordable(Key::MorningSeeYouSoon, Heard::Morning, None, "morning-see-you-soon"),
    // The kiss the child keeps in their hand (the Kissing Hand).
    recordable(Key::KissInYourHand, Heard::Hands, Some("Mwah! I love you!"), "kiss"),
    recordable(Key::LoveSentBack, Heard::Hands, Some("I love you too, {child}!"), "love-back"),
];

/// The three that matter most, suggested first to a tired parent: the goodbye, "Peekaboo!",
/// "I'm home!".
pub const RECORD_FIRST: [Key; 3] = [Key::Farewell, Key::PeekabooBack, Key::ItsTheGrownUp];

/// The recordable line for `key`, if any.
pub fn recordable_line(key: Key) -> Option<&'static Recordable> {
    RECORDABLE.iter().find(|line| line.key == key)
}

/// Where the recording of `key` by the grown-up at `place` is kept, if it can be recorded: the
/// line's own slot for the first grown-up, `slot@2` and so on for the others.
pub fn recording_slot(place: Place, key: Key) -> Option<String> {
    let line = recordable_line(key)?;
    Some(if place == Place::FIRST {
        line.slot.to_string()
    } else {
        format!("{}@{}", line.slot, place.index() + 1)
    })
}

/// The words a grown-up reads out to record `line`, with the family's names in, as the game
/// will use them.
pub fn words_to_record(language: Language, line: &Recordable, words: &Words) -> String {
    let template = line.own_words.unwrap_or_else(|| (language.text)(line.key));
    fill(language, template, words).caption
}

/// A language the game can speak.
#[derive(Debug, Clone, Copy)]
pub struct Language {
    /// BCP 47 primary subtag, matched against the browser's languages.
    pub code: &'static str,
    /// The tag handed to speech synthesis when choosing a voice.
    pub speech_tag: &'static str,
    pub text: fn(Key) -> &'static str,
}

pub const ENGLISH: Language = Language {
    code: "en",
    speech_tag: "en-GB",
    text: english,
};

/// Every language with a table; the first is the fallback.
pub const LANGUAGES: &[Language] = &[ENGLISH];

/// The language to speak: the parent's choice if there is a table for it, else the first of the
/// browser's preferred languages that has one, else English.
pub fn pick_language(parent_choice: Option<&str>, browser: &[String]) -> Language {
    let has_table = |tag: &str| {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        LANGUAGES.iter().copied().find(|l| l.code == primary)
    };
    parent_choice
        .and_then(has_table)
        .or_else(|| browser.iter().find_map(|tag| has_table(tag)))
        .unwrap_or(LANGUAGES[0])
}

fn english(key: Key) -> &'static str {
    use Key::*;
    match key {
        TapToStart => "Tap to start!",
        WhatShallWePlay => "What shall we play today?",
        WhoWillHide => "Who will hide?",
        AllDone => "All done \u{2014} time to play together with {grownup}!",
        Teddy => "Teddy",
        Duck => "Ducky",
        PeekabooHere => "Here's {who}!",
        PeekabooWhere => "Where's {who}?",
        PeekabooWatchCups => "Watch {who}! Where is {who} going?",
        PeekabooPeekingOut => "Look! {who} is peeking out!",
        PeekabooNotInThere => "Not in there! Where's {who}?",
        PeekabooBack => "Peekaboo! {who} is back!",
        PeekabooToyFound => "There's {who}! Peekaboo!",
        PeekabooByeBye => "Bye-bye for now, {who}! See you soon!",
        AskHug | AskWelcomeHug => "Give {grownup} a big hug!",
        AskKiss => "Give {grownup} a kiss!",
        AskWave => "Wave bye-bye to {grownup}!",
        Hugged => "A big hug!",
        Kissed => "Mwah! A kiss in your hand, to keep!",
        Waved => "Bye-bye, {grownup}!",
        Farewell => "See you soon, {child}! I'll come back {promise}.",
        AwayPeople => {
            "{grownup} is at work, by the big window. {child} is drawing a picture for {grownup}."
        }
        AwayFoxes => {
            "{grownup} is finding berries in the meadow. {child} is drawing a picture for {grownup}."
        }
        PaintYellow => "Yellow!",
        PaintBlue => "Blue!",
        PaintGreen => "Green!",
        PaintPink => "Pink!",
        Lovely => "Lovely!",
        TimeToGoHome => "Time to go home! {grownup} is coming back to {child}!",
        PeopleLeaving => "{grownup} is leaving work.",
        PeopleLeavingHelped => "Bye-bye, work! {grownup} is coming home!",
        PeopleWaiting => "{grownup} is waiting for the bus.",
        PeopleWaitingHelped => "Here comes the bus!",
        PeopleRiding => "{grownup} is on the bus!",
        PeopleRidingHelped => "Green light! Off we go!",
        PeoplePark => "{grownup} is walking through the park.",
        PeopleParkHelped => "Quack! The ducks say thank you!",
        PeopleStreet => "{grownup} is on our street!",
        PeopleStreetHelped | FoxesStreetHelped => "A flower for {child}!",
        PeopleDoor => "{grownup} is nearly at the door!",
        PeopleDoorHelped | FoxesDoorHelped => "You blew {grownup} a kiss!",
        FoxesLeaving => "{grownup} is leaving the meadow.",
        FoxesLeavingHelped => "Berries for the cubs!",
        FoxesWaiting => "{grownup} is at the stream.",
        FoxesWaitingHelped => "Hop, hop, over the stones!",
        FoxesRiding => "{grownup} is running through the forest!",
        FoxesRidingHelped => "Hoo-hoo! Hello, owl!",
        FoxesPark => "{grownup} is at the big log.",
        FoxesParkHelped => "Jump! Over the log!",
        FoxesStreet => "{grownup} is on the mushroom path.",
        FoxesDoor => "{grownup} is nearly at the burrow!",
        ClockAtTheHeart => "When the big hand reaches the heart, {grownup} will be home.",
        ChildFarewell => {
            "Have a lovely day at school, {child}! I'll be right here when you come home."
        }
        AwayChild => "{child} is at school, painting a picture. {grownup} is at home, waiting.",
        ChildClockAtTheHeart => "When the big hand reaches the heart, {child} goes home.",
        ChildTimeToGoHome => "Time to go home! {child} is going back to {grownup}!",
        ChildLeaving => "{child} is leaving school.",
        ChildLeavingHelped => "Bye-bye, school! {child} is going home!",
        ChildWaiting => "{child} is waiting for the bus.",
        ChildRiding => "{child} is on the bus!",
        ChildPark => "{child} is walking through the park.",
        ChildStreet => "{child} is on our street!",
        ChildStreetHelped => "A flower for {grownup}!",
        ChildDoor => "{child} is nearly at the door!",
        ChildIsHome => "It's {child}! {grownup} is so happy you're home!",
        WhoIsAtTheDoor => "Knock knock! Who is at the door?",
        KnockKnock => "Knock, knock!",
        ItsTheGrownUp => "It's {grownup}! {grownup} is home!",
        WelcomeHugged => "A big welcome-home hug!",
        BeautifulPicture => "What a beautiful picture, {child}!",
        IMissedYou => "I missed you, {child}!",
        SeeYouNextTime => "See you next time, {child}!",
        MorningHug => "Time to say goodbye! First, a big hug for {grownup}!",
        MorningPromise => "I'll come back {promise}, {child}. I always come back.",
        MorningMeanwhile => "While I'm away, you will {meanwhile}.",
        MorningLove => "Press the heart on your hand, and {grownup} will feel your love!",
        MorningSeeYouSoon => "See you soon, {child}! Bye-bye!",
        LoveDrawing => "{grownup} draws a heart on your hand: your Love Connection! Tap, tap, tap!",
        LoveHeartDrawn => "A heart! Press it to send love to {grownup}.",
        LoveZapped => "Bzzzz! {grownup} felt your love!",
        LoveSentBack => "{grownup} sends love back to {child}!",
        KissInYourHand => "Mwah! A kiss from {grownup}. I love you, {child}!",
        CalendarSchoolToday => "Today is a school day. {who} picks you up {promise}.",
        CalendarHomeToday => "Today is a home day, with {grownup}!",
        OneSleepUntilHomeDay => "One sleep until a home day.",
        SleepsUntilHomeDay => "{count} sleeps until a home day.",
        OneSleepUntilSchoolDay => "One sleep until a school day.",
        SleepsUntilSchoolDay => "{count} sleeps until a school day.",
        CalendarSchoolDay => "{day} is a school day. {who} picks you up.",
        CalendarHomeDay => "{day} is a home day.",
        Monday => "Monday",
        Tuesday => "Tuesday",
        Wednesday => "Wednesday",
        Thursday => "Thursday",
        Friday => "Friday",
        Saturday => "Saturday",
        Sunday => "Sunday",
        Two => "Two",
        Three => "Three",
        Four => "Four",
        Five => "Five",
        Six => "Six",
        Seven => "Seven",
        SpokenGrownUp => "your grown-up",
        SpokenChild => "little one",
    }
}

/// The words that fill a line's placeholders, as typed in the settings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Words {
    pub grown_up: String,
    /// Whose recordings may say the grown-up's lines: the grown-up going away today.
    pub voice_of: Place,
    pub child: String,
    pub promise: String,
    /// What the child does while the grown-up is away (the drop-off plan).
    pub meanwhile: String,
    /// Who peekaboo is about (the grown-up or the toy), or who picks up on a calendar day.
    pub who: String,
    /// A number of sleeps, as a word (the calendar); empty elsewhere.
    pub count: String,
    /// A weekday's name (the calendar); empty elsewhere.
    pub day: String,
}

/// A line ready to show and to say: the two differ only where a name needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    /// For the screen: names as typed, a right-to-left name kept in its own direction.
    pub caption: String,
    /// For the voice: emoji and symbols left out, and a name with nothing sayable replaced by
    /// a word such as "your grown-up".
    pub spoken: String,
}

/// Fills a template for the screen and for the voice.
pub fn fill(language: Language, template: &str, words: &Words) -> Said {
    let text = language.text;
    let caption = replace_all(template, words, |name, _| isolate_direction(name));
    let spoken = replace_all(template, words, |name, key| {
        let sayable = sayable(name);
        match key {
            Some(fallback) if sayable.is_empty() => text(fallback).to_string(),
            _ => sayable,
        }
    });
    Said {
        caption: caption.trim().to_string(),
        spoken: tidy_spaces(&spoken),
    }
}

/// Fills a line by key.
pub fn say(language: Language, key: Key, words: &Words) -> Said {
    fill(language, (language.text)(key), words)
}

/// `shape(value, fallback)` gives what a placeholder becomes; `fallback` names the word to say
/// for a name a voice cannot say.
fn replace_all(
    template: &str,
    words: &Words,
    shape: impl Fn(&str, Option<Key>) -> String,
) -> String {
    // One pass, so a name containing "{child}" is never filled a second time.
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        let Some(close) = after.find('}') else {
            out.push_str(after);
            return out;
        };
        let value = match &after[1..close] {
            "grownup" => Some((&words.grown_up, Some(Key::SpokenGrownUp))),
            "child" => Some((&words.child, Some(Key::SpokenChild))),
            "promise" => Some((&words.promise, None)),
            "meanwhile" => Some((&words.meanwhile, None)),
            "who" => Some((&words.who, Some(Key::SpokenGrownUp))),
            "count" => Some((&words.count, None)),
            "day" => Some((&words.day, None)),
            _ => None,
        };
        match value {
            Some((value, fallback)) => out.push_str(&shape(value, fallback)),
            None => out.push_str(&after[..=close]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// Wraps a name written right to left in Unicode direction isolates, so "Where's שרה?" keeps
/// its question mark at the end; other names are left exactly as typed.
fn isolate_direction(name: &str) -> String {
    if name.chars().any(is_right_to_left) {
        format!("\u{2068}{name}\u{2069}")
    } else {
        name.to_string()
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn words(grown_up: &str, child: &str) -> Words {
        Words {
            grown_up: grown_up.into(),
            child: child.into(),
            promise: "after nap".into(),
            who: grown_up.into(),
            ..Words::default()
        }
    }

    #[test]
    fn names_fill_every_placeholder_as_typed() {
        let said = say(ENGLISH, Key::Farewell, &words("Mummy", "Sam"));
        assert_eq!(said.caption, "See you soon, Sam! I'll come back after nap.");
        assert_eq!(said.spoken, said.caption);
        let said = say(ENGLISH, Key::ItsTheGrownUp, &words("Бабушка", "Зоя"));
        assert_eq!(said.caption, "It's Бабушка! Бабушка is home!");
        assert_eq!(said.spoken, said.caption);
    }

    #[test]
    fn a_long_name_is_kept_whole() {
        let long = "Abuela Maria-José de la C"; // 24 characters and a space
        let said = say(ENGLISH, Key::AskHug, &words(long, "Sam"));
        assert_eq!(said.caption, format!("Give {long} a big hug!"));
    }

    #[test]
    fn emoji_are_shown_but_not_said() {
        let said = say(ENGLISH, Key::PeekabooWhere, &words("Nana 👵🏽", "Sam"));
        assert_eq!(said.caption, "Where's Nana 👵🏽?");
        assert_eq!(said.spoken, "Where's Nana?");
        // A name of emoji only: the voice says "your grown-up" instead.
        let said = say(ENGLISH, Key::AskHug, &words("👩‍🦰💕", "🦊"));
        assert_eq!(said.caption, "Give 👩‍🦰💕 a big hug!");
        assert_eq!(said.spoken, "Give your grown-up a big hug!");
        let said = say(ENGLISH, Key::SeeYouNextTime, &words("Mummy", "🦊"));
        assert_eq!(said.spoken, "See you next time, little one!");
    }

    #[test]
    fn a_right_to_left_name_keeps_its_own_direction() {
        let said = say(ENGLISH, Key::PeekabooWhere, &words("שרה", "Sam"));
        assert_eq!(said.caption, "Where's \u{2068}שרה\u{2069}?");
        // The voice needs no direction marks.
        assert_eq!(said.spoken, "Where's שרה?");
        let said = say(ENGLISH, Key::AskHug, &words("ماما", "Sam"));
        assert!(said.caption.contains("\u{2068}ماما\u{2069}"));
    }

    #[test]
    fn a_name_that_looks_like_a_placeholder_is_filled_once() {
        let said = say(ENGLISH, Key::Farewell, &words("Mummy", "{grownup}"));
        assert_eq!(
            said.caption,
            "See you soon, {grownup}! I'll come back after nap."
        );
    }

    #[test]
    fn every_line_has_words_and_only_known_placeholders() {
        let all = words("G", "C");
        for key in ALL_KEYS {
            let template = english(*key);
            assert!(!template.trim().is_empty(), "{key:?}");
            let said = fill(ENGLISH, template, &all);
            assert!(!said.caption.contains('{'), "{key:?}: {}", said.caption);
        }
    }

    #[test]
    fn the_language_follows_the_parent_then_the_browser_then_falls_back_to_english() {
        assert_eq!(pick_language(None, &[]).code, "en");
        assert_eq!(pick_language(None, &["en-US".into()]).code, "en");
        // No table yet for these: English, and nothing breaks.
        assert_eq!(
            pick_language(Some("fr"), &["de-DE".into(), "ja".into()]).code,
            "en"
        );
        assert_eq!(
            pick_language(Some(""), &["".into(), "EN_au".into()]).code,
            "en"
        );
    }

    #[test]
    fn sayable_keeps_every_script_and_drops_pictographs() {
        assert_eq!(sayable("Zoë"), "Zoë");
        assert_eq!(sayable("Бабушка ❤️"), "Бабушка");
        assert_eq!(sayable("奶奶"), "奶奶");
        assert_eq!(sayable("🇬🇧 Gran"), "Gran");
        assert_eq!(sayable("👨‍👩‍👧"), "");
    }

    #[test]
    fn the_grown_up_says_every_line_in_the_first_person_and_speaks_to_the_child() {
        for key in ALL_KEYS {
            let line = (ENGLISH.text)(*key);
            let first_person = line
                .split(|c: char| !c.is_alphanumeric() && c != '\'')
                .any(|word| ["I", "I'll", "I'm"].contains(&word));
            let by_grown_up = key.speaker() == Speaker::GrownUp;
            if first_person {
                assert!(by_grown_up, "{key:?}: {line}");
            }
            // The grown-up's lines are said to the child, by name or with a kiss.
            if by_grown_up {
                assert!(
                    first_person || line.contains("{child}") || line.starts_with("Mwah"),
                    "{key:?}: {line}"
                );
            }
        }
    }

    #[test]
    fn each_recordable_line_by_each_grown_up_has_its_own_slot() {
        // The first grown-up's recordings made before there could be four are still found.
        let first = Place::FIRST;
        assert_eq!(
            recording_slot(first, Key::PeekabooBack).unwrap(),
            "peekaboo"
        );
        assert_eq!(
            recording_slot(first, Key::TimeToGoHome).unwrap(),
            "coming-home"
        );
        assert_eq!(
            recording_slot(first, Key::Farewell).unwrap(),
            "see-you-soon"
        );
        assert_eq!(recording_slot(first, Key::KissInYourHand).unwrap(), "kiss");
        assert_eq!(recording_slot(first, Key::PeekabooWhere), None);
        let mut slots = std::collections::HashSet::new();
        for place in Place::all() {
            for line in RECORDABLE {
                let slot = recording_slot(place, line.key).unwrap();
                assert!(slots.insert(slot.clone()), "{slot} twice");
            }
        }
        assert_eq!(
            slots.len(),
            RECORDABLE.len() * crate::family::MOST_GROWN_UPS
        );
    }

    #[test]
    fn every_line_the_grown_up_says_can_be_recorded_and_the_first_three_are_among_them() {
        for key in ALL_KEYS {
            if key.speaker() == Speaker::GrownUp {
                assert!(recordable_line(*key).is_some(), "{key:?}");
            }
        }
        for key in RECORD_FIRST {
            assert!(recordable_line(key).is_some(), "{key:?}");
        }
        for heard in Heard::ALL {
            assert!(
                RECORDABLE.iter().any(|line| line.heard == heard),
                "{heard:?}"
            );
        }
    }

    #[test]
    fn the_words_to_record_have_the_names_in_as_they_will_be_said() {
        let family = words("Mummy", "Zoë");
        let farewell = recordable_line(Key::Farewell).unwrap();
        let said = words_to_record(ENGLISH, farewell, &family);
        assert!(said.contains("Zoë") && !said.contains('{'), "{said}");
        let peekaboo = recordable_line(Key::PeekabooBack).unwrap();
        assert_eq!(words_to_record(ENGLISH, peekaboo, &family), "Peekaboo!");
    }

    const ALL_KEYS: &[Key] = &[
        Key::TapToStart,
        Key::WhatShallWePlay,
        Key::WhoWillHide,
        Key::AllDone,
        Key::Teddy,
        Key::Duck,
        Key::PeekabooHere,
        Key::PeekabooWhere,
        Key::PeekabooWatchCups,
        Key::PeekabooPeekingOut,
        Key::PeekabooNotInThere,
        Key::PeekabooBack,
        Key::PeekabooToyFound,
        Key::PeekabooByeBye,
        Key::AskHug,
        Key::AskKiss,
        Key::AskWave,
        Key::Hugged,
        Key::Kissed,
        Key::Waved,
        Key::Farewell,
        Key::AwayPeople,
        Key::AwayFoxes,
        Key::PaintBlue,
        Key::Lovely,
        Key::TimeToGoHome,
        Key::PeopleLeaving,
        Key::FoxesDoorHelped,
        Key::ClockAtTheHeart,
        Key::WhoIsAtTheDoor,
        Key::ItsTheGrownUp,
        Key::BeautifulPicture,
        Key::SeeYouNextTime,
        Key::ChildFarewell,
        Key::AwayChild,
        Key::ChildClockAtTheHeart,
        Key::ChildTimeToGoHome,
        Key::ChildStreetHelped,
        Key::ChildIsHome,
        Key::MorningHug,
        Key::MorningPromise,
        Key::MorningMeanwhile,
        Key::MorningLove,
        Key::MorningSeeYouSoon,
        Key::LoveDrawing,
        Key::LoveHeartDrawn,
        Key::LoveZapped,
        Key::LoveSentBack,
        Key::KissInYourHand,
        Key::CalendarSchoolToday,
        Key::CalendarHomeToday,
        Key::SleepsUntilHomeDay,
        Key::SleepsUntilSchoolDay,
        Key::CalendarSchoolDay,
        Key::CalendarHomeDay,
    ];
}

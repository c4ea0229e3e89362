//! The lines a grown-up may record in their own voice, and where each recording is kept.

use super::{Key, Messages, Words, say};
use crate::family::Place;

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
    pub fn heading(self) -> super::Key {
        use super::Key;
        match self {
            Heard::Peekaboo => Key::FormHeardPeekaboo,
            Heard::Goodbye => Key::FormHeardGoodbye,
            Heard::WayHome => Key::FormHeardWayHome,
            Heard::Homecoming => Key::FormHeardHomecoming,
            Heard::Morning => Key::FormHeardMorning,
            Heard::Hands => Key::FormHeardHands,
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
    pub own_words: Option<Key>,
    /// The name the first grown-up's recording is kept under (the first four were recorded
    /// before there could be more grown-ups, and are still found by these names). Never
    /// rename one: the recording would be lost.
    pub slot: &'static str,
}

const fn recordable(
    key: Key,
    heard: Heard,
    own_words: Option<Key>,
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
    recordable(Key::PeekabooBack, Heard::Peekaboo, Some(Key::OwnPeekabooBack), "peekaboo"),
    recordable(Key::Kissed, Heard::Goodbye, None, "kissed"),
    recordable(Key::Farewell, Heard::Goodbye, None, "see-you-soon"),
    recordable(Key::ChildFarewell, Heard::Goodbye, None, "child-farewell"),
    recordable(Key::TimeToGoHome, Heard::WayHome, Some(Key::OwnTimeToGoHome), "coming-home"),
    recordable(Key::ItsTheGrownUp, Heard::Homecoming, Some(Key::OwnItsTheGrownUp), "im-home"),
    recordable(Key::BeautifulPicture, Heard::Homecoming, None, "beautiful-picture"),
    recordable(Key::IMissedYou, Heard::Homecoming, None, "missed-you"),
    recordable(Key::SeeYouNextTime, Heard::Homecoming, None, "next-time"),
    recordable(Key::MorningPromise, Heard::Morning, None, "morning-promise"),
    recordable(Key::MorningMeanwhile, Heard::Morning, None, "morning-meanwhile"),
    recordable(Key::MorningSeeYouSoon, Heard::Morning, None, "morning-see-you-soon"),
    // The kiss the child keeps in their hand (the Kissing Hand).
    recordable(Key::KissInYourHand, Heard::Hands, Some(Key::OwnKissInYourHand), "kiss"),
    recordable(Key::LoveSentBack, Heard::Hands, Some(Key::OwnLoveSentBack), "love-back"),
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
pub fn words_to_record(messages: &Messages, line: &Recordable, words: &Words) -> String {
    say(messages, line.own_words.unwrap_or(line.key), words).caption
}

//! The practice ladder off the screen: small real separations that grow ("next room for one
//! minute", … "a morning at nursery"), each done a few times and ticked by the grown-up with
//! how it went. The ladder suggests, in one sentence, when to move on (easy twice in a row)
//! and when to step back (two hard days); the grown-up decides. Nothing here scores the child.

use serde::{Deserialize, Serialize};

use crate::{calendar::LocalDay, lines::Key};

/// How a real separation went, as the grown-up saw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Felt {
    Hard,
    Okay,
    Easy,
}

impl Felt {
    pub const ALL: [Felt; 3] = [Felt::Hard, Felt::Okay, Felt::Easy];

    pub fn name(self) -> &'static str {
        match self {
            Felt::Hard => "hard",
            Felt::Okay => "okay",
            Felt::Easy => "easy",
        }
    }

    pub fn from_name(name: &str) -> Option<Felt> {
        Felt::ALL.into_iter().find(|felt| felt.name() == name)
    }
}

/// One time a step happened for real.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tick {
    /// The family's local day (days since 1 January 1970).
    pub day: i64,
    pub felt: Felt,
}

/// One rung: what the grown-up and the child do, and each time it happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rung {
    pub what: String,
    pub ticks: Vec<Tick>,
}

/// The ladder: its rungs, lowest first, and the one the family is on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Practice {
    pub rungs: Vec<Rung>,
    pub current: usize,
}

/// At most this many rungs: a ladder is a short path, and the form stays short.
pub const MOST_RUNGS: usize = 12;
/// A rung's words are a short phrase.
pub const LONGEST_WORDS: usize = 80;
/// Ticks kept per rung (years of daily practice); older ones are let go first.
pub const MOST_TICKS: usize = 400;

/// The suggestion with the step it names, ready to be put into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Advice {
    AddFirstStep,
    Begin(String),
    Stay,
    MoveUpTo(String),
    Climbed,
    GoBackTo(String),
    MakeSmaller,
}

/// What the ladder suggests now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suggestion {
    /// Nothing ticked on this rung yet.
    Begin,
    /// Keep doing this rung until it is easy twice in a row.
    Stay,
    /// Easy twice in a row: on to the next rung.
    MoveUp,
    /// Easy twice on the top rung: the ladder is climbed.
    Climbed,
    /// Hard on two different days in a row: back a rung for a while.
    MoveDown,
    /// Hard on two days on the lowest rung: make it smaller.
    MakeSmaller,
}

/// A ladder most families can start from, from a minute in the next room to a morning away,
/// as kept (in English) and as each language says it. The grown-up edits it to fit their own
/// days.
pub const FIRST_RUNGS: [(&str, Key); 6] = [
    (
        "Next room for one minute, door open, talking",
        Key::FormRungNextRoom,
    ),
    ("Next room for five minutes", Key::FormRungNextRoomLonger),
    (
        "Out for ten minutes, with someone the child knows",
        Key::FormRungOutBriefly,
    ),
    (
        "With a grandparent while I go to the shop",
        Key::FormRungGrandparent,
    ),
    (
        "An hour at a friend's house without me",
        Key::FormRungFriendsHouse,
    ),
    ("A morning at nursery", Key::FormRungNursery),
];

impl Default for Practice {
    fn default() -> Self {
        Self::with_rungs(&FIRST_RUNGS.map(|(words, _)| words))
    }
}

/// The line for a step still in the game's first words, so the family's language can say it;
/// `None` for a step the family wrote.
pub fn first_rung_key(words: &str) -> Option<Key> {
    FIRST_RUNGS
        .iter()
        .find(|(first, _)| *first == words)
        .map(|(_, key)| *key)
}

/// Trims `words` to a tidy phrase: one line, no longer than [`LONGEST_WORDS`] characters.
pub fn tidy_words(words: &str) -> String {
    let one_line = words.split_whitespace().collect::<Vec<_>>().join(" ");
    one_line.chars().take(LONGEST_WORDS).collect()
}

impl Practice {
    /// A ladder of these rungs, nothing ticked, on the first.
    pub fn with_rungs(words: &[&str]) -> Self {
        Self {
            rungs: words
                .iter()
                .map(|what| Rung {
                    what: what.to_string(),
                    ticks: Vec::new(),
                })
                .collect(),
            current: 0,
        }
    }

    /// The rung the family is on, if the ladder has any.
    pub fn current_rung(&self) -> Option<&Rung> {
        self.rungs.get(self.current)
    }

    /// Notes that the current rung happened today, and how it went.
    pub fn tick(&mut self, day: LocalDay, felt: Felt) {
        if let Some(rung) = self.rungs.get_mut(self.current) {
            rung.ticks.push(Tick { day: day.0, felt });
            let extra = rung.ticks.len().saturating_sub(MOST_TICKS);
            rung.ticks.drain(..extra);
        }
    }

    /// Takes back the latest tick on the current rung (a tick pressed by mistake).
    pub fn untick(&mut self) -> Option<Tick> {
        self.rungs.get_mut(self.current)?.ticks.pop()
    }

    /// The grown-up chose the rung to practise.
    pub fn move_to(&mut self, index: usize) {
        if index < self.rungs.len() {
            self.current = index;
        }
    }

    /// The rungs as the grown-up edited them: `words[i]` is the new wording of rung `i`
    /// (empty: taken out), and words past the old rungs are new rungs on top. Each kept rung
    /// keeps its ticks, and the current rung stays the same one where it still exists.
    pub fn edit(&mut self, words: &[String]) {
        let old = std::mem::take(&mut self.rungs);
        let old_len = old.len();
        let mut current = None;
        let mut kept_before_current = 0;
        for (index, rung) in old.into_iter().enumerate() {
            let what = words.get(index).map(|w| tidy_words(w)).unwrap_or_default();
            if what.is_empty() {
                continue;
            }
            if index == self.current {
                current = Some(self.rungs.len());
            } else if index < self.current {
                kept_before_current += 1;
            }
            self.rungs.push(Rung { what, ..rung });
        }
        for what in words.iter().skip(old_len).map(|w| tidy_words(w)) {
            if !what.is_empty() {
                self.rungs.push(Rung {
                    what,
                    ticks: Vec::new(),
                });
            }
        }
        self.rungs.truncate(MOST_RUNGS);
        // The current rung was taken out: the one that came after it takes its place.
        self.current = current
            .unwrap_or(kept_before_current)
            .min(self.rungs.len().saturating_sub(1));
    }

    /// What the ladder suggests for the current rung, from its latest ticks.
    pub fn suggestion(&self) -> Suggestion {
        let Some(rung) = self.current_rung() else {
            return Suggestion::Begin;
        };
        let latest: Vec<&Tick> = rung.ticks.iter().rev().take(2).collect();
        match latest.as_slice() {
            [] => Suggestion::Begin,
            [a, b] if a.felt == Felt::Easy && b.felt == Felt::Easy => {
                if self.current + 1 < self.rungs.len() {
                    Suggestion::MoveUp
                } else {
                    Suggestion::Climbed
                }
            }
            [a, b] if a.felt == Felt::Hard && b.felt == Felt::Hard && a.day != b.day => {
                if self.current > 0 {
                    Suggestion::MoveDown
                } else {
                    Suggestion::MakeSmaller
                }
            }
            _ => Suggestion::Stay,
        }
    }

    /// What to do next, with the step it names: the suggestion put into words.
    pub fn advice(&self) -> Advice {
        let Some(rung) = self.current_rung() else {
            return Advice::AddFirstStep;
        };
        let next = self.rungs.get(self.current + 1).map(|r| r.what.clone());
        let before = self
            .current
            .checked_sub(1)
            .and_then(|i| self.rungs.get(i))
            .map(|r| r.what.clone());
        match (self.suggestion(), next, before) {
            (Suggestion::MoveUp, Some(next), _) => Advice::MoveUpTo(next),
            (Suggestion::Climbed, ..) => Advice::Climbed,
            (Suggestion::MoveDown, _, Some(before)) => Advice::GoBackTo(before),
            (Suggestion::MakeSmaller, ..) => Advice::MakeSmaller,
            (Suggestion::Begin, ..) => Advice::Begin(rung.what.clone()),
            _ => Advice::Stay,
        }
    }

    /// The suggestion in one English sentence (the parent area writes it in the family's
    /// language from [`Practice::advice`]).
    pub fn suggestion_sentence(&self) -> String {
        let quoted = |what: &str| format!("\u{201c}{what}\u{201d}");
        match self.advice() {
            Advice::AddFirstStep => {
                "Add a first small step: a minute in the next room is a good start.".to_string()
            }
            Advice::MoveUpTo(next) => format!(
                "Easy twice in a row: when you are both ready, move on to {}.",
                quoted(&next)
            ),
            Advice::Climbed => "Easy twice on the last step: the whole ladder is climbed. Add a \
                 bigger step whenever one comes up."
                .to_string(),
            Advice::GoBackTo(before) => format!(
                "Two hard days: go back to {} for a few days. Stepping back is part of it, not \
                 a failure.",
                quoted(&before)
            ),
            Advice::MakeSmaller => "Two hard days: make this step smaller for a while \
                 (shorter, or closer), and come back warmly each time."
                .to_string(),
            Advice::Begin(what) => format!(
                "Try {} a few times, and tick it each time it happened.",
                quoted(&what)
            ),
            Advice::Stay => "Stay on this step until it is easy twice in a row.".to_string(),
        }
    }

    /// Every tick with the rung it was on, oldest day first: for the grown-up's quiet log.
    pub fn all_ticks(&self) -> Vec<(usize, Tick)> {
        let mut all: Vec<(usize, Tick)> = self
            .rungs
            .iter()
            .enumerate()
            .flat_map(|(index, rung)| rung.ticks.iter().map(move |tick| (index, *tick)))
            .collect();
        all.sort_by_key(|(_, tick)| tick.day);
        all
    }

    /// Forgets every tick, keeping the rungs and where the family is.
    pub fn forget_ticks(&mut self) {
        for rung in &mut self.rungs {
            rung.ticks.clear();
        }
    }
}

#[cfg(test)]
mod tests;

//! The game's voice: every prompt is said aloud (when narration is on) and shown in a speech
//! bubble, and mirrored to the page's `aria-live` region.
//!
//! Screens ask for a line with [`Narrator::say`]; [`queue`] decides when it is heard;
//! [`lines`] holds the words. The bubble is an HTML element the page places over a
//! [`SpeechBubble`] node, so the browser draws names in any script, emoji included.

// The words and the rule for when a line is heard are plain Rust, in the model crate.
pub use see_you_soon_model::{
    lines::{self, Line},
    speech_queue as queue,
};

use std::sync::Arc;

use bevy::{prelude::*, window::PrimaryWindow};

use self::{
    lines::{Key, Language, Messages, Said, Words},
    queue::{Order, Queue, Speaker, Weight},
};
use crate::{
    dom_mirror::{BubbleRect, DomMirror, MirrorSystems, window_fraction},
    flow::Screen,
    platform::{self, PageValue},
    settings::Settings,
};

mod message_files;

pub use message_files::WantedLanguage;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Narrator>();
    app.add_plugins(message_files::plugin);
    // After the games' own systems, so a line asked for in a frame is shown in that frame.
    app.add_systems(
        PostUpdate,
        (
            hush_on_screen_change.run_if(state_changed::<Screen>),
            run_the_voice,
        )
            .chain()
            .before(MirrorSystems::Measure),
    );
    app.add_systems(PostUpdate, place_bubble.in_set(MirrorSystems::Measure));
}

/// A line a page script asked for (only the `form-page-…` lines are theirs), filled with the
/// values it gave.
pub fn page_line(messages: &Messages, id: &str, values: &[(String, PageValue)]) -> Option<String> {
    let key = Key::from_id(id).filter(|key| key.id().starts_with("form-page-"))?;
    let values: Vec<(&str, lines::Value)> = values
        .iter()
        .map(|(name, value)| {
            let value = match value {
                PageValue::Text(text) => lines::Value::Text(text),
                PageValue::Count(count) => lines::Value::Count(*count),
            };
            (name.as_str(), value)
        })
        .collect();
    Some(lines::written(messages, key, &values))
}

/// Asks for lines to be said; see [`queue`] for when they are heard.
#[derive(Resource, Debug, Default)]
pub struct Narrator {
    /// The language's lines; `None`: English, which is compiled in. Shared with the page's
    /// scripts, which ask for their lines in the same language.
    messages: Option<Arc<Messages>>,
    queue: Queue,
    offered: Vec<(Said, Weight, Option<String>, Speaker)>,
    /// The voice was asked to stop (leaving a screen).
    hush: bool,
    /// The voice may speak: browsers refuse speech before the first tap (the Start screen's).
    may_speak: bool,
    /// The line the voice (or a recording) is saying now, if any: music ducks under it.
    voice_line: Option<u32>,
}

impl Narrator {
    pub fn language(&self) -> Language {
        self.messages().language()
    }

    /// The lines in the family's language.
    pub fn messages(&self) -> &Messages {
        self.messages
            .as_deref()
            .unwrap_or_else(|| Messages::english())
    }

    /// From the next line on, speaks these (`None`: English). The bubble and captions take
    /// the lines' language and direction only now: a file that never comes leaves both as
    /// they were, matching the lines still shown.
    fn use_messages(&mut self, messages: Option<Messages>) {
        self.messages = messages.map(Arc::new);
        let shared = self.messages.clone();
        platform::answer_page_words(move |id, values| {
            page_line(
                shared.as_deref().unwrap_or_else(|| Messages::english()),
                id,
                values,
            )
        });
        let language = self.language();
        platform::show_language(language.speech_tag, language.right_to_left);
    }

    /// The words of a line, filled with the family's names.
    fn words(&self, line: &Line, words: &Words) -> Said {
        let messages = self.messages();
        match line {
            Line::Game(key) => lines::say(messages, *key, &lines::in_language(messages, words)),
            Line::Own(text) => {
                let text = lines::own_words_in_language(messages, text);
                Said {
                    caption: lines::own_caption(&text, messages.language().right_to_left),
                    spoken: lines::sayable(&text),
                }
            }
        }
    }

    /// Says a passing line: a newer line replaces it.
    pub fn say(&mut self, line: Line, words: &Words) {
        self.offer(line, words, Weight::Passing);
    }

    /// Says a line that is always heard to the end (goodbyes, promises, reunions).
    pub fn say_kept(&mut self, line: Line, words: &Words) {
        self.offer(line, words, Weight::Kept);
    }

    /// Says a line with the weight its game gave it: the one way in for every other.
    pub fn offer(&mut self, line: Line, words: &Words, weight: Weight) {
        let said = self.words(&line, words);
        let (recording, speaker) = match line {
            Line::Game(key) => (lines::recording_slot(words.voice_of, key), key.speaker()),
            // The parent's own words are the grown-up's.
            Line::Own(_) => (None, Speaker::GrownUp),
        };
        if !said.caption.is_empty() {
            self.offered.push((said, weight, recording, speaker));
        }
    }

    /// The text of a line in the current language (a toy's name, a weekday).
    pub fn text(&self, key: Key) -> String {
        self.messages().text(key)
    }

    /// From the first tap on, the browser lets the page speak.
    pub fn allow_speech(&mut self) {
        self.may_speak = true;
    }

    /// A line is being said, or shown for its reading time, now.
    pub fn is_speaking(&self) -> bool {
        self.queue.speaking().is_some()
    }

    /// A voice is audible now (the synthetic one or a recording).
    pub fn voice_busy(&self) -> bool {
        self.voice_line.is_some()
    }
}

/// The family's words from the settings.
pub fn words_from(settings: &Settings) -> Words {
    settings.words_about(settings.grown_ups.away_today_place())
}

fn hush_on_screen_change(mut narrator: ResMut<Narrator>) {
    narrator.hush = true;
}

fn run_the_voice(
    mut narrator: ResMut<Narrator>,
    settings: Res<Settings>,
    time: Res<Time<Real>>,
    mut mirror: ResMut<DomMirror>,
    mut due: ResMut<crate::frames::NextDue>,
) {
    let narrator = &mut *narrator;
    let speech_tag = narrator.language().speech_tag;
    let mut orders = Vec::new();
    if std::mem::take(&mut narrator.hush) {
        // Lines offered by the new screen's first frame are kept; only the old ones go.
        orders.push(narrator.queue.hush());
    }
    for (said, weight, recording, speaker) in narrator.offered.drain(..) {
        orders.extend(
            narrator
                .queue
                .say(said.caption, said.spoken, weight, recording, speaker),
        );
    }
    for end in platform::take_speech_ends() {
        if narrator.voice_line == Some(end.id) {
            narrator.voice_line = None;
        }
        orders.extend(if end.heard {
            narrator.queue.finished(end.id)
        } else {
            narrator.queue.not_heard(end.id)
        });
    }
    orders.extend(
        narrator.queue.tick(
            time.delta_secs_f64()
                .min(crate::frames::LONGEST_SLEEP.as_secs_f64() + 1.0),
        ),
    );
    if let Some(seconds) = narrator.queue.next_due() {
        due.within(seconds as f32);
    }
    let voice_on = settings.sound.narration && narrator.may_speak && !platform::page_hidden();
    for order in orders {
        match order {
            Order::Hush => {
                narrator.voice_line = None;
                platform::stop_speaking();
            }
            // The grown-up's own voice, where they recorded this line.
            Order::Say(line)
                if voice_on
                    && line
                        .recording
                        .as_deref()
                        .is_some_and(platform::has_recording) =>
            {
                platform::stop_speaking();
                narrator.voice_line = Some(line.id);
                platform::play_recording(line.id, line.recording.as_deref().unwrap_or_default());
            }
            Order::Say(line) if voice_on && !line.spoken.is_empty() => {
                narrator.voice_line = Some(line.id);
                platform::speak(line.id, &line.spoken, speech_tag, settings.voice.as_deref());
            }
            // Shown only, for its reading time (never zero, so nothing follows at once).
            Order::Say(line) => {
                narrator.voice_line = None;
                let _ = narrator.queue.not_heard(line.id);
            }
        }
    }
    if let Some(now) = narrator.queue.speaking()
        && mirror.caption != now.caption
    {
        mirror.caption.clone_from(&now.caption);
    }
}

/// Where the speech bubble of the current screen is, and how large its words are.
#[derive(Component, Debug, Clone, Copy)]
pub struct SpeechBubble {
    pub size_vmin: f32,
}

/// A place for the speech bubble, `height_vmin` high, for words `size_vmin` high. The page
/// draws the bubble and its words over it (a long line may grow it downwards).
pub fn speech_bubble(size_vmin: f32, height_vmin: f32) -> impl Bundle {
    (
        Name::new("Speech bubble"),
        SpeechBubble { size_vmin },
        Node {
            width: Val::Percent(100.0),
            max_width: Val::VMin(150.0),
            min_height: Val::VMin(height_vmin),
            flex_shrink: 0.0,
            ..default()
        },
        Pickable::IGNORE,
    )
}

/// Whoever the bubble points at when the grown-up speaks: the scenes put this on the
/// grown-up's figure.
#[derive(Component, Debug, Default, Clone, Copy)]
pub struct SpeaksAsGrownUp;

#[allow(clippy::type_complexity)]
fn place_bubble(
    bubbles: Query<(
        &SpeechBubble,
        &ComputedNode,
        &UiGlobalTransform,
        &InheritedVisibility,
    )>,
    speakers: Query<
        (&ComputedNode, &UiGlobalTransform, &InheritedVisibility),
        With<SpeaksAsGrownUp>,
    >,
    narrator: Res<Narrator>,
    window: Option<Single<&Window, With<PrimaryWindow>>>,
    mut mirror: ResMut<DomMirror>,
) {
    let Some(window) = window else {
        return;
    };
    let window_size = window.physical_size().as_vec2().max(Vec2::ONE);
    // The grown-up's head, when the grown-up is the one speaking and is on screen.
    let tail = narrator
        .queue
        .speaking()
        .filter(|line| line.speaker == Speaker::GrownUp)
        .and_then(|_| {
            speakers
                .iter()
                .find(|(.., visible)| visible.get())
                .map(|(node, transform, _)| {
                    // Rounded, so a breathing figure does not move the bubble every frame.
                    let [x, y, w, _] = window_fraction(node, transform, window_size);
                    [
                        ((x + w / 2.0) * 100.0).round() / 100.0,
                        (y * 100.0).round() / 100.0,
                    ]
                })
        });
    let placed =
        bubbles
            .iter()
            .find(|(.., visible)| visible.get())
            .map(|(bubble, node, transform, _)| {
                let [x, y, w, h] = window_fraction(node, transform, window_size);
                BubbleRect {
                    x,
                    y,
                    w,
                    h,
                    size_vmin: bubble.size_vmin,
                    tail,
                }
            });
    if mirror.bubble != placed {
        mirror.bubble = placed;
    }
}

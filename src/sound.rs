//! Sound effects and the music loop, each obeying its own switch in the parent settings.
//!
//! Browsers keep sound off until the first tap; the page wakes the engine's audio on the
//! Start tap and suspends it while the tab is hidden (`web/boot.js`), so a hidden tab is
//! silent even though the game draws no frames there.

use bevy::prelude::*;

use crate::{
    dom_mirror::DomMirror, flow::Screen, narration::Narrator, platform, settings::Settings,
};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<MusicBegun>();
    app.add_observer(play_unless_effects_are_off);
    app.add_systems(
        Update,
        begin_the_music_after_a_moment_on_home.run_if(in_state(Screen::Home)),
    );
    app.add_systems(OnExit(Screen::Home), begin_the_music);
    app.add_systems(Update, set_music_volume);
}

/// Every short sound the game makes, each answering something that happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sound {
    /// "Hello!": a tap that did something.
    TapChime,
    /// "There you are!": a reveal, a door opening.
    RevealTada,
    /// A friendly "hm?" for a tap on nothing in particular.
    SoftBoop,
    DoorKnock,
    BusToot,
    Hug,
    Hearts,
    /// The Love Connection's zap.
    LoveBuzz,
}

impl Sound {
    pub const ALL: [Sound; 8] = [
        Sound::TapChime,
        Sound::RevealTada,
        Sound::SoftBoop,
        Sound::DoorKnock,
        Sound::BusToot,
        Sound::Hug,
        Sound::Hearts,
        Sound::LoveBuzz,
    ];

    /// Its file under `assets/`: MP3, which every browser engine decodes.
    pub fn path(self) -> &'static str {
        match self {
            Sound::TapChime => "audio/tap-chime.mp3",
            Sound::RevealTada => "audio/reveal-tada.mp3",
            Sound::SoftBoop => "audio/soft-boop.mp3",
            Sound::DoorKnock => "audio/door-knock.mp3",
            Sound::BusToot => "audio/bus-toot.mp3",
            Sound::Hug => "audio/hug-swell.mp3",
            Sound::Hearts => "audio/hearts-sparkle.mp3",
            Sound::LoveBuzz => "audio/love-buzz.mp3",
        }
    }
}

/// The lullaby, made to loop without a seam (`tools/sound/make-sounds.py`).
pub const MUSIC_PATH: &str = "audio/music-lullaby.mp3";

/// A short sound to play once, unless the parent switched effects off.
#[derive(Event, Debug, Clone, Copy)]
pub struct PlaySound(pub Sound);

/// Plays a short sound once (unless effects are off).
pub fn play(commands: &mut Commands, sound: Sound) {
    commands.trigger(PlaySound(sound));
}

fn play_unless_effects_are_off(
    play: On<PlaySound>,
    settings: Res<Settings>,
    mut mirror: ResMut<DomMirror>,
) {
    if settings.sound.effects {
        platform::play_effect(play.0.path());
        mirror.sound.effects_played += 1;
    }
}

/// Set once Home has had its moment: the effects are decoded ahead and the music may play.
#[derive(Resource, Default)]
pub struct MusicBegun(pub bool);

/// How loud the music is: soft under everything, softer still while a line is said.
pub const MUSIC_VOLUME: f32 = 0.22;
pub const MUSIC_UNDER_VOICE: f32 = 0.07;

/// The music begins on Home, the first screen after the Start tap (browsers allow sound only
/// after a tap), once Home has had a moment to itself, like the games' pictures
/// ([`crate::assets::HOME_FIRST_SECONDS`]); it fades in, so the moment is not heard.
fn begin_the_music_after_a_moment_on_home(
    begun: ResMut<MusicBegun>,
    time: Res<Time<Real>>,
    mut on_home: Local<f32>,
    mut due: ResMut<crate::frames::NextDue>,
) {
    if begun.0 {
        return;
    }
    *on_home += time.delta_secs();
    if *on_home >= crate::assets::HOME_FIRST_SECONDS {
        begin_the_music(begun);
    } else {
        due.within(crate::assets::HOME_FIRST_SECONDS - *on_home);
    }
}

fn begin_the_music(mut begun: ResMut<MusicBegun>) {
    if !begun.0 {
        begun.0 = true;
        let effects = Sound::ALL.map(Sound::path);
        platform::preload_sounds(&effects);
    }
}

/// The music's volume now: off by the switch or a hidden tab, lower under a spoken line.
pub fn music_volume(music_on: bool, hidden: bool, speaking: bool) -> f32 {
    if !music_on || hidden {
        0.0
    } else if speaking {
        MUSIC_UNDER_VOICE
    } else {
        MUSIC_VOLUME
    }
}

/// The page glides the music to each new volume (`web/sound.js`): it is told only of changes.
fn set_music_volume(
    begun: Res<MusicBegun>,
    settings: Res<Settings>,
    narrator: Res<Narrator>,
    mut told: Local<Option<f32>>,
    mut mirror: ResMut<DomMirror>,
) {
    if !begun.0 {
        return;
    }
    let target = music_volume(
        settings.sound.music,
        platform::page_hidden(),
        narrator.voice_busy(),
    );
    if *told != Some(target) {
        *told = Some(target);
        platform::set_music(MUSIC_PATH, target);
        mirror.sound.music_percent = (target * 100.0).round() as u8;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn music_follows_its_switch_the_tab_and_the_voice() {
        assert_eq!(music_volume(false, false, false), 0.0);
        assert_eq!(music_volume(true, true, false), 0.0);
        assert_eq!(music_volume(true, false, true), MUSIC_UNDER_VOICE);
        assert_eq!(music_volume(true, false, false), MUSIC_VOLUME);
        const { assert!(MUSIC_UNDER_VOICE < MUSIC_VOLUME / 2.0) };
    }

    #[test]
    fn every_sound_file_exists_and_all_stay_within_the_budget() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/audio");
        for path in Sound::ALL.map(Sound::path).into_iter().chain([MUSIC_PATH]) {
            assert!(
                root.join(path.trim_start_matches("audio/")).is_file(),
                "{path}"
            );
        }
        let total: u64 = std::fs::read_dir(&root)
            .unwrap()
            .map(|e| e.unwrap().metadata().unwrap().len())
            .sum();
        assert!(total < 400_000, "all sounds take {total} bytes");
    }
}

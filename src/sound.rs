//! Sound effects and the music loop, each obeying its own switch in the parent settings.
//!
//! Browsers keep sound off until the first tap; the page wakes the engine's audio on the
//! Start tap and suspends it while the tab is hidden (`web/boot.js`), so a hidden tab is
//! silent even though the game draws no frames there.

use bevy::{
    audio::{AudioSinkPlayback, Volume},
    prelude::*,
};

use crate::{
    dom_mirror::DomMirror, flow::Screen, narration::Narrator, platform, settings::Settings,
};

pub(super) fn plugin(app: &mut App) {
    app.add_observer(keep_quiet_when_effects_are_off);
    app.add_systems(
        Update,
        start_the_music_after_a_moment_on_home.run_if(in_state(Screen::Home)),
    );
    app.add_systems(OnExit(Screen::Home), load_the_sounds_and_start_the_music);
    app.add_systems(Update, set_music_volume);
}

/// The effects and the music that are not needed before Home; they load once Home is shown,
/// and are there from then on.
#[derive(Resource, Clone)]
pub struct Sounds {
    pub door_knock: Handle<AudioSource>,
    pub bus_toot: Handle<AudioSource>,
    pub hug: Handle<AudioSource>,
    pub hearts: Handle<AudioSource>,
    /// The Love Connection's zap.
    pub love_buzz: Handle<AudioSource>,
    pub music: Handle<AudioSource>,
}

pub const PATHS: [&str; 6] = [
    "audio/door-knock.ogg",
    "audio/bus-toot.ogg",
    "audio/hug-swell.ogg",
    "audio/hearts-sparkle.ogg",
    "audio/love-buzz.ogg",
    "audio/music-lullaby.ogg",
];

impl Sounds {
    fn load(server: &AssetServer) -> Self {
        let [door_knock, bus_toot, hug, hearts, love_buzz, music] = PATHS.map(|p| server.load(p));
        Self {
            door_knock,
            bus_toot,
            hug,
            hearts,
            love_buzz,
            music,
        }
    }
}

/// A short sound for something that happened: silent when the parent switched effects off.
#[derive(Component, Debug, Default)]
pub struct SoundEffect;

/// Plays a short sound once (unless effects are off).
pub fn play(commands: &mut Commands, sound: &Handle<AudioSource>) {
    commands.spawn((
        Name::new("Sound effect"),
        SoundEffect,
        AudioPlayer::new(sound.clone()),
        PlaybackSettings::DESPAWN,
    ));
}

fn keep_quiet_when_effects_are_off(
    added: On<Add, SoundEffect>,
    settings: Res<Settings>,
    mut commands: Commands,
    mut mirror: ResMut<DomMirror>,
) {
    if settings.sound.effects {
        mirror.sound.effects_played += 1;
    } else {
        commands.entity(added.entity).despawn();
    }
}

#[derive(Component)]
struct Music;

/// How loud the music is: soft under everything, softer still while a line is said.
pub const MUSIC_VOLUME: f32 = 0.22;
pub const MUSIC_UNDER_VOICE: f32 = 0.07;

/// The music begins on Home, the first screen after the Start tap (browsers allow sound only
/// after a tap), once Home has had a moment to itself, like the games' pictures
/// ([`crate::assets::HOME_FIRST_SECONDS`]); it fades in, so the moment is not heard.
fn start_the_music_after_a_moment_on_home(
    commands: Commands,
    server: Res<AssetServer>,
    time: Res<Time<Real>>,
    loaded: Option<Res<Sounds>>,
    playing: Query<(), With<Music>>,
    mut on_home: Local<f32>,
) {
    if loaded.is_some() {
        return;
    }
    *on_home += time.delta_secs();
    if *on_home >= crate::assets::HOME_FIRST_SECONDS {
        load_the_sounds_and_start_the_music(commands, server, loaded, playing);
    }
}

fn load_the_sounds_and_start_the_music(
    mut commands: Commands,
    server: Res<AssetServer>,
    loaded: Option<Res<Sounds>>,
    playing: Query<(), With<Music>>,
) {
    let sounds = match loaded {
        Some(sounds) => sounds.clone(),
        None => {
            let sounds = Sounds::load(&server);
            commands.insert_resource(sounds.clone());
            sounds
        }
    };
    if playing.is_empty() {
        commands.spawn((
            Name::new("Music"),
            Music,
            AudioPlayer::new(sounds.music.clone()),
            // Starts silent; the volume follows the switch and the voice from the next frame.
            PlaybackSettings::LOOP.with_volume(Volume::Linear(0.0)),
        ));
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

fn set_music_volume(
    settings: Res<Settings>,
    narrator: Res<Narrator>,
    time: Res<Time<Real>>,
    mut sinks: Query<&mut AudioSink, With<Music>>,
    mut mirror: ResMut<DomMirror>,
) {
    let target = music_volume(
        settings.sound.music,
        platform::page_hidden(),
        narrator.voice_busy(),
    );
    for mut sink in &mut sinks {
        let now = sink.volume().to_linear();
        // Glide a quarter of a second, so ducking never clicks.
        let step = time.delta_secs().min(0.25) * 4.0 * MUSIC_VOLUME;
        let next = if (target - now).abs() <= step {
            target
        } else {
            now + step * (target - now).signum()
        };
        if (next - now).abs() > f32::EPSILON {
            sink.set_volume(Volume::Linear(next));
        }
        // Hundredths, so the page is told only of real changes.
        let percent = (next * 100.0).round() as u8;
        if mirror.sound.music_percent != percent {
            mirror.sound.music_percent = percent;
        }
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
        for path in PATHS {
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

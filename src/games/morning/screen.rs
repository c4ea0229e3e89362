//! The morning goodbye practice: the grown-up's picture beside one big picture for the step
//! (a hug, a kiss, the promise, what the child will do meanwhile, love sent from the hand, a
//! wave). Any tap does the hug or the kiss; the child's hands in the corners are the Love
//! Connection's. Every step is said.

use bevy::prelude::*;

use super::rules::{Happening, Rehearsal, Step};
use crate::{
    assets::{GameAssets, GrownUpPictures, JourneyPictures},
    dom_mirror::DomMirror,
    flow::{EndGently, Screen},
    games::{
        love::hands::{Love, LoveReceiver, LoveSent},
        play, screen_after_the_goodbye,
    },
    narration::{Line, Narrator, lines::Key, speech_bubble, words_from},
    progress::Progress,
    session::Session,
    settings::Settings,
    sound::Sounds,
    theme::{prelude::*, widget},
};

pub(super) fn plugin(app: &mut App) {
    app.add_message::<RehearsalHappened>();
    app.add_observer(count_love_sent);
    app.add_systems(OnEnter(Screen::Morning), start_rehearsal);
    app.add_systems(OnExit(Screen::Morning), end_rehearsal);
    app.add_systems(
        Update,
        (run_rehearsal, answer_happenings, show_the_step)
            .chain()
            .run_if(in_state(Screen::Morning)),
    );
}

/// The rehearsal in progress.
#[derive(Resource, Debug)]
pub struct MorningGame(pub Rehearsal);

#[derive(Message, Debug, Clone, Copy)]
struct RehearsalHappened(Happening);

/// The big button of the current step; its first child is the step's picture.
#[derive(Component)]
struct StepButton;

fn step_picture(step: Step, assets: &GameAssets, pictures: &JourneyPictures) -> Handle<Image> {
    match step {
        Step::Hug => pictures.get("hugging-face"),
        Step::Kiss => pictures.get("kiss-mark"),
        Step::Promise | Step::Love => assets.heart.clone(),
        Step::Meanwhile => pictures.get("artist-palette"),
        Step::SeeYouSoon => pictures.get("waving-hand"),
    }
}

fn start_rehearsal(
    mut commands: Commands,
    assets: Res<GameAssets>,
    grown_up: Res<GrownUpPictures>,
    pictures: Res<JourneyPictures>,
    mut love: ResMut<Love>,
    mut mirror: ResMut<DomMirror>,
    mut happened: MessageWriter<RehearsalHappened>,
) {
    love.0.draw_at_once();
    let (rehearsal, first) = Rehearsal::new();
    mirror.state = rehearsal.label();
    happened.write(RehearsalHappened(first));
    commands.insert_resource(MorningGame(rehearsal));

    let root = commands
        .spawn((
            widget::screen_root("Morning goodbye screen"),
            BackgroundColor(palette::LAVENDER.with_alpha(0.5)),
            DespawnOnExit(Screen::Morning),
        ))
        // Any tap does the hug or the kiss.
        .observe(tap_anywhere)
        .id();
    commands.spawn((speech_bubble(5.5, 11.0), ChildOf(root)));
    let row = commands
        .spawn((
            Name::new("Goodbye"),
            Node {
                flex_direction: FlexDirection::Row,
                align_items: AlignItems::Center,
                justify_content: JustifyContent::Center,
                column_gap: Val::VMin(8.0),
                ..default()
            },
            Pickable::IGNORE,
            ChildOf(root),
        ))
        .id();
    commands.spawn((
        LoveReceiver,
        widget::picture(
            grown_up.portrait.clone(),
            Node {
                width: Val::VMin(30.0),
                height: Val::VMin(30.0),
                ..default()
            },
        ),
        ChildOf(row),
    ));
    commands
        .spawn((
            widget::big_round_button(
                "step",
                step_picture(Step::Hug, &assets, &pictures),
                palette::PEACH,
                30.0,
            ),
            StepButton,
            ChildOf(row),
        ))
        .observe(tap_anywhere);
    crate::games::spawn_leave_corner(&mut commands, root, assets.home.clone());
}

fn end_rehearsal(mut commands: Commands, mut mirror: ResMut<DomMirror>) {
    commands.remove_resource::<MorningGame>();
    mirror.state.clear();
}

fn tap_anywhere(
    mut press: On<Pointer<Press>>,
    game: Option<ResMut<MorningGame>>,
    mut happened: MessageWriter<RehearsalHappened>,
) {
    press.propagate(false);
    if let Some(mut game) = game
        && let Some(happening) = game.0.tap()
    {
        happened.write(RehearsalHappened(happening));
    }
}

/// Love left the child's hand: on the love step, that is the step done.
fn count_love_sent(
    _sent: On<LoveSent>,
    game: Option<ResMut<MorningGame>>,
    mut happened: MessageWriter<RehearsalHappened>,
) {
    if let Some(mut game) = game
        && let Some(happening) = game.0.love_sent()
    {
        happened.write(RehearsalHappened(happening));
    }
}

fn run_rehearsal(
    time: Res<Time>,
    mut game: ResMut<MorningGame>,
    mut asked_to_end: MessageReader<EndGently>,
    mut happened: MessageWriter<RehearsalHappened>,
    mut mirror: ResMut<DomMirror>,
) {
    // The session's end waits for the goodbye: it is a minute at most.
    asked_to_end.clear();
    for happening in game.0.tick(time.delta_secs()) {
        happened.write(RehearsalHappened(happening));
    }
    let label = game.0.label();
    if mirror.state != label {
        mirror.state = label;
    }
}

#[allow(clippy::too_many_arguments)]
fn answer_happenings(
    mut commands: Commands,
    mut happened: MessageReader<RehearsalHappened>,
    settings: Res<Settings>,
    mut progress: ResMut<Progress>,
    assets: Res<GameAssets>,
    sounds: Option<Res<Sounds>>,
    session: Option<Res<Session>>,
    mut narrator: ResMut<Narrator>,
    mut next: ResMut<NextState<Screen>>,
) {
    for RehearsalHappened(happening) in happened.read().copied() {
        let words = words_from(&settings);
        match happening {
            Happening::Began(step) => {
                let (key, kept) = match step {
                    Step::Hug => (Key::MorningHug, false),
                    Step::Kiss => (Key::AskKiss, false),
                    Step::Promise => (Key::MorningPromise, true),
                    Step::Meanwhile => (Key::MorningMeanwhile, true),
                    Step::Love => (Key::MorningLove, false),
                    Step::SeeYouSoon => (Key::MorningSeeYouSoon, true),
                };
                if kept {
                    narrator.say_kept(Line::Game(key), &words);
                } else {
                    narrator.say(Line::Game(key), &words);
                }
            }
            Happening::Done { step, .. } => {
                let line = match step {
                    Step::Hug => Some(Key::Hugged),
                    Step::Kiss => {
                        // The kiss goes into the palm, to keep (the Kissing Hand).
                        if !progress.palm_kissed {
                            progress.palm_kissed = true;
                        }
                        Some(Key::Kissed)
                    }
                    _ => None,
                };
                if let Some(key) = line {
                    narrator.say(Line::Game(key), &words);
                }
                let sound = match step {
                    Step::Hug => sounds.as_ref().map(|s| s.hug.clone()),
                    _ => Some(assets.tap_chime.clone()),
                };
                if let Some(sound) = sound {
                    play(&mut commands, &sound);
                }
            }
            Happening::Finished => {
                next.set(screen_after_the_goodbye(session.as_deref()));
            }
        }
    }
}

fn show_the_step(
    game: Res<MorningGame>,
    assets: Res<GameAssets>,
    pictures: Res<JourneyPictures>,
    button: Query<&Children, With<StepButton>>,
    mut images: Query<&mut ImageNode>,
    mut shown: Local<Option<Step>>,
) {
    let step = game.0.step();
    if *shown == Some(step) {
        return;
    }
    if let Ok(children) = button.single()
        && let Some(&picture) = children.first()
        && let Ok(mut image) = images.get_mut(picture)
    {
        image.image = step_picture(step, &assets, &pictures);
        *shown = Some(step);
    }
}

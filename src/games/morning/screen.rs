//! The morning goodbye practice: the grown-up's picture beside one big picture for the step
//! (a hug, a kiss, the promise, what the child will do meanwhile, love sent from the hand, a
//! wave). Any tap does the hug or the kiss; the child's hands in the corners are the Love
//! Connection's. Every step is said.

use bevy::prelude::*;
use see_you_soon_model::pictures::ScenePicture;

use super::rules::{Happening, Rehearsal, Step};
use crate::{
    assets::{GameAssets, GrownUpPictures, JourneyPictures},
    dom_mirror::DomMirror,
    flow::Screen,
    games::{
        house,
        love::hands::{Love, LoveReceiver, LoveSent},
        play,
        play_loop::{self, Game, Happened, PlaySystems, send_tap},
    },
    narration::{
        Line, Narrator, SpeaksAsGrownUp, lines::Key, queue::Weight, speech_bubble, words_from,
    },
    progress::Progress,
    settings::Settings,
    sound::Sound,
    theme::{
        figure::{Appearance, Doing, HeldInHand, held_in_hand, spawn_figure},
        interaction::ReducedMotion,
        prelude::*,
        widget,
    },
};
use see_you_soon_model::{choices::Look, figure::Side};

pub(super) fn plugin(app: &mut App) {
    play_loop::add_game::<Rehearsal>(app, Screen::Morning);
    app.add_observer(count_love_sent);
    app.add_systems(OnEnter(Screen::Morning), start_rehearsal);
    app.add_systems(
        Update,
        (answer_happenings, show_the_step, act_the_step)
            .chain()
            .in_set(PlaySystems::Answer)
            .run_if(in_state(Screen::Morning)),
    );
}

/// The rehearsal in progress.
pub type MorningGame = Game<Rehearsal>;

/// The big button of the current step; its first child is the step's picture.
#[derive(Component)]
struct StepButton;

/// The step a held picture belongs to: the kiss in the child's palm, the promise's heart in
/// the grown-up's (the heart was only on the button before).
#[derive(Component, Clone, Copy)]
struct HeldFor(Step);

/// A held picture's side, in vmin.
const HELD_SIZE: f32 = 7.0;

/// Who is who at the door: the grown-up (0) and the child (1).
#[derive(Component, Clone, Copy)]
struct Role(usize);

/// The child in our open front door and the grown-up outside, about to go: the one who stays
/// home stands in the doorway, as in the journey.
fn spawn_doorstep(
    commands: &mut Commands,
    row: Entity,
    (look, childs_look): (Look, Look),
    kiss: Handle<Image>,
    heart: Handle<Image>,
) {
    let doorstep = commands
        .spawn((
            Name::new("Doorstep"),
            Node {
                flex_direction: FlexDirection::Row,
                align_items: AlignItems::FlexEnd,
                column_gap: Val::VMin(2.0),
                padding: UiRect::axes(Val::VMin(4.0), Val::ZERO),
                ..default()
            },
            Pickable::IGNORE,
            ChildOf(row),
        ))
        .id();
    house::spawn_house_front(commands, doorstep);
    let doorway = commands
        .spawn((
            Name::new("Doorway"),
            Node {
                width: Val::VMin(28.0),
                height: Val::VMin(house::SCENE_HEIGHT),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::FlexEnd,
                ..default()
            },
            Pickable::IGNORE,
            ChildOf(doorstep),
        ))
        .id();
    house::spawn_door(commands, doorway, false, house::open_door());
    let scale = house::GROWN_UP_HEIGHT;
    let child = spawn_figure(commands, doorway, Appearance::child(childs_look), scale, 2);
    // In front of the grown-up, so in a hug the grown-up's arms go round behind the child's
    // back (in front, the hands by the child's head read as bear's ears).
    commands.entity(child).insert((Role(1), GlobalZIndex(1)));
    // The kiss, kept in the child's held-out hand (only the button's lips said it before).
    commands.spawn((
        held_in_hand(kiss, Side::Right, HELD_SIZE),
        HeldFor(Step::Kiss),
        ChildOf(child),
    ));
    let grown_up = spawn_figure(commands, doorstep, Appearance::grown_up(look), scale, 1);
    commands
        .entity(grown_up)
        .insert((Role(0), LoveReceiver, SpeaksAsGrownUp));
    commands.spawn((
        held_in_hand(heart, Side::Left, HELD_SIZE),
        HeldFor(Step::Promise),
        ChildOf(grown_up),
    ));
}

/// The bodies do what the step is doing: a hug (stepping together), a hand held out for the
/// kiss, a wave.
#[allow(clippy::type_complexity)]
fn act_the_step(
    game: Res<MorningGame>,
    reduced: Res<ReducedMotion>,
    mut figures: Query<(&Role, &mut Doing, &mut UiTransform)>,
    mut held: Query<(&HeldFor, &mut HeldInHand)>,
) {
    // Each held picture shows while its step is on and its hand is out.
    for (step, mut held) in &mut held {
        let wanted = game.0.step() == step.0;
        if held.wanted != wanted {
            held.wanted = wanted;
        }
    }
    let (grown_up, child) = game.0.gestures(reduced.0);
    let leans = game.0.leans(reduced.0);
    for (role, mut doing, mut transform) in &mut figures {
        let (wanted, lean) = if role.0 == 0 {
            (grown_up, leans.0)
        } else {
            (child, leans.1)
        };
        if doing.0 != wanted {
            doing.0 = wanted;
        }
        let shift = Val2::new(Val::VMin(lean), Val::ZERO);
        if transform.translation != shift {
            transform.translation = shift;
        }
    }
}

fn step_picture(step: Step, assets: &GameAssets, pictures: &JourneyPictures) -> Handle<Image> {
    match step {
        Step::Hug => pictures.get(ScenePicture::HuggingFace),
        Step::Kiss => pictures.get(ScenePicture::KissMark),
        Step::Promise | Step::Love => assets.heart.clone(),
        Step::Meanwhile => pictures.get(ScenePicture::ArtistPalette),
        Step::SeeYouSoon => pictures.get(ScenePicture::WavingHand),
    }
}

fn start_rehearsal(
    mut commands: Commands,
    assets: Res<GameAssets>,
    grown_up: Res<GrownUpPictures>,
    pictures: Res<JourneyPictures>,
    mut love: ResMut<Love>,
    mut mirror: ResMut<DomMirror>,
    mut happened: MessageWriter<Happened<Rehearsal>>,
) {
    love.0.draw_at_once();
    play_loop::start(&mut commands, Rehearsal::new(), &mut happened, &mut mirror);

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
                // On a tablet held upright the button goes under the house (side by side,
                // the house was cut off at the screen's edge).
                flex_wrap: FlexWrap::Wrap,
                align_items: AlignItems::Center,
                justify_content: JustifyContent::Center,
                column_gap: Val::VMin(5.0),
                row_gap: Val::VMin(3.0),
                ..default()
            },
            Pickable::IGNORE,
            ChildOf(root),
        ))
        .id();
    spawn_doorstep(
        &mut commands,
        row,
        (grown_up.look, grown_up.childs_look),
        pictures.get(ScenePicture::KissMark),
        assets.heart.clone(),
    );
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

/// The whole screen is the button: a tap anywhere, once, does the hug or the kiss.
fn tap_anywhere(
    mut press: On<Pointer<Press>>,
    game: Option<ResMut<MorningGame>>,
    mut happened: MessageWriter<Happened<Rehearsal>>,
) {
    press.propagate(false);
    send_tap(game, &mut happened, ());
}

/// Love left the child's hand: on the love step, that is the step done.
fn count_love_sent(
    _sent: On<LoveSent>,
    game: Option<ResMut<MorningGame>>,
    mut happened: MessageWriter<Happened<Rehearsal>>,
) {
    if let Some(mut game) = game
        && let Some(happening) = game.0.love_sent()
    {
        happened.write(Happened(happening));
    }
}

#[allow(clippy::too_many_arguments)]
fn answer_happenings(
    mut commands: Commands,
    mut happened: MessageReader<Happened<Rehearsal>>,
    settings: Res<Settings>,
    mut progress: ResMut<Progress>,
    mut narrator: ResMut<Narrator>,
) {
    for Happened(happening) in happened.read().copied() {
        let words = words_from(&settings);
        match happening {
            Happening::Began(step) => {
                let (key, weight) = match step {
                    Step::Hug => (Key::MorningHug, Weight::Passing),
                    Step::Kiss => (Key::AskKiss, Weight::Passing),
                    Step::Promise => (Key::MorningPromise, Weight::Kept),
                    Step::Meanwhile => (Key::MorningMeanwhile, Weight::Kept),
                    Step::Love => (Key::MorningLove, Weight::Passing),
                    Step::SeeYouSoon => (Key::MorningSeeYouSoon, Weight::Kept),
                };
                narrator.offer(Line::Game(key), &words, weight);
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
                    Step::Hug => Sound::Hug,
                    _ => Sound::TapChime,
                };
                play(&mut commands, sound);
            }
            // The loop leaves for Home (or All done) as the see-you-soon ends.
            Happening::Finished => {}
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

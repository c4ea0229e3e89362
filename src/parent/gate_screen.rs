//! The gate on screen: the number in words, a number pad, the digits keyed so far, and a way
//! back. A wrong number goes back Home; three in a row lock the gate for a minute.

use bevy::prelude::*;

use super::gate::{Challenge, Dice, GateGuard, KeyResult};
use crate::{
    assets::LaunchAssets,
    dom_mirror::DomMirror,
    flow::Screen,
    narration::{
        Narrator,
        lines::{self, Key, Words},
    },
    platform,
    theme::prelude::*,
};

pub(super) fn plugin(app: &mut App) {
    app.insert_resource(GateDice(Dice::new(platform::random_seed())));
    app.init_resource::<Guard>();
    app.add_systems(OnEnter(Screen::ParentGate), spawn_gate);
    app.add_systems(OnExit(Screen::ParentGate), |mut c: Commands| {
        c.remove_resource::<OpenChallenge>()
    });
    app.add_systems(
        Update,
        show_typed_digits.run_if(in_state(Screen::ParentGate)),
    );
}

#[derive(Resource)]
struct GateDice(Dice);

/// Wrong answers and the lock survive leaving the gate.
#[derive(Resource, Default)]
pub struct Guard(pub GateGuard);

#[derive(Resource)]
struct OpenChallenge(Challenge);

#[derive(Component)]
struct TypedDigits;

const KEY_IDS: [&str; 10] = [
    "key-0", "key-1", "key-2", "key-3", "key-4", "key-5", "key-6", "key-7", "key-8", "key-9",
];

fn spawn_gate(
    mut commands: Commands,
    assets: Res<LaunchAssets>,
    mut dice: ResMut<GateDice>,
    guard: Res<Guard>,
    time: Res<Time<Real>>,
    narrator: Res<Narrator>,
    mut mirror: ResMut<DomMirror>,
) {
    // In the family's language: a parent who reads no English must get in too.
    let messages = narrator.messages();
    let root = commands
        .spawn((
            widget::screen_root("Parent gate"),
            DespawnOnExit(Screen::ParentGate),
        ))
        .id();
    commands
        .spawn((
            widget::corner_back_button("back", assets.home.clone()),
            ChildOf(root),
        ))
        .observe(
            |_: On<Pointer<Press>>, mut next: ResMut<NextState<Screen>>| {
                next.set(Screen::Home);
            },
        );
    let font = assets.font.clone();
    if let Some(left) = guard.0.locked_for(time.elapsed_secs_f64()) {
        let seconds = Words {
            count: left.ceil() as u32,
            ..Words::default()
        };
        let note = lines::say(messages, Key::GateLocked, &seconds).caption;
        mirror.screen = "parent-gate-locked";
        mirror.caption = note.clone();
        commands.spawn((
            widget::caption(messages.text(Key::ForGrownUps), font.clone(), 5.0),
            ChildOf(root),
        ));
        commands.spawn((widget::note_for_parent(note, font), ChildOf(root)));
        return;
    }

    let challenge = Challenge::draw(&mut dice.0);
    let key_in = messages.text(Key::GateKeyIn);
    let number = challenge.words(messages.language());
    mirror.caption = format!("{key_in} {number}");
    commands.spawn((widget::caption(key_in, font.clone(), 4.0), ChildOf(root)));
    commands.spawn((widget::caption(number, font.clone(), 6.5), ChildOf(root)));
    commands.spawn((
        widget::caption("_ _", font.clone(), 5.0),
        TypedDigits,
        ChildOf(root),
    ));
    commands.insert_resource(OpenChallenge(challenge));

    // Rows of flex boxes, not a grid: the pad was the game's only grid, and a rare layout
    // panic in WebKit came from taffy's grid code (CI, session 19).
    let pad = commands
        .spawn((
            Name::new("Number pad"),
            Node {
                flex_direction: FlexDirection::Column,
                align_items: AlignItems::Center,
                row_gap: Val::Px(12.0),
                ..default()
            },
            ChildOf(root),
        ))
        .id();
    // 1-9 in rows, then 0 in the middle of the last row, as on a phone.
    for row_digits in [&[1u32, 2, 3][..], &[4, 5, 6], &[7, 8, 9], &[0]] {
        let row = commands
            .spawn((
                Node {
                    column_gap: Val::Px(14.0),
                    ..default()
                },
                ChildOf(pad),
            ))
            .id();
        for &digit in row_digits {
            spawn_key(&mut commands, row, digit, font.clone());
        }
    }
}

fn spawn_key(commands: &mut Commands, row: Entity, digit: u32, font: Handle<Font>) {
    let mut key = commands.spawn((
        widget::text_key(KEY_IDS[digit as usize], &digit.to_string(), font),
        ChildOf(row),
    ));
    key.insert(Node {
        width: Val::Px(88.0),
        height: Val::Px(72.0),
        ..widget::text_key_node()
    });
    key.observe(
        move |_: On<Pointer<Press>>,
              challenge: Option<ResMut<OpenChallenge>>,
              mut guard: ResMut<Guard>,
              time: Res<Time<Real>>,
              mut next: ResMut<NextState<Screen>>| {
            let Some(mut challenge) = challenge else {
                return;
            };
            match challenge.0.press(digit) {
                KeyResult::More => {}
                KeyResult::Right => {
                    guard.0.answered(true, time.elapsed_secs_f64());
                    next.set(Screen::ParentArea);
                }
                KeyResult::Wrong => {
                    guard.0.answered(false, time.elapsed_secs_f64());
                    next.set(Screen::Home);
                }
            }
        },
    );
}

fn show_typed_digits(
    challenge: Option<Res<OpenChallenge>>,
    mut shown: Query<&mut Text, With<TypedDigits>>,
) {
    let Some(challenge) = challenge else {
        return;
    };
    if !challenge.is_changed() {
        return;
    }
    let typed: Vec<String> = challenge.0.typed().iter().map(u32::to_string).collect();
    let text = match typed.as_slice() {
        [] => "_ _".to_string(),
        [first] => format!("{first} _"),
        [first, second, ..] => format!("{first} {second}"),
    };
    for mut shown in &mut shown {
        shown.0.clone_from(&text);
    }
}

/// The ids of the number pad's keys, for tests.
pub fn key_id(digit: u32) -> &'static str {
    KEY_IDS[(digit % 10) as usize]
}

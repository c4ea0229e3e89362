//! The child's hands, headless: the heart drawn dot by dot, love sent to the grown-up in
//! peekaboo (the zap, the buzz, the answer), and the kiss from the journey's goodbye ritual
//! kept in the palm from then on.

use bevy::{picking::pointer::PointerId, prelude::*};
use see_you_soon::{
    flow::Screen,
    games::{
        journey::screen::QuickJourney,
        love::{hands::Love, rules::DOTS},
    },
    platform,
    progress::Progress,
    settings::Settings,
};

use crate::support::*;

fn spoken_since(from: usize) -> Vec<String> {
    platform::spoken_lines()[from..].to_vec()
}

/// Whether the kissed hand is shown (its own visibility; there is no renderer here).
fn kissing_hand_shown(app: &mut App) -> bool {
    let mut query = app
        .world_mut()
        .query::<(&see_you_soon::dom_mirror::TapTarget, &Visibility)>();
    query
        .iter(app.world())
        .any(|(target, visibility)| target.0 == "kissing-hand" && *visibility != Visibility::Hidden)
}

fn run_until_love(app: &mut App, label: &str, max_frames: usize) {
    for _ in 0..max_frames {
        if mirror(app).love == label {
            return;
        }
        app.update();
    }
    panic!("love never {label}; it is {:?}", mirror(app).love);
}

#[test]
fn a_heart_drawn_on_the_hand_sends_love_to_the_hidden_grown_up_who_sends_some_back() {
    let mut app = headless_game();
    app.world_mut().resource_mut::<Settings>().child_name = "Zoë".into();
    start_to_home(&mut app);
    let card = target(&mut app, "peekaboo");
    press(&mut app, card, PointerId::Touch(1));
    run_until(&mut app, Screen::Peekaboo, 5);
    assert!(target_ids(&mut app).contains(&"love-hand"));
    assert_eq!(mirror(&app).love, "drawing-0");

    let before = platform::spoken_lines().len();
    let buzzes_before = platform::vibrations().len();
    for dot in 1..=DOTS {
        let hand = target(&mut app, "love-hand");
        press(&mut app, hand, PointerId::Touch(2));
        app.update();
        let wanted = if dot == DOTS {
            "ready".to_string()
        } else {
            format!("drawing-{dot}")
        };
        assert_eq!(mirror(&app).love, wanted);
    }
    // Drawing buzzes nothing.
    assert_eq!(platform::vibrations().len(), buzzes_before);

    let hand = target(&mut app, "love-hand");
    press(&mut app, hand, PointerId::Touch(2));
    app.update();
    assert_eq!(mirror(&app).love, "sending");
    // The game behind is not disturbed by presses on the hand: still its first round.
    assert!(
        mirror(&app).state.ends_with("round-0"),
        "{}",
        mirror(&app).state
    );
    run_until_love(&mut app, "zapped", 60);
    app.update();
    assert_eq!(
        platform::vibrations()[buzzes_before..],
        [vec![90, 60, 90, 60, 90]]
    );
    run_until_love(&mut app, "felt", 120);
    run_until_love(&mut app, "ready", 60);
    assert_eq!(
        platform::vibrations()[buzzes_before..],
        [vec![90, 60, 90, 60, 90], vec![150]]
    );
    let said = spoken_since(before);
    for line in [
        "Mummy draws a heart on your hand: your Love Connection! Tap, tap, tap!",
        "A heart! Press it to send love to Mummy.",
        "Bzzzz! Mummy felt your love!",
        "Mummy sends love back to Zoë!",
    ] {
        assert!(said.iter().any(|s| s == line), "{line:?} not in {said:?}");
    }

    // Leaving the game keeps the heart drawn for the next one.
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::Home);
    run_until(&mut app, Screen::Home, 5);
    assert!(app.world().resource::<Love>().0.heart_is_drawn());
    assert_eq!(mirror(&app).love, "");
}

#[test]
fn the_goodbye_kiss_stays_in_the_palm_and_can_be_pressed_again() {
    let mut app = headless_game();
    app.insert_resource(QuickJourney(true));
    start_to_home(&mut app);
    let card = target(&mut app, "journey");
    press(&mut app, card, PointerId::Touch(1));
    run_until(&mut app, Screen::Journey, 5);
    assert!(!app.world().resource::<Progress>().palm_kissed);
    assert!(
        !kissing_hand_shown(&mut app),
        "no kissed hand before the kiss"
    );
    for _ in 0..(30 * 40) {
        if app.world().resource::<Progress>().palm_kissed {
            break;
        }
        app.update();
    }
    assert!(
        app.world().resource::<Progress>().palm_kissed,
        "the ritual's kiss reaches the palm"
    );
    app.update();
    app.update();
    assert!(kissing_hand_shown(&mut app));

    let before = platform::spoken_lines().len();
    let hand = target(&mut app, "kissing-hand");
    press(&mut app, hand, PointerId::Touch(4));
    for _ in 0..(30 * 12) {
        if spoken_since(before)
            .iter()
            .any(|s| s == "Mwah! A kiss from Mummy. I love you, Sam!")
        {
            return;
        }
        app.update();
    }
    panic!("the kiss was not said: {:?}", spoken_since(before));
}

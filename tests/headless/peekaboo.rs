//! Peekaboo played frame by frame with manual time: reveals come by themselves and on taps,
//! tap storms are harmless, the session can end it gently, and leaving needs a hold.

use bevy::{picking::pointer::PointerId, prelude::*};
use see_you_soon::{
    family_photos::FamilyPhotos,
    flow::{EndGently, Screen},
    games::peekaboo::{
        rules::{HidingStyle, Phase, Timing},
        stage::{Hiding, PeekabooGame},
    },
    progress::Progress,
    session::Session,
    settings::{Figure, GrownUp, GrownUps, Look, Settings, SettingsStatus, SkinTone},
    theme::figure::PhotoOf,
};

use crate::support::*;

/// Frames in `seconds` of play at the headless 30 frames a second.
fn frames(seconds: f32) -> usize {
    (seconds * 30.0).ceil() as usize
}

fn start_peekaboo(app: &mut App) {
    start_to_home(app);
    let card = target(app, "peekaboo");
    press(app, card, PointerId::Touch(1));
    run_until(app, Screen::Peekaboo, 5);
}

fn game(app: &App) -> &see_you_soon::games::peekaboo::rules::Peekaboo {
    &app.world().resource::<PeekabooGame>().0
}

fn state(app: &App) -> String {
    mirror(app).state.clone()
}

/// Runs frames until the mirrored state contains `part`; returns the frames it took.
fn run_until_state(app: &mut App, part: &str, max_frames: usize) -> usize {
    for frame in 0..max_frames {
        if state(app).contains(part) {
            return frame;
        }
        app.update();
    }
    panic!(
        "no {part:?} within {max_frames} frames; state {:?}",
        state(app)
    );
}

#[test]
fn with_no_taps_every_round_reaches_its_reveal() {
    let mut app = headless_game();
    start_peekaboo(&mut app);
    let longest_hide = frames(Timing::CUP_HIDING + Timing::HIDDEN_CEILING) + 2;
    let mut seen_captions = Vec::new();
    for round in 0..6 {
        let round_tag = format!("round-{round}");
        run_until_state(&mut app, &round_tag, frames(Timing::CELEBRATING) + 60);
        run_until_state(
            &mut app,
            ":hidden",
            frames(Timing::SHOWING + Timing::CUP_HIDING) + 2,
        );
        assert!(
            mirror(&app).caption.starts_with("Where's")
                || mirror(&app).caption.starts_with("Watch"),
            "round {round}: {:?}",
            mirror(&app).caption
        );
        let hidden_for = run_until_state(&mut app, ":revealing", longest_hide);
        assert!(
            hidden_for <= frames(Timing::HIDDEN_CEILING) + 1,
            "round {round}"
        );
        assert!(mirror(&app).caption.contains("Peekaboo!"));
        seen_captions.push(mirror(&app).caption.clone());
    }
    assert!(seen_captions.contains(&"Peekaboo! Mummy is back!".to_string()));
    assert!(seen_captions.contains(&"There's Teddy! Peekaboo!".to_string()));
    assert!(seen_captions.contains(&"There's Ducky! Peekaboo!".to_string()));
    // Six calm rounds climbed the ladder, and the progress keeps it for next time, in its
    // own record: the parent's settings were never rewritten for it.
    let wait = app.world().resource::<Progress>().peekaboo_wait;
    assert!(wait > Timing::LADDER_START, "{wait}");
    app.update();
    let kept = see_you_soon::platform::read_storage(see_you_soon::progress::STORAGE_KEY)
        .unwrap()
        .expect("the progress was written");
    assert!(kept.contains(&format!("{wait}")), "{kept}");
    assert_eq!(app.world().resource::<SettingsStatus>().saves, 0);
}

#[test]
fn a_tap_on_the_hiding_place_reveals_at_once_and_early_taps_are_absorbed() {
    let mut app = headless_game();
    start_peekaboo(&mut app);
    assert!(state(&app).starts_with("hands:showing"), "{}", state(&app));
    assert_eq!(mirror(&app).caption, "Here's Mummy!");
    let stage = target(&mut app, "hiding-place");

    // Taps while Mummy is in view only wobble.
    for _ in 0..10 {
        press(&mut app, stage, PointerId::Touch(2));
    }
    assert!(state(&app).starts_with("hands:showing"));

    run_until_state(
        &mut app,
        "hands:hidden",
        frames(Timing::SHOWING + Timing::HIDING) + 2,
    );
    assert_eq!(mirror(&app).caption, "Where's Mummy?");
    press(&mut app, stage, PointerId::Touch(3));
    assert!(
        state(&app).starts_with("hands:revealing"),
        "{}",
        state(&app)
    );
    assert_eq!(mirror(&app).caption, "Peekaboo! Mummy is back!");
}

#[test]
fn in_cup_rounds_a_wrong_cup_is_playful_and_the_right_cup_finds_the_toy() {
    let mut app = headless_game();
    start_peekaboo(&mut app);
    let stage = target(&mut app, "hiding-place");
    // Through the first rounds quickly: tap as soon as each hides.
    while !matches!(game(&app).style(), HidingStyle::ToyUnderCups { cups: 2 }) {
        if matches!(game(&app).phase(), Phase::Hidden { .. }) {
            press(&mut app, stage, PointerId::Touch(2));
        }
        app.update();
    }
    run_until_state(
        &mut app,
        "cups-2:hidden",
        frames(Timing::SHOWING + Timing::CUP_HIDING) + 2,
    );
    for (cup, shown) in [("cup-0", true), ("cup-1", true), ("cup-2", false)] {
        let entity = target(&mut app, cup);
        let visibility = app.world().get::<Visibility>(entity).unwrap();
        assert_eq!(*visibility != Visibility::Hidden, shown, "{cup}");
    }

    let toy = game(&app).toy_cup().unwrap();
    let wrong = 1 - toy;
    let wrong_cup = target(&mut app, ["cup-0", "cup-1"][wrong as usize]);
    press(&mut app, wrong_cup, PointerId::Touch(4));
    assert_eq!(mirror(&app).caption, "Not in there! Where's Ducky?");
    assert!(state(&app).starts_with("cups-2:hidden"));
    // The stage around the cups is not a hiding place in this round.
    press(&mut app, stage, PointerId::Touch(5));
    assert!(state(&app).starts_with("cups-2:hidden"));

    let right_cup = target(&mut app, ["cup-0", "cup-1"][toy as usize]);
    press(&mut app, right_cup, PointerId::Touch(6));
    assert!(
        state(&app).starts_with("cups-2:revealing"),
        "{}",
        state(&app)
    );
    assert_eq!(mirror(&app).caption, "There's Ducky! Peekaboo!");
}

#[test]
fn tap_storms_and_palms_never_stall_the_game() {
    let mut app = headless_game();
    start_peekaboo(&mut app);
    let mut rng: u32 = 0xBEEF;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 17;
        rng ^= rng << 5;
        rng
    };
    let mut rounds_seen = 0;
    let mut last_round = 0;
    for frame in 0..frames(90.0) {
        if frame % 3 == 0 {
            // Up to five fingers at once, anywhere: the stage, any cup, the leave corner.
            let ids = target_ids(&mut app);
            for finger in 0..(next() % 6) {
                let id = ids[next() as usize % ids.len()];
                let entity = target(&mut app, id);
                press(&mut app, entity, PointerId::Touch(u64::from(finger)));
                release(&mut app, entity, PointerId::Touch(u64::from(finger)));
            }
        }
        app.update();
        assert_eq!(
            screen(&app),
            Screen::Peekaboo,
            "quick taps never leave the game"
        );
        let round = game(&app).round();
        if round != last_round {
            rounds_seen += 1;
            last_round = round;
        }
    }
    // 90 s of storm still moves through rounds: every one ends on a reveal.
    assert!(rounds_seen >= 6, "only {rounds_seen} rounds in 90 s");
}

#[test]
fn when_the_session_ends_the_round_finishes_on_a_reveal_then_goes_home() {
    let mut app = headless_game();
    start_peekaboo(&mut app);
    run_until_state(
        &mut app,
        "hands:hidden",
        frames(Timing::SHOWING + Timing::HIDING) + 2,
    );
    app.world_mut().write_message(EndGently);
    app.update();
    assert!(
        state(&app).starts_with("hands:hidden"),
        "nobody is left hidden: {}",
        state(&app)
    );
    run_until_state(
        &mut app,
        "hands:revealing",
        frames(Timing::HIDDEN_CEILING) + 2,
    );
    run_until_state(
        &mut app,
        ":finished",
        frames(Timing::REVEALING + Timing::CELEBRATING) + 2,
    );
    assert!(
        mirror(&app).caption.contains("See you soon"),
        "{}",
        mirror(&app).caption
    );
    assert_eq!(game(&app).round(), 0, "no new round started");
    run_until(&mut app, Screen::Home, frames(4.0));
}

#[test]
fn leaving_needs_a_grown_up_hold() {
    let mut app = headless_game();
    start_peekaboo(&mut app);
    let leave = target(&mut app, "leave");
    for _ in 0..30 {
        press(&mut app, leave, PointerId::Touch(7));
        release(&mut app, leave, PointerId::Touch(7));
    }
    assert_eq!(screen(&app), Screen::Peekaboo);
    press(&mut app, leave, PointerId::Touch(8));
    run_until(&mut app, Screen::Home, frames(3.0));
}

/// The lines the stand-in voice was given since `from`.
fn spoken_since(from: usize) -> Vec<String> {
    see_you_soon::platform::spoken_lines()[from..].to_vec()
}

#[test]
fn every_prompt_is_spoken_with_the_names_and_the_narration_switch_silences_it() {
    let mut app = headless_game();
    {
        let mut settings = app.world_mut().resource_mut::<Settings>();
        settings.grown_ups = GrownUps::new(GrownUp {
            name: "Nana 👵🏽".into(),
            ..GrownUp::default()
        });
    }
    let before = see_you_soon::platform::spoken_lines().len();
    start_peekaboo(&mut app);
    run_until_state(
        &mut app,
        "hands:hidden",
        frames(Timing::SHOWING + Timing::HIDING) + 2,
    );
    let stage = target(&mut app, "hiding-place");
    press(&mut app, stage, PointerId::Touch(3));
    app.update();
    // "Tap to start!" is shown before the first tap but not said: browsers refuse speech then.
    assert_eq!(
        spoken_since(before),
        [
            "What shall we play today?",
            "Here's Nana!",
            "Where's Nana?",
            "Peekaboo! Nana is back!",
        ]
    );
    assert_eq!(mirror(&app).caption, "Peekaboo! Nana 👵🏽 is back!");

    // Narration off: the captions go on, the voice says nothing.
    app.world_mut().resource_mut::<Settings>().sound.narration = false;
    let before = see_you_soon::platform::spoken_lines().len();
    run_until_state(&mut app, "round-1", frames(10.0));
    run_until_state(&mut app, "hidden", frames(10.0));
    let caption = &mirror(&app).caption;
    assert!(
        caption.starts_with("Where's") || caption.starts_with("Watch"),
        "{caption}"
    );
    assert_eq!(spoken_since(before), Vec::<String>::new());
}

#[test]
fn a_hidden_tab_pauses_the_round_and_the_session_clock_and_both_resume() {
    let mut app = headless_game();
    start_peekaboo(&mut app);
    run_until_state(
        &mut app,
        ":hidden",
        frames(Timing::SHOWING + Timing::CUP_HIDING) + 2,
    );
    let before = state(&app);
    let played = app.world().resource::<Session>().0.played();

    see_you_soon::platform::set_page_hidden(true);
    // A minute away: far longer than the grown-up ever stays hidden.
    for _ in 0..frames(60.0) {
        app.update();
    }
    assert_eq!(state(&app), before, "the round waited");
    let played_hidden = app.world().resource::<Session>().0.played();
    assert!(
        played_hidden - played < 0.1,
        "{played} s played, then {played_hidden} s while hidden"
    );

    see_you_soon::platform::set_page_hidden(false);
    run_until_state(&mut app, ":revealing", frames(Timing::HIDDEN_CEILING) + 2);
    let played_back = app.world().resource::<Session>().0.played();
    assert!(played_back > played_hidden, "the session counts again");
}

#[test]
fn in_a_family_of_two_home_asks_who_hides_and_that_one_hides_as_their_own_photo() {
    let mut app = headless_game();
    let mut family = GrownUps::new(GrownUp {
        name: "Mummy".into(),
        look: Look::Fox,
    });
    let grandad = family
        .add(GrownUp {
            name: "Grandad 👴🏿".into(),
            look: Look::Person {
                figure: Figure::OlderMan,
                tone: SkinTone::Dark,
            },
        })
        .unwrap();
    app.insert_resource(Settings {
        grown_ups: family,
        ..Settings::default()
    });
    // Grandad's photo, kept on the device (a plain warm square will do).
    let side = see_you_soon::platform::page::PHOTO_SIDE as usize;
    see_you_soon::platform::keep_photo(
        &see_you_soon::platform::page::photo_key(grandad.index()),
        vec![200; side * side * 4],
    );
    start_to_home(&mut app);
    let card = target(&mut app, "peekaboo");
    press(&mut app, card, PointerId::Touch(1));
    app.update();
    // Not straight to the game: both faces, to choose who hides.
    assert_eq!(screen(&app), Screen::Home);
    assert_eq!(mirror(&app).state, "who-hides");
    let ids = target_ids(&mut app);
    assert!(
        ids.contains(&"hides-1") && ids.contains(&"hides-2"),
        "{ids:?}"
    );
    // Their names under the faces, as the game's font draws them: the emoji (which it has
    // not) left out rather than shown as a box.
    let mut texts = app.world_mut().query::<&Text>();
    let words: Vec<String> = texts.iter(app.world()).map(|t| t.0.clone()).collect();
    assert!(words.iter().any(|w| w == "Mummy"), "{words:?}");
    assert!(words.iter().any(|w| w == "Grandad"), "{words:?}");
    assert!(!words.iter().any(|w| w.contains('👴')), "{words:?}");
    let face = target(&mut app, "hides-2");
    press(&mut app, face, PointerId::Touch(2));
    run_until(&mut app, Screen::Peekaboo, 5);
    assert_eq!(mirror(&app).caption, "Here's Grandad 👴🏿!");
    assert_eq!(app.world().resource::<Hiding>().0, grandad);

    // He hides as his photo: the stage's photo is his, and it shows; no drawn figure does.
    app.update();
    let photo = app
        .world()
        .resource::<FamilyPhotos>()
        .of(grandad)
        .cloned()
        .expect("his photo is loaded");
    // (No renderer here to work out what is visible: each level's own switch is checked.)
    let mut photos = app
        .world_mut()
        .query::<(&PhotoOf, &ImageNode, &Visibility, &ChildOf)>();
    let on_stage: Vec<_> = photos
        .iter(app.world())
        .filter(|(whose, image, visible, _)| {
            whose.0 == grandad.into() && image.image == photo && **visible == Visibility::Inherited
        })
        .map(|(_, _, _, parent)| parent.parent())
        .filter(|frame| {
            app.world().get::<Name>(*frame).map(|n| n.as_str()) == Some("Photo")
                && app.world().get::<Visibility>(*frame) == Some(&Visibility::Inherited)
        })
        .collect();
    assert_eq!(on_stage.len(), 1, "Grandad's photo shows on the stage");
    let mut named = app.world_mut().query::<(&Name, &Visibility)>();
    let drawn: Vec<_> = named
        .iter(app.world())
        .filter(|(name, _)| name.as_str() == "GrownUp")
        .map(|(_, visible)| *visible)
        .collect();
    assert_eq!(drawn, [Visibility::Hidden], "no drawn grown-up beside it");
}

//! The journey home played frame by frame with manual time: a whole short journey passes
//! through its four parts in order, taps help, the picture is kept for the reunion, and the
//! end of a session hurries the grown-up home instead of stopping midway.

use bevy::{picking::pointer::PointerId, prelude::*};
use see_you_soon::{
    family_photos::Whose,
    flow::{EndGently, Screen},
    games::journey::{
        rules::{Journey, Part},
        screen::{JourneyGame, QuickJourney},
    },
    platform::{
        keep_photo,
        page::{CHILD_PHOTO_KEY, PHOTO_SIDE, photo_key},
    },
    session::Session,
    settings::{JourneyTheme, Place, Settings},
    theme::figure::PhotoOf,
};

use crate::support::*;

fn frames(seconds: f32) -> usize {
    (seconds * 30.0).ceil() as usize
}

fn start_journey(app: &mut App, quick: bool) {
    app.insert_resource(QuickJourney(quick));
    start_to_home(app);
    let card = target(app, "journey");
    press(app, card, PointerId::Touch(1));
    run_until(app, Screen::Journey, 5);
}

fn journey(app: &App) -> &Journey {
    &app.world().resource::<JourneyGame>().0
}

fn state(app: &App) -> String {
    mirror(app).state.clone()
}

fn run_until_state(app: &mut App, part: &str, max_frames: usize) {
    for _ in 0..max_frames {
        if state(app).contains(part) {
            return;
        }
        app.update();
    }
    panic!(
        "no {part:?} within {max_frames} frames; state {:?}",
        state(app)
    );
}

#[test]
fn a_whole_short_journey_goes_ritual_meanwhile_way_home_reunion() {
    let mut app = headless_game();
    start_journey(&mut app, true);
    let mut parts = vec![];
    let mut captions = vec![];
    let limit = frames(Journey::shortest() + Journey::reunion_seconds() + 10.0);
    for _ in 0..limit {
        if screen(&app) != Screen::Journey {
            break;
        }
        let part = journey(&app).part();
        if parts.last() != Some(&part) {
            parts.push(part);
        }
        let caption = mirror(&app).caption.clone();
        if captions.last() != Some(&caption) {
            captions.push(caption);
        }
        app.update();
    }
    assert_eq!(
        parts,
        [
            Part::Ritual,
            Part::Meanwhile,
            Part::WayHome,
            Part::Reunion,
            Part::Finished
        ]
    );
    assert_eq!(screen(&app), Screen::Home, "the journey ended by itself");
    let said = captions.join(" | ");
    for line in [
        "Give Mummy a big hug!",
        "See you soon,",
        "Mummy is at work",
        "Mummy is on the bus!",
        "Knock knock!",
        "It's Mummy! Mummy is home!",
        "I always come back to you",
    ] {
        assert!(said.contains(line), "{line:?} not in {said}");
    }
}

/// Runs frames until the caption starts with `start`; with an empty `start`, until the line
/// on screen has had its time (it stays on screen, but the next line will show at once).
fn run_until_caption(app: &mut App, start: &str, max_frames: usize) {
    for _ in 0..max_frames {
        let caption = &mirror(app).caption;
        let narrator = app.world().resource::<see_you_soon::narration::Narrator>();
        if start.is_empty() && !narrator.is_speaking() {
            return;
        }
        if !start.is_empty() && caption.starts_with(start) {
            return;
        }
        app.update();
    }
    panic!(
        "no caption {start:?} within {max_frames} frames: {:?}",
        mirror(app).caption
    );
}

#[test]
fn taps_play_the_ritual_colour_the_picture_and_help_on_the_way() {
    let mut app = headless_game();
    start_journey(&mut app, true);
    let step = target(&mut app, "step");
    press(&mut app, step, PointerId::Touch(1));
    assert_eq!(state(&app), "ritual:hug:acting");
    assert_eq!(mirror(&app).caption, "A big hug!");
    run_until_state(&mut app, "meanwhile", frames(40.0));
    // Where the grown-up is and what the clock means are told first, each left on screen long
    // enough to read (no voice here); a tap's answer comes after them.
    assert!(
        mirror(&app).caption.starts_with("Mummy is at work"),
        "{}",
        mirror(&app).caption
    );
    run_until_caption(&mut app, "When the big hand reaches the heart", frames(8.0));
    run_until_caption(&mut app, "", frames(8.0));

    // A colour, then two areas.
    let blue = target(&mut app, "paint-1");
    press(&mut app, blue, PointerId::Touch(2));
    assert_eq!(mirror(&app).caption, "Blue!");
    for area in ["area-0", "area-2"] {
        let area = target(&mut app, area);
        press(&mut app, area, PointerId::Touch(3));
    }
    assert_eq!(state(&app), "meanwhile:coloured-2");

    run_until_state(&mut app, "way:", frames(40.0));
    let before = journey(&app).way();
    let help = target(&mut app, "help");
    press(&mut app, help, PointerId::Touch(4));
    assert!(state(&app).ends_with(":helped"), "{}", state(&app));
    assert!(journey(&app).way() > before);
    assert!(mirror(&app).caption.contains("Bye-bye, work!"));

    run_until_state(&mut app, "reunion:knock:waiting", frames(60.0));
    let knock = target(&mut app, "step");
    press(&mut app, knock, PointerId::Touch(5));
    assert_eq!(mirror(&app).caption, "Knock, knock!");
    run_until_state(&mut app, "reunion:admire:acting", frames(30.0));
    assert_eq!(mirror(&app).caption, "What a beautiful picture, Sam!");
    assert_eq!(
        journey(&app).picture().coloured(),
        2,
        "kept for the reunion"
    );
}

#[test]
fn the_fox_family_tells_the_same_journey_its_own_way() {
    let mut app = headless_game();
    app.world_mut().resource_mut::<Settings>().journey_theme = JourneyTheme::Foxes;
    start_journey(&mut app, true);
    run_until_state(&mut app, "meanwhile", frames(40.0));
    assert!(
        mirror(&app).caption.contains("meadow"),
        "{}",
        mirror(&app).caption
    );
    run_until_state(&mut app, "way:riding", frames(60.0));
    assert!(
        mirror(&app).caption.contains("forest"),
        "{}",
        mirror(&app).caption
    );
}

#[test]
fn the_end_of_the_session_brings_the_grown_up_home_not_a_stop() {
    let mut app = headless_game();
    start_journey(&mut app, false);
    // A five-minute session: the journey fills it.
    let length = journey(&app).length();
    assert!(length > 200.0, "{length}");
    run_until_state(&mut app, "meanwhile", frames(40.0));
    // The parent's clock runs out early (as if peekaboo had used most of it).
    app.world_mut().write_message(EndGently);
    app.update();
    assert_eq!(journey(&app).part(), Part::WayHome);
    run_until_state(&mut app, "reunion:", frames(12.0));
    // Then the reunion plays out, and since the session is over, All done follows.
    let mut session = app.world_mut().resource_mut::<Session>();
    session.0.tick(10_000.0, true);
    run_until(&mut app, Screen::AllDone, frames(40.0));
}

/// The photos shown now (each level's own switch, as there is no renderer here): whose, and
/// the name of the picture they sit in.
fn photos_shown(app: &mut App) -> Vec<(Whose, String)> {
    let mut photos = app.world_mut().query::<(&PhotoOf, &Visibility, &ChildOf)>();
    photos
        .iter(app.world())
        .filter(|(_, visible, _)| **visible == Visibility::Inherited)
        .map(|(whose, _, parent)| {
            let name = app
                .world()
                .get::<Name>(parent.parent())
                .map_or(String::new(), |n| n.as_str().to_string());
            (whose.0, name)
        })
        .collect()
}

/// With the first grown-up's and the child's photos kept, the photos shown at meanwhile after
/// a tap on Home's `card` ("journey", or "my-turn" for the child's turn).
fn photos_at_meanwhile(card: &str) -> Vec<(Whose, String)> {
    let mut app = headless_game();
    let side = PHOTO_SIDE as usize;
    keep_photo(&photo_key(0), vec![200; side * side * 4]);
    keep_photo(CHILD_PHOTO_KEY, vec![90; side * side * 4]);
    app.insert_resource(QuickJourney(true));
    start_to_home(&mut app);
    let card = target(&mut app, card);
    press(&mut app, card, PointerId::Touch(1));
    run_until(&mut app, Screen::Journey, 5);
    run_until_state(&mut app, "meanwhile", frames(40.0));
    app.update();
    photos_shown(&mut app)
}

#[test]
fn the_childs_photo_hangs_at_work_and_rides_the_clock_on_the_childs_own_way_home() {
    let mummy = Whose::GrownUp(Place::FIRST);
    let (wall, clock) = ("Where the traveller is", "Away, on the hand");
    // The grown-up away: the child's photo on the wall at work, the grown-up's on the clock.
    // The child's turn: the child's photo is the one away, the grown-up's hangs at school.
    for (card, on_the_wall, on_the_clock) in [
        ("journey", Whose::Child, mummy),
        ("my-turn", mummy, Whose::Child),
    ] {
        let shown = photos_at_meanwhile(card);
        assert!(
            shown.contains(&(on_the_wall, wall.into()))
                && shown.contains(&(on_the_clock, clock.into())),
            "{card}: {on_the_wall:?} on the wall, {on_the_clock:?} on the clock: {shown:?}"
        );
    }
}

//! The screen flow: Loading → Start → Home → each screen and back, and the parent corner.

use bevy::{picking::pointer::PointerId, prelude::*};
use see_you_soon::{flow::Screen, theme::hold::HoldToActivate};
use see_you_soon_model::lines::{Key, LANGUAGES, Messages};
use skrifa::{FontRef, MetadataProvider};

use crate::support::*;

#[test]
fn loading_start_home_and_each_game() {
    let mut app = headless_game();
    app.update();
    assert_eq!(screen(&app), Screen::Loading);
    assert_eq!(mirror(&app).screen, "loading");

    finish_loading(&mut app);
    assert_eq!(target_ids(&mut app), ["start"]);
    assert_eq!(mirror(&app).screen, "start");
    assert_eq!(mirror(&app).caption, "Tap to start!");

    let start = target(&mut app, "start");
    press(&mut app, start, PointerId::Touch(1));
    run_until(&mut app, Screen::Home, 5);
    assert_eq!(
        target_ids(&mut app),
        [
            "calendar", "journey", "morning", "my-turn", "parent", "peekaboo"
        ]
    );
    assert_eq!(mirror(&app).screen, "home");
    assert_eq!(mirror(&app).caption, "What shall we play today?");

    // Peekaboo opens the game itself.
    let peekaboo = target(&mut app, "peekaboo");
    press(&mut app, peekaboo, PointerId::Touch(2));
    run_until(&mut app, Screen::Peekaboo, 5);
    assert_eq!(mirror(&app).screen, "peekaboo");
    assert!(target_ids(&mut app).contains(&"hiding-place"));
    assert!(
        !target_ids(&mut app).contains(&"peekaboo"),
        "Home's targets are gone"
    );
    let leave = target(&mut app, "leave");
    press(&mut app, leave, PointerId::Touch(3));
    run_until(&mut app, Screen::Home, 30 * 3);

    // The journey opens its ritual; leaving it needs the same hold.
    let journey = target(&mut app, "journey");
    press(&mut app, journey, PointerId::Touch(2));
    run_until(&mut app, Screen::Journey, 5);
    assert_eq!(mirror(&app).screen, "journey");
    assert!(
        mirror(&app).caption.contains("hug"),
        "{}",
        mirror(&app).caption
    );
    assert!(target_ids(&mut app).contains(&"step"));
    assert!(
        !target_ids(&mut app).contains(&"journey"),
        "Home's targets are gone"
    );
    let leave = target(&mut app, "leave");
    press(&mut app, leave, PointerId::Touch(3));
    run_until(&mut app, Screen::Home, 30 * 3);
    assert!(target_ids(&mut app).contains(&"journey"));
    assert!(!target_ids(&mut app).contains(&"step"));
}

#[test]
fn the_parent_corner_needs_a_hold_not_taps() {
    let mut app = headless_game();
    start_to_home(&mut app);
    let corner = target(&mut app, "parent");

    // Fifty quick taps: never enough.
    for _ in 0..50 {
        press(&mut app, corner, PointerId::Touch(7));
        release(&mut app, corner, PointerId::Touch(7));
    }
    assert_eq!(screen(&app), Screen::Home);
    let hold = app.world().get::<HoldToActivate>(corner).unwrap();
    assert_eq!(hold.progress(), 0.0);

    // A held finger: about two seconds later the grown-ups' gate opens.
    press(&mut app, corner, PointerId::Touch(8));
    run_until(&mut app, Screen::ParentGate, 30 * 3);
    assert_eq!(mirror(&app).screen, "parent-gate");
    let back = target(&mut app, "back");
    press(&mut app, back, PointerId::Mouse);
    run_until(&mut app, Screen::Home, 5);
}

#[test]
fn every_asset_path_exists() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    for path in see_you_soon::assets::paths::ALL {
        assert!(root.join(path).is_file(), "missing asset {path}");
    }
    // Every grown-up a parent can pick has a portrait and hands.
    for look in see_you_soon::settings::Look::all() {
        for path in [look.portrait_path(), look.hands_path()] {
            assert!(root.join(&path).is_file(), "missing picture {path}");
        }
    }
}

#[test]
fn the_fonts_have_every_letter_the_game_draws_itself() {
    // The engine draws only the game's own captions (the page draws the bubble and the form).
    // Its own font covers Latin with accents, Cyrillic and typographic punctuation; Arabic
    // and Chinese come from a font of their script's letters, fetched for that language only.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let read = |path: &str| std::fs::read(root.join(path)).unwrap();
    let own = read(see_you_soon::assets::paths::FONT);
    let own = FontRef::new(&own).expect("the font parses");
    let printable_ascii = (0x20u8..0x7f).map(char::from).collect::<String>();
    let english =
        "For grown-ups: key in _ _ Tap to start! Café naïve Zoë Chloé Ærø “quoted” it’s … – —";
    for language in LANGUAGES {
        let (messages, problems) = Messages::read(
            language,
            std::fs::read_to_string(root.join(format!("lang/{}.ftl", language.code))).unwrap(),
        );
        assert!(problems.is_empty(), "{problems:?}");
        let script_font = match language.code {
            "ar" => Some(read("fonts/NotoSansArabic-Bold-subset.ttf")),
            "zh" => Some(read("fonts/NotoSansSC-Bold-subset.otf")),
            _ => None,
        };
        let script_font = script_font
            .as_deref()
            .map(|f| FontRef::new(f).expect("parses"));
        let captions: String = see_you_soon::screens::CARD_CAPTIONS
            .into_iter()
            .chain([Key::MondayShort, Key::TuesdayShort, Key::WednesdayShort])
            .chain([Key::ThursdayShort, Key::FridayShort, Key::SaturdayShort])
            .chain([Key::SundayShort, Key::ForGrownUps])
            .map(|key| messages.text(key))
            .collect();
        let missing: Vec<char> = captions
            .chars()
            .chain(english.chars())
            .chain(printable_ascii.chars())
            .filter(|c| !c.is_whitespace())
            .filter(|c| own.charmap().map(*c).is_none())
            .filter(|c| {
                script_font
                    .as_ref()
                    .is_none_or(|f| f.charmap().map(*c).is_none())
            })
            .collect();
        assert!(
            missing.is_empty(),
            "{}: no glyph for {missing:?}",
            language.code
        );
    }
}

#[test]
fn a_picture_that_cannot_be_loaded_is_replaced_by_a_plain_shape() {
    let mut app = headless_game();
    let missing: Handle<Image> = app
        .world()
        .resource::<AssetServer>()
        .load("images/not-shipped.png");
    for _ in 0..300 {
        app.update();
        if app.world().resource::<Assets<Image>>().contains(&missing) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    let images = app.world().resource::<Assets<Image>>();
    let stand_in = images
        .get(&missing)
        .expect("a stand-in took the missing picture's place");
    assert_eq!(stand_in.size(), UVec2::new(64, 64));
    // Opaque in the middle, clear in the corners: a round shape, not a square.
    let alpha = |x: u32, y: u32| stand_in.data.as_ref().unwrap()[((y * 64 + x) * 4 + 3) as usize];
    assert_eq!(alpha(32, 32), 255);
    assert_eq!(alpha(0, 0), 0);
}

#[test]
fn the_games_files_wait_until_home_has_been_seen_a_moment() {
    use see_you_soon::{
        assets::{GameAssets, HOME_FIRST_SECONDS, JourneyPictures},
        sound::MusicBegun,
    };
    let begun = |app: &App| app.world().resource::<MusicBegun>().0;
    let mut app = headless_game();
    finish_loading(&mut app);
    let start = target(&mut app, "start");
    press(&mut app, start, PointerId::Touch(1));
    run_until(&mut app, Screen::Home, 5);
    // Start and Home come first: nothing of the games is asked for yet.
    assert!(app.world().get_resource::<GameAssets>().is_none());
    assert!(app.world().get_resource::<JourneyPictures>().is_none());
    assert!(!begun(&app));
    for _ in 0..((HOME_FIRST_SECONDS * 30.0) as usize + 5) {
        app.update();
    }
    assert!(app.world().get_resource::<GameAssets>().is_some());
    assert!(app.world().get_resource::<JourneyPictures>().is_some());
    assert!(begun(&app));

    // A game chosen at once still finds its files asked for.
    let mut quick = headless_game();
    start_to_home(&mut quick);
    let card = target(&mut quick, "peekaboo");
    press(&mut quick, card, PointerId::Touch(2));
    run_until(&mut quick, Screen::Peekaboo, 5);
    assert!(quick.world().get_resource::<GameAssets>().is_some());
    assert!(begun(&quick));
}

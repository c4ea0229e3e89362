//! Drives the screen flow in a headless app (no window, no renderer), with the real assets,
//! pressing targets the way the picking backend would.

use std::time::Duration;

use bevy::{
    audio::AudioPlugin,
    camera::NormalizedRenderTarget,
    image::{CompressedImageFormats, ImageLoader, ImagePlugin},
    picking::{
        backend::HitData,
        pointer::{Location, PointerButton, PointerId},
    },
    prelude::*,
    state::app::StatesPlugin,
    text::TextPlugin,
    time::TimeUpdateStrategy,
};
use see_you_soon::{
    dom_mirror::{DomMirror, TapTarget},
    screens::Screen,
    theme::hold::HoldToActivate,
};
use skrifa::{FontRef, MetadataProvider};

/// A game without a window: 1/30 s a frame, so timers advance predictably.
fn headless_game() -> App {
    let mut app = App::new();
    app.add_plugins((
        MinimalPlugins,
        StatesPlugin,
        AssetPlugin::default(),
        ImagePlugin::default(),
        TextPlugin,
        AudioPlugin::default(),
    ));
    app.insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_secs_f32(
        1.0 / 30.0,
    )));
    // The renderer normally registers the PNG loader; there is no renderer here.
    app.register_asset_loader(ImageLoader::new(CompressedImageFormats::empty()));
    app.add_plugins(see_you_soon::game_plugin);
    // What `App::run` would do: some plugins (the image loader) only register here.
    app.finish();
    app.cleanup();
    app
}

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

/// Runs frames until the screen changes to `wanted`, failing after `max_frames`.
fn run_until(app: &mut App, wanted: Screen, max_frames: usize) {
    for _ in 0..max_frames {
        app.update();
        if screen(app) == wanted {
            // One more frame so the new screen's entities exist.
            app.update();
            return;
        }
    }
    panic!(
        "still on {:?} after {max_frames} frames, wanted {wanted:?}",
        screen(app)
    );
}

fn target(app: &mut App, id: &str) -> Entity {
    let mut query = app.world_mut().query::<(Entity, &TapTarget)>();
    let found: Vec<Entity> = query
        .iter(app.world())
        .filter(|(_, t)| t.0 == id)
        .map(|(e, _)| e)
        .collect();
    assert_eq!(
        found.len(),
        1,
        "expected exactly one target {id:?}, found {found:?}"
    );
    found[0]
}

fn target_ids(app: &mut App) -> Vec<&'static str> {
    let mut query = app.world_mut().query::<&TapTarget>();
    let mut ids: Vec<_> = query.iter(app.world()).map(|t| t.0).collect();
    ids.sort();
    ids
}

fn location() -> Location {
    Location {
        target: NormalizedRenderTarget::None {
            width: 1024,
            height: 768,
        },
        position: Vec2::new(512.0, 384.0),
    }
}

fn pointer_event<E: std::fmt::Debug + Clone + Reflect>(
    app: &mut App,
    entity: Entity,
    pointer: PointerId,
    event: E,
) {
    app.world_mut()
        .trigger(Pointer::new(pointer, location(), event, entity));
    app.update();
}

fn hit() -> HitData {
    HitData::new(Entity::PLACEHOLDER, 0.0, None, None)
}

/// What the UI picking backend sends when a finger comes down on `entity`.
fn press(app: &mut App, entity: Entity, pointer: PointerId) {
    let event = Press {
        button: PointerButton::Primary,
        hit: hit(),
        count: 1,
    };
    pointer_event(app, entity, pointer, event);
}

fn release(app: &mut App, entity: Entity, pointer: PointerId) {
    let event = Release {
        button: PointerButton::Primary,
        hit: hit(),
    };
    pointer_event(app, entity, pointer, event);
}

fn mirror(app: &App) -> &DomMirror {
    app.world().resource::<DomMirror>()
}

/// Loading reads real files on other threads: give it wall-clock time, not just frames.
fn finish_loading(app: &mut App) {
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while screen(app) == Screen::Loading {
        if std::time::Instant::now() > deadline {
            let assets = app.world().resource::<see_you_soon::assets::GameAssets>();
            let server = app.world().resource::<AssetServer>();
            panic!(
                "assets did not settle within 20 s: font {:?} start {:?} chime {:?}",
                server.get_load_state(&assets.font),
                server.get_load_state(&assets.start),
                server.get_load_state(&assets.tap_chime),
            );
        }
        app.update();
        std::thread::sleep(Duration::from_millis(5));
    }
    app.update();
    assert_eq!(screen(app), Screen::Start);
}

fn start_to_home(app: &mut App) {
    finish_loading(app);
    let start = target(app, "start");
    press(app, start, PointerId::Mouse);
    run_until(app, Screen::Home, 5);
}

#[test]
fn loading_start_home_and_each_placeholder() {
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
    assert_eq!(target_ids(&mut app), ["journey", "parent", "peekaboo"]);
    assert_eq!(mirror(&app).screen, "home");
    assert!(mirror(&app).caption.contains("Peekaboo"));

    // Each game picture leads to its "coming soon" screen, whose home button returns.
    for (card, placeholder, name) in [
        ("peekaboo", Screen::Peekaboo, "peekaboo-coming-soon"),
        ("journey", Screen::Journey, "journey-coming-soon"),
    ] {
        let entity = target(&mut app, card);
        press(&mut app, entity, PointerId::Touch(2));
        run_until(&mut app, placeholder, 5);
        assert_eq!(mirror(&app).screen, name);
        assert!(mirror(&app).caption.contains("coming soon"));
        assert_eq!(target_ids(&mut app), ["home"], "Home's targets are gone");

        let home = target(&mut app, "home");
        press(&mut app, home, PointerId::Touch(3));
        run_until(&mut app, Screen::Home, 5);
        assert_eq!(target_ids(&mut app), ["journey", "parent", "peekaboo"]);
    }
}

#[test]
fn a_placeholder_returns_home_by_itself() {
    let mut app = headless_game();
    start_to_home(&mut app);
    let card = target(&mut app, "journey");
    press(&mut app, card, PointerId::Mouse);
    run_until(&mut app, Screen::Journey, 5);
    // Six seconds at 30 frames a second, with some slack.
    run_until(&mut app, Screen::Home, 30 * 7);
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

    // A held finger: about two seconds later the placeholder opens.
    press(&mut app, corner, PointerId::Touch(8));
    run_until(&mut app, Screen::ParentArea, 30 * 3);
    assert_eq!(mirror(&app).screen, "parent-placeholder");
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
}

#[test]
fn the_font_has_the_letters_of_family_names() {
    // "Zoë", "Мама", "Chloé", "Ærøskøbing", "Ελένη", "Şükrü": every character needs a glyph.
    let font = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets")
            .join(see_you_soon::assets::paths::FONT),
    )
    .unwrap();
    let font = FontRef::new(&font).expect("the font parses");
    let charmap = font.charmap();
    let missing: Vec<char> = "ZoëМамаChloéÆrøskøbingΕλένηŞükrüĐặng ’!?…"
        .chars()
        .filter(|c| charmap.map(*c).is_none())
        .collect();
    assert!(missing.is_empty(), "no glyph for {missing:?}");
}

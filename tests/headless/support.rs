//! Shared helpers: a headless game with the real assets, and presses delivered the way the
//! picking backend would deliver them.

use std::time::Duration;

use bevy::{
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
    flow::Screen,
};

/// A game without a window: 1/30 s a frame, so timers advance predictably.
pub fn headless_game() -> App {
    let mut app = App::new();
    app.add_plugins((
        MinimalPlugins,
        StatesPlugin,
        AssetPlugin::default(),
        ImagePlugin::default(),
        TextPlugin,
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

pub fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

/// Runs frames until the screen changes to `wanted`, failing after `max_frames`.
pub fn run_until(app: &mut App, wanted: Screen, max_frames: usize) {
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

pub fn target(app: &mut App, id: &str) -> Entity {
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

pub fn target_ids(app: &mut App) -> Vec<&'static str> {
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

pub fn pointer_event<E: std::fmt::Debug + Clone + Reflect>(
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
pub fn press(app: &mut App, entity: Entity, pointer: PointerId) {
    let event = Press {
        button: PointerButton::Primary,
        hit: hit(),
        count: 1,
    };
    pointer_event(app, entity, pointer, event);
}

pub fn release(app: &mut App, entity: Entity, pointer: PointerId) {
    let event = Release {
        button: PointerButton::Primary,
        hit: hit(),
    };
    pointer_event(app, entity, pointer, event);
}

pub fn mirror(app: &App) -> &DomMirror {
    app.world().resource::<DomMirror>()
}

/// Loading reads real files on other threads: give it wall-clock time, not just frames.
pub fn finish_loading(app: &mut App) {
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while screen(app) == Screen::Loading {
        if std::time::Instant::now() > deadline {
            let assets = app.world().resource::<see_you_soon::assets::LaunchAssets>();
            let server = app.world().resource::<AssetServer>();
            panic!(
                "assets did not settle within 20 s: font {:?} start {:?}",
                server.get_load_state(&assets.font),
                server.get_load_state(&assets.start),
            );
        }
        app.update();
        std::thread::sleep(Duration::from_millis(5));
    }
    app.update();
    assert_eq!(screen(app), Screen::Start);
}

pub fn start_to_home(app: &mut App) {
    finish_loading(app);
    let start = target(app, "start");
    press(app, start, PointerId::Mouse);
    run_until(app, Screen::Home, 5);
}

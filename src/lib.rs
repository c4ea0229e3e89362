//! See You Soon: a calm game about grown-ups who always come back.
//!
//! `app()` builds the full game for the browser (or a native window); `game_plugin` adds
//! the same game logic without a renderer, for tests.

pub mod assets;
pub mod crash_drill;
pub mod dom_mirror;
pub mod family_photos;
pub mod flow;
pub mod frames;
pub mod games;
pub mod hidden_tab;
pub mod narration;
pub mod parent;
pub mod platform;
pub mod practice;
pub mod progress;
pub mod screens;
pub mod session;
pub mod settings;
pub mod sound;
pub mod theme;

use bevy::{app::PluginGroupBuilder, asset::AssetMetaCheck, prelude::*, window::WindowResolution};

/// The canvas in `web/index.html` that the game draws into.
pub const CANVAS_SELECTOR: &str = "#game";

/// The whole game with a window and a renderer.
pub fn app() -> App {
    let mut app = App::new();
    app.add_plugins(engine_plugins());
    app.add_plugins(game_plugin);
    app.add_systems(Startup, spawn_camera);
    app
}

/// Bevy's plugins, set up for the page: drawn into its canvas, no `.meta` requests.
/// The benchmark's bare app uses the same, so the two are measured alike.
pub fn engine_plugins() -> PluginGroupBuilder {
    let plugins = DefaultPlugins
        .set(AssetPlugin {
            // There are no `.meta` files: asking for them would make failing requests.
            meta_check: AssetMetaCheck::Never,
            ..default()
        })
        .set(WindowPlugin {
            primary_window: Some(Window {
                title: "See You Soon".to_string(),
                canvas: Some(CANVAS_SELECTOR.to_string()),
                fit_canvas_to_parent: true,
                // The page, not the browser, owns every touch: no scrolling, zooming or menus.
                prevent_default_event_handling: true,
                resolution: WindowResolution::new(1024, 768),
                ..default()
            }),
            ..default()
        });
    // Without LogPlugin (the `bevy_log` feature is off): its subscriber and run-time filter
    // cost 68 KB of wasm for filters the game never sets.
    platform::start_console_log();
    plugins
}

/// Everything of the game that does not need a window: states, screens, theme, assets.
pub fn game_plugin(app: &mut App) {
    app.add_plugins(frames::plugin);
    app.add_plugins((
        flow::plugin,
        settings::plugin,
        progress::plugin,
        assets::plugin,
        crash_drill::plugin,
        dom_mirror::plugin,
        family_photos::plugin,
        narration::plugin,
        sound::plugin,
        theme::plugin,
        screens::plugin,
        games::plugin,
        hidden_tab::plugin,
        parent::plugin,
        session::plugin,
    ));
    app.add_plugins(practice::plugin);
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn((
        Name::new("Camera"),
        Camera2d,
        // Flat 2D art needs no multisampling, and software WebGL runs far faster without it.
        Msaa::Off,
    ));
}

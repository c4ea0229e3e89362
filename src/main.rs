// No console window on Windows release builds; the game is meant for the browser anyway.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> bevy::app::AppExit {
    see_you_soon::app().run()
}

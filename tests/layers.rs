//! The layer order of `src/`, read from its `crate::` paths: each part of the game may use only
//! the parts below it, so the import graph has no cycles and a newcomer can tell which file may
//! change what. The model crate (`model/`) is below all of them; it has no Bevy, and the
//! compiler keeps it so.
//!
//! Upward imports that are still there are listed in `STILL_UPWARD`, each to be removed: the
//! test fails on any other, and on a listed one that has gone (so the list stays true).

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::Path,
};

/// Lowest first. A part may use parts of a lower layer, never of its own or a higher one.
const LAYERS: &[&[&str]] = &[
    // The page's contract and every call to the browser.
    &["platform"],
    // Where the child is: the screen, whether a game is on it, the session's gentle end.
    &["flow", "frames"],
    &["settings", "progress", "dom_mirror"],
    // Services every screen uses.
    &[
        "narration",
        "assets",
        "family_photos",
        "session",
        "hidden_tab",
        "crash_drill",
    ],
    // The grown-up's part off the screen: it counts sessions and reads the games' progress.
    &["practice"],
    &["sound"],
    &["theme"],
    // What every game shares: the session's end, the way out; then the child's hands, which
    // every game shows.
    &["games"],
    &["games/love"],
    // The views.
    &[
        "screens",
        "parent",
        "games/peekaboo",
        "games/journey",
        "games/calendar",
        "games/morning",
        "games/device",
    ],
];

/// Upward (or sideways) imports still to be turned around: (from, to).
const STILL_UPWARD: &[(&str, &str)] = &[];

const GAMES: &[&str] = &[
    "peekaboo", "journey", "calendar", "love", "morning", "device",
];

fn layer_of(part: &str) -> usize {
    LAYERS
        .iter()
        .position(|layer| layer.contains(&part))
        .unwrap_or_else(|| panic!("`{part}` has no layer: add it to LAYERS"))
}

/// The part a file belongs to: its top-level module, or `games/<game>` inside a game's folder.
fn part_of_file(relative: &Path) -> Option<String> {
    let parts: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    match parts.as_slice() {
        [only] if only == "lib" || only == "main" => None,
        [games, game, ..] if games == "games" && GAMES.contains(&game.as_str()) => {
            Some(format!("games/{game}"))
        }
        [games, _] if games == "games" => Some("games".into()),
        [top, ..] => Some(top.clone()),
        [] => None,
    }
}

/// The code without comments and without the unit tests at the end of a file.
fn code_of(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or("");
    text.lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The items of a `{ … }` group starting at `text[0] == '{'`, split at top-level commas.
fn group_items(text: &str) -> Vec<&str> {
    let mut depth = 0;
    let mut start = 1;
    let mut items = Vec::new();
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    items.push(&text[start..i]);
                    break;
                }
            }
            ',' if depth == 1 => {
                items.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items
        .into_iter()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// The parts a path after `crate::` names (a group names several).
fn parts_named(path: &str, into: &mut BTreeSet<String>) {
    let path = path.trim_start();
    if path.starts_with('{') {
        for item in group_items(path) {
            parts_named(item, into);
        }
        return;
    }
    let first: String = path
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    // `self`, and items at the crate's root (`crate::CANVAS_SELECTOR`), name no part.
    if first.is_empty() || first == "self" || first.starts_with(|c: char| c.is_uppercase()) {
        return;
    }
    if first == "games" {
        let rest = path[first.len()..].trim_start();
        let rest = rest.strip_prefix("::").unwrap_or("").trim_start();
        if rest.starts_with('{') {
            for item in group_items(rest) {
                let game: String = item
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                into.insert(if GAMES.contains(&game.as_str()) {
                    format!("games/{game}")
                } else {
                    "games".into()
                });
            }
            return;
        }
        let game: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let is_game = GAMES.contains(&game.as_str()) && rest[game.len()..].starts_with("::");
        into.insert(if is_game {
            format!("games/{game}")
        } else {
            "games".into()
        });
        return;
    }
    into.insert(first);
}

/// Every (from, to) pair of parts in `src/`.
fn imports() -> BTreeMap<(String, String), BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = BTreeMap::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let relative = path.strip_prefix(&src).unwrap().to_path_buf();
            let Some(from) = part_of_file(&relative) else {
                continue;
            };
            let code = code_of(&fs::read_to_string(&path).unwrap());
            let mut named = BTreeSet::new();
            for (at, _) in code.match_indices("crate::") {
                parts_named(&code[at + "crate::".len()..], &mut named);
            }
            for to in named {
                if to != from {
                    found
                        .entry((from.clone(), to))
                        .or_insert_with(BTreeSet::new)
                        .insert(relative.display().to_string());
                }
            }
        }
    }
    found
}

#[test]
fn every_import_points_down_the_layers() {
    let still_upward: BTreeSet<(String, String)> = STILL_UPWARD
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    let mut new_upward = Vec::new();
    let mut seen_upward = BTreeSet::new();
    for ((from, to), files) in imports() {
        if layer_of(&to) < layer_of(&from) {
            continue;
        }
        if still_upward.contains(&(from.clone(), to.clone())) {
            seen_upward.insert((from, to));
        } else {
            new_upward.push(format!("{from} -> {to} (in {files:?})"));
        }
    }
    let gone: Vec<_> = still_upward.difference(&seen_upward).collect();
    assert!(
        new_upward.is_empty() && gone.is_empty(),
        "imports against the layer order (a part may use only lower layers):\n{}\n\
         upward imports that are gone (take them off STILL_UPWARD): {gone:?}",
        new_upward.join("\n")
    );
}

#[test]
fn the_reader_finds_imports_in_groups_and_paths() {
    let mut named = BTreeSet::new();
    parts_named(
        "{dom_mirror::DomMirror, games::{EndGently, journey::rules::X}, narration::{self, Line}};",
        &mut named,
    );
    parts_named("games::peekaboo::rules::Timing::LADDER_START", &mut named);
    parts_named("games::screen_after_the_goodbye(None)", &mut named);
    let expected: BTreeSet<String> = [
        "dom_mirror",
        "games",
        "games/journey",
        "games/peekaboo",
        "narration",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(named, expected);
}

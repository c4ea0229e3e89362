//! Mirrors what the canvas shows into the page: the current screen, the current caption and
//! where each tappable thing is. Screen readers read the captions; browser tests use all three
//! to tap where a child would and to check every target is big enough.

use bevy::{prelude::*, ui::UiSystems};
use serde::Serialize;

use crate::platform;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<DomMirror>();
    app.add_systems(
        PostUpdate,
        (collect_tap_targets, sync_to_page)
            .chain()
            .after(UiSystems::Layout),
    );
}

/// What the page should currently say about the game.
#[derive(Resource, Default, Debug, Clone, PartialEq)]
pub struct DomMirror {
    pub screen: &'static str,
    pub caption: String,
    pub targets: Vec<TargetRect>,
}

/// Marks a UI node as something to tap, with a stable name for tests.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct TapTarget(pub &'static str);

/// A target's box in CSS pixels (the window's logical pixels).
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct TargetRect {
    pub id: &'static str,
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

fn collect_tap_targets(
    targets: Query<(&TapTarget, &ComputedNode, &UiGlobalTransform, &InheritedVisibility)>,
    mut mirror: ResMut<DomMirror>,
) {
    let mut rects: Vec<TargetRect> = targets
        .iter()
        .filter(|(_, _, _, visible)| visible.get())
        .map(|(target, node, transform, _)| {
            let to_css = node.inverse_scale_factor();
            let size = node.size() * to_css;
            let center = transform.translation * to_css;
            TargetRect {
                id: target.0,
                x: center.x - size.x / 2.0,
                y: center.y - size.y / 2.0,
                w: size.x,
                h: size.y,
            }
        })
        .collect();
    rects.sort_by(|a, b| a.id.cmp(b.id));
    // Only touch the resource when something moved, so the page is written rarely.
    if mirror.targets != rects {
        mirror.targets = rects;
    }
}

fn sync_to_page(mirror: Res<DomMirror>, mut last: Local<DomMirror>) {
    if !mirror.is_changed() {
        return;
    }
    if mirror.screen != last.screen {
        platform::set_screen(mirror.screen);
    }
    if mirror.caption != last.caption {
        platform::announce(&mirror.caption);
    }
    if mirror.targets != last.targets {
        platform::set_tap_targets(&serde_json::to_string(&mirror.targets).unwrap_or_default());
    }
    *last = mirror.clone();
}

//! Layout that follows the tablet as it turns: side by side in landscape, stacked in portrait.

use bevy::{prelude::*, window::PrimaryWindow};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, flow_with_orientation);
}

/// A container whose children sit in a row on a wide screen and in a column on a tall one.
#[derive(Component, Debug, Default, Clone, Copy)]
pub struct FlowWithOrientation;

/// Row for landscape (and square), column for portrait.
pub fn direction_for(size: Vec2) -> FlexDirection {
    if size.y > size.x {
        FlexDirection::Column
    } else {
        FlexDirection::Row
    }
}

fn flow_with_orientation(
    window: Option<Single<&Window, With<PrimaryWindow>>>,
    mut containers: Query<&mut Node, With<FlowWithOrientation>>,
) {
    let Some(window) = window else {
        return;
    };
    let direction = direction_for(window.size());
    for mut node in &mut containers {
        // Compare first: writing unconditionally would mark the layout dirty every frame.
        if node.flex_direction != direction {
            node.flex_direction = direction;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tablet_orientations() {
        assert_eq!(direction_for(Vec2::new(1024., 768.)), FlexDirection::Row);
        assert_eq!(direction_for(Vec2::new(768., 1024.)), FlexDirection::Column);
        assert_eq!(direction_for(Vec2::new(500., 500.)), FlexDirection::Row);
    }
}

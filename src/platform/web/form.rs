//! The parent's settings form over the canvas: shown, hidden, its status lines, and what the
//! parent typed read back into [`FormValues`].

use std::cell::RefCell;

use wasm_bindgen::{JsCast, closure::Closure};
use web_sys::{Element, Event, HtmlInputElement, HtmlSelectElement};

use super::{body, document};
use crate::platform::{
    FormEvent,
    page::{self, FormValues, OtherGrownUp, field},
};

thread_local! {
    /// Save and close presses from the form, waiting for the game to pick them up.
    static FORM_EVENTS: RefCell<Vec<FormEvent>> = const { RefCell::new(Vec::new()) };
}

const PARENT_AREA_ID: &str = "parent-area";

/// The container over the canvas, created once with its listeners.
fn parent_area() -> Option<Element> {
    let document = document()?;
    if let Some(existing) = document.get_element_by_id(PARENT_AREA_ID) {
        return Some(existing);
    }
    let area = document.create_element("div").ok()?;
    area.set_id(PARENT_AREA_ID);
    let _ = area.set_attribute("hidden", "");
    document.body()?.append_child(&area).ok()?;

    let on_submit = Closure::<dyn FnMut(Event)>::new(|event: Event| {
        event.prevent_default();
        let form_id = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .map(|form| form.id())
            .unwrap_or_default();
        let submitted = if form_id == page::STEPS_FORM_ID {
            Some(FormEvent::EditSteps(read_steps()))
        } else {
            read_form().map(|values| FormEvent::Save(Box::new(values)))
        };
        if let Some(submitted) = submitted {
            FORM_EVENTS.with_borrow_mut(|events| events.push(submitted));
        }
    });
    let _ = area.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
    on_submit.forget();
    let on_click = Closure::<dyn FnMut(Event)>::new(|event: Event| {
        let button = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.closest("[data-action]").ok().flatten());
        let Some(button) = button else {
            return;
        };
        let data = |name: &str| button.get_attribute(name).unwrap_or_default();
        let pressed = match data("data-action").as_str() {
            "close" => Some(FormEvent::Close),
            "tick" => Some(FormEvent::Tick(data("data-felt"))),
            "untick" => Some(FormEvent::Untick),
            "move-to" => data("data-rung").parse().ok().map(FormEvent::MoveTo),
            "forget-log" => Some(FormEvent::ForgetLog),
            _ => None,
        };
        if let Some(pressed) = pressed {
            FORM_EVENTS.with_borrow_mut(|events| events.push(pressed));
        }
    });
    let _ = area.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
    Some(area)
}

pub fn show_parent_form(html: &str) {
    if let Some(area) = parent_area() {
        area.set_inner_html(html);
        let _ = area.remove_attribute("hidden");
        if let Some(body) = body() {
            let _ = body.class_list().add_1("parent-area-open");
        }
    }
}

pub fn hide_parent_form() {
    if let Some(area) = document().and_then(|d| d.get_element_by_id(PARENT_AREA_ID)) {
        area.set_inner_html("");
        let _ = area.set_attribute("hidden", "");
    }
    if let Some(body) = body() {
        let _ = body.class_list().remove_1("parent-area-open");
    }
}

/// Replaces the lines at the top of the form (saved, not saved, what was reset).
pub fn set_parent_status(lines: &[String]) {
    let Some(status) = document().and_then(|d| d.get_element_by_id("parent-status")) else {
        return;
    };
    status.set_inner_html("");
    let Some(document) = document() else {
        return;
    };
    for line in lines {
        if let Ok(p) = document.create_element("p") {
            p.set_class_name("status-line");
            p.set_text_content(Some(line));
            let _ = status.append_child(&p);
        }
    }
}

/// Replaces one section of the parent area (`id`), leaving the rest, and what the parent is
/// typing there, as it is.
pub fn replace_parent_section(id: &str, html: &str) {
    if let Some(section) = document().and_then(|d| d.get_element_by_id(id)) {
        section.set_outer_html(html);
    }
}

pub fn take_parent_form_event() -> Option<FormEvent> {
    FORM_EVENTS.with_borrow_mut(|events| (!events.is_empty()).then(|| events.remove(0)))
}

fn form_element(name: &str, extra: &str) -> Option<Element> {
    document()?
        .query_selector(&format!("#parent-form [name=\"{name}\"]{extra}"))
        .ok()
        .flatten()
}

fn text_field(name: &str) -> String {
    let Some(element) = form_element(name, "") else {
        return String::new();
    };
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
        select.value()
    } else {
        String::new()
    }
}

fn radio_field(name: &str) -> String {
    form_element(name, ":checked")
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

fn checkbox_field(name: &str) -> bool {
    form_element(name, "")
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        .is_some_and(|input| input.checked())
}

/// The practice steps' fields, in order (`step-0`, `step-1`, … until one is missing).
fn read_steps() -> Vec<String> {
    let Some(document) = document() else {
        return Vec::new();
    };
    (0..)
        .map_while(|i| {
            document
                .query_selector(&format!(
                    "#{} [name=\"{}\"]",
                    page::STEPS_FORM_ID,
                    field::step(i)
                ))
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        })
        .map(|input| input.value())
        .collect()
}

fn read_form() -> Option<FormValues> {
    form_element(field::CHILD_NAME, "")?;
    Some(FormValues {
        child_name: text_field(field::CHILD_NAME),
        grown_up_preset: text_field(field::GROWN_UP_PRESET),
        grown_up_other: text_field(field::GROWN_UP_OTHER),
        grown_up_look: radio_field(field::GROWN_UP_LOOK),
        others: std::array::from_fn(|i| OtherGrownUp {
            name: text_field(&field::other_name(i + 1)),
            look: radio_field(&field::other_look(i + 1)),
        }),
        away_today: radio_field(field::AWAY_TODAY),
        session_minutes: radio_field(field::SESSION_MINUTES),
        journey_theme: radio_field(field::JOURNEY_THEME),
        anchor: radio_field(field::ANCHOR),
        anchor_other: text_field(field::ANCHOR_OTHER),
        reunion_line: text_field(field::REUNION_LINE),
        narration: checkbox_field(field::NARRATION),
        effects: checkbox_field(field::EFFECTS),
        music: checkbox_field(field::MUSIC),
        voice: text_field(field::VOICE),
        language: text_field(field::LANGUAGE),
        motion: radio_field(field::MOTION),
        week: std::array::from_fn(|i| text_field(&field::day(i))),
        ritual: std::array::from_fn(|i| text_field(&field::ritual(i))),
        meanwhile: text_field(field::MEANWHILE),
        pick_up_time: text_field(field::PICK_UP_TIME),
    })
}

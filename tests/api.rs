//! The public API description (`src/embed/api.json`), from which the loader takes the attributes
//! it watches and the release writes the Custom Elements Manifest, matches the widget.

use std::fs;

use body_map::model::ATTRIBUTES;
use serde_json::Value;

fn api() -> Value {
    let text = fs::read_to_string("src/embed/api.json").expect("src/embed/api.json");
    serde_json::from_str(&text).expect("src/embed/api.json is JSON")
}

fn names(list: &Value) -> Vec<String> {
    list.as_array()
        .expect("a list")
        .iter()
        .map(|item| item["name"].as_str().expect("a name").to_owned())
        .collect()
}

#[test]
fn attributes_are_the_ones_the_widget_reads() {
    assert_eq!(names(&api()["attributes"]), ATTRIBUTES.map(str::to_owned));
}

#[test]
fn every_attribute_event_and_part_is_described() {
    let api = api();
    for kind in ["attributes", "events", "parts"] {
        for item in api[kind].as_array().expect("a list") {
            let text = item["description"].as_str().unwrap_or_default();
            assert!(
                text.len() > 10,
                "{kind}: {} has no description",
                item["name"]
            );
        }
    }
}

#[test]
fn parts_are_on_elements_of_the_widget() {
    let ui: String = fs::read_dir("src/ui")
        .expect("src/ui")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .map(|path| fs::read_to_string(path).expect("text"))
        .collect();
    for part in names(&api()["parts"]) {
        assert!(
            ui.contains(&format!("part=\"{part}\"")),
            "no element has part=\"{part}\""
        );
    }
}

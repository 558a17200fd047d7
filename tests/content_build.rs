//! Bad content stops the build: a change planted in a copy of the project makes
//! `cargo check --target wasm32-unknown-unknown` fail, naming the file, the path and the id.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::{env, fs};

use serde_json::Value;

fn copy(from: &Path, to: &Path) {
    if from.is_dir() {
        fs::create_dir_all(to).unwrap();
        for entry in fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            copy(&entry.path(), &to.join(entry.file_name()));
        }
    } else {
        fs::create_dir_all(to.parent().unwrap()).unwrap();
        fs::copy(from, to).unwrap();
    }
}

/// The error output of `cargo check` for wasm in a copy of the project named `name` whose
/// content file `file` was changed by `change`; panics if the check passes.
fn check_with(name: &str, file: &str, change: impl FnOnce(&mut Value)) -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let work = root.join("target/content-check");
    let project = work.join(name);
    let _ = fs::remove_dir_all(&project);
    for item in ["Cargo.toml", "Cargo.lock", "build.rs", "src", "content"] {
        copy(&root.join(item), &project.join(item));
    }
    let path = project.join("content").join(file);
    let mut json: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    change(&mut json);
    fs::write(&path, serde_json::to_string_pretty(&json).unwrap()).unwrap();

    let output = Command::new(env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["check", "--offline", "--target", "wasm32-unknown-unknown"])
        .current_dir(&project)
        .env("CARGO_TARGET_DIR", work.join("target"))
        .output()
        .expect("cargo runs");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(!output.status.success(), "the build must fail:\n{stderr}");
    stderr
}

#[test]
fn a_dangling_region_id_stops_the_build_with_its_file_and_path() {
    let stderr = check_with("dangling", "muscles-neck.json", |json| {
        json["muscles"][0]["trigger_points"][0]["essential"][0] = "no-such-region-left".into();
    });
    let expected = "content/muscles-neck.json: muscles[0].trigger_points[0].essential[0]: \
                    unknown region \"no-such-region-left\"";
    assert!(
        stderr.contains(expected),
        "expected {expected:?} in:\n{stderr}"
    );
}

#[test]
fn a_region_the_figure_does_not_draw_stops_the_build() {
    let stderr = check_with("undrawn", "regions.json", |json| {
        let regions = json["regions"].as_array_mut().unwrap();
        for (side, en, es) in [("left", "Left", "izquierdo"), ("right", "Right", "derecho")] {
            regions.push(serde_json::json!({
                "id": format!("elbow-{side}"),
                "view": "front",
                "side": side,
                "name": { "en": format!("{en} elbow"), "es": format!("Codo {es}") },
                "in_scope": false
            }));
        }
    });
    let expected = "content/regions.json: region \"elbow-left\" is not drawn on the front view";
    assert!(
        stderr.contains(expected),
        "expected {expected:?} in:\n{stderr}"
    );
}

#[test]
fn a_trigger_point_without_drawn_referral_zones_stops_the_build() {
    let stderr = check_with("undrawn-zone", "muscles-back.json", |json| {
        let muscles = json["muscles"].as_array_mut().unwrap();
        let rhomboids = muscles.iter_mut().find(|m| m["id"] == "rhomboids").unwrap();
        let tps = rhomboids["trigger_points"].as_array_mut().unwrap();
        let copy = tps[0].clone();
        tps.push(copy);
    });
    let expected = "src/geometry/referral.rs: trigger point 3 of \"rhomboids\" has essential \
                    regions but no essential zone drawn";
    assert!(
        stderr.contains(expected),
        "expected {expected:?} in:\n{stderr}"
    );
}

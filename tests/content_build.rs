//! Bad content stops the build: a dangling region id planted in a copy of the project makes
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

#[test]
fn a_dangling_region_id_stops_the_build_with_its_file_and_path() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let work = root.join("target/content-check");
    let project = work.join("project");
    let _ = fs::remove_dir_all(&project);
    for item in ["Cargo.toml", "Cargo.lock", "build.rs", "src", "content"] {
        copy(&root.join(item), &project.join(item));
    }
    let file = project.join("content/muscles-neck.json");
    let mut json: Value = serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
    json["muscles"][0]["trigger_points"][0]["essential"][0] = "no-such-region-left".into();
    fs::write(&file, serde_json::to_string_pretty(&json).unwrap()).unwrap();

    let output = Command::new(env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["check", "--offline", "--target", "wasm32-unknown-unknown"])
        .current_dir(&project)
        .env("CARGO_TARGET_DIR", work.join("target"))
        .output()
        .expect("cargo runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "the build must fail:\n{stderr}");
    let expected = "content/muscles-neck.json: muscles[0].trigger_points[0].essential[0]: \
                    unknown region \"no-such-region-left\"";
    assert!(
        stderr.contains(expected),
        "expected {expected:?} in:\n{stderr}"
    );
}

//! Minifies the content JSON into OUT_DIR, so the widget carries no indentation.

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=content");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for entry in fs::read_dir("content").expect("content/ exists") {
        let path = entry.expect("readable content/").path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("readable content file");
        // Invalid JSON is copied as it is: the model reports it with its path at load.
        let minified = serde_json::from_str::<serde_json::Value>(&text)
            .map(|v| v.to_string())
            .unwrap_or(text);
        let name = path.file_name().expect("a file name");
        fs::write(Path::new(&out).join(name), minified).expect("writable OUT_DIR");
    }
}

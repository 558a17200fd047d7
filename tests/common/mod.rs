//! Fixtures shared by the native test files: the pain-region areas of design.md section 2.
#![allow(dead_code)]

/// Areas of one view (each as `-left` and `-right`), or its midline regions.
pub const FRONT_AREAS: &[&str] = &[
    "forehead",
    "temple",
    "eye",
    "cheek-jaw",
    "neck-front",
    "chest",
    "shoulder-front",
    "upper-arm-front",
    "forearm-front",
    "hand-thumb-side",
    "hand-little-finger-side",
    "abdomen-upper",
    "abdomen-lower",
    "groin",
    "thigh-front",
    "knee-front",
    "shin",
    "foot",
];
/// Areas of one view (each as `-left` and `-right`), or its midline regions.
pub const FRONT_MID: &[&str] = &["sternum"];
/// Areas of one view (each as `-left` and `-right`), or its midline regions.
pub const BACK_AREAS: &[&str] = &[
    "crown",
    "occiput",
    "behind-ear",
    "neck-back-upper",
    "neck-back-lower",
    "neck-angle",
    "shoulder-top",
    "shoulder-back",
    "scapula-upper",
    "scapula",
    "scapula-medial-border",
    "scapula-lower-angle",
    "mid-back",
    "flank",
    "low-back",
    "iliac-crest",
    "si-joint",
    "buttock-upper",
    "buttock-lower",
    "outer-hip",
    "upper-arm-back",
    "forearm-back",
    "hand-back",
    "thigh-back",
    "knee-back",
    "calf",
    "heel",
];
/// Areas of one view (each as `-left` and `-right`), or its midline regions.
pub const BACK_MID: &[&str] = &["upper-back-spine", "lumbar-spine", "sacrum", "coccyx"];

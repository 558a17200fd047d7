//! The 33 vertebrae, generated from the segment counts.

/// How many vertebrae the figure draws.
pub const VERTEBRA_COUNT: usize = 33;
/// How many intervertebral discs there are (none between skull and C1 or C1 and C2).
pub const DISC_COUNT: usize = 23;

/// A vertebra with its segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Vertebra {
    /// Label, e.g. `C1`, `T12`, `S3`, `Co1`.
    pub label: &'static str,
    /// `cervical`, `thoracic`, `lumbar`, `sacrum` or `coccyx`.
    pub segment: &'static str,
}

const LABELS: [&str; VERTEBRA_COUNT] = [
    "C1", "C2", "C3", "C4", "C5", "C6", "C7", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9",
    "T10", "T11", "T12", "L1", "L2", "L3", "L4", "L5", "S1", "S2", "S3", "S4", "S5", "Co1", "Co2",
    "Co3", "Co4",
];

/// All 33 vertebrae, head to tail.
pub fn vertebrae() -> impl Iterator<Item = Vertebra> {
    LABELS.iter().map(|&label| Vertebra {
        label,
        segment: match label.as_bytes() {
            [b'C', b'o', ..] => "coccyx",
            [b'C', ..] => "cervical",
            [b'T', ..] => "thoracic",
            [b'L', ..] => "lumbar",
            _ => "sacrum",
        },
    })
}

//! Text primitives every capability shares: offset maps, normalisation, script profiles.

pub mod normalize;
pub mod offsets;
pub mod script;

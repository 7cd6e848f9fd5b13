//! Chinese script conversion, byte-identical to OpenCC 1.4.2, with offsets.
//!
//! [`Converter`] runs any of OpenCC's 16 configurations ([`Config`]) over dictionaries compiled into the
//! library at build time (OpenCC 1.4.2's data, vendored in `data/opencc/`). [`fold_to_simplified`] folds text
//! in any Chinese script to one Simplified form for matching.
//!
//! ```
//! use zoulang::convert::{convert, Config};
//! assert_eq!(convert("信息港", Config::S2twp), "資訊港");
//! ```

mod config;
#[cfg(test)]
mod conformance;
mod converter;
mod fold;
mod hash;
mod matcher;
mod overlays;
#[cfg(test)]
mod properties;
mod stream;
mod tables;

pub use config::Config;
pub use converter::{Converter, dictionary_bytes};
pub use fold::fold_to_simplified;
pub(crate) use fold::{FoldStage, for_each_fold_entry};
pub use overlays::Overlay;
pub use stream::{ConvertStream, HOLD_AFTER_INVALID};

/// Converts `text` with `config` (a shortcut for [`Converter::new`] then [`Converter::convert`]).
///
/// O(n) in the length of `text`, plus the converter lookup.
///
/// ```
/// use zoulang::convert::{convert, Config};
/// assert_eq!(convert("人工智慧", Config::Tw2sp), "人工智能");
/// ```
pub fn convert(text: &str, config: Config) -> String {
    Converter::new(config).convert(text)
}

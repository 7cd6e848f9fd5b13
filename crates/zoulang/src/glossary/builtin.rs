//! The built-in China–ASEAN glossary, compiled into the library from `data/glossary/` (see its README).

use std::sync::OnceLock;

use crate::glossary::io::table::{read_header, read_row};
use crate::glossary::model::Glossary;

include!(concat!(env!("OUT_DIR"), "/glossary_builtin.rs"));

fn build() -> Glossary {
    let mut concepts = Vec::new();
    let mut lines = Vec::new();
    for (file, header, rows) in BUILTIN_FILES {
        let cols =
            read_header(header, file, 0).expect("built-in glossary header is valid (tested)");
        for (line, cells) in *rows {
            let c = read_row(&cols, cells, file, *line, true)
                .expect("built-in glossary rows are valid (tested)");
            if let Some(c) = c {
                concepts.push(c);
                lines.push(*line);
            }
        }
    }
    Glossary::with_source(concepts, "built-in glossary", &lines)
        .expect("built-in glossary ids are unique (checked by the build)")
}

impl Glossary {
    /// The built-in China–ASEAN glossary: the 11 ASEAN member states and China, their capitals and
    /// official languages (names from Unicode CLDR 49), ASEAN and China–ASEAN institutions, agreements,
    /// mechanisms, hubs, zones, companies and universities, in en, zh-Hans, zh-Hant (with Taiwan and Hong
    /// Kong forms where they differ), vi, th, lo, km, my, ms, id and fil where names exist. Each entry
    /// carries its sources and a status. Built once per process and shared: O(1) after the first call.
    /// `.clone()` gives a glossary of your own to [`Glossary::extend`].
    ///
    /// ```
    /// let g = zoulang::Glossary::builtin();
    /// assert!(g.len() > 80);
    /// assert_eq!(g.concept("country_timor_leste").unwrap().category, "country");
    /// // Matches borrow from the shared glossary, so they may outlive the statement.
    /// let found = zoulang::Glossary::builtin().find("寮國");
    /// assert_eq!(found[0].id, "country_laos");
    /// ```
    pub fn builtin() -> &'static Glossary {
        static BUILTIN: OnceLock<Glossary> = OnceLock::new();
        BUILTIN.get_or_init(build)
    }
}

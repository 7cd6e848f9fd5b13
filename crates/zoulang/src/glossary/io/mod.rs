//! Glossary file formats: TSV, CSV, OmegaT, JSON and TBX, each with a reader and a writer.

pub(crate) mod csv;
pub(crate) mod json;
pub(crate) mod omegat;
pub(crate) mod table;
pub(crate) mod tbx;
pub(crate) mod tsv;

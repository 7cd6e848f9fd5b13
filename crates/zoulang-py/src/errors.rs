//! The one place that maps `zoulang::Error` to the Python exception classes of `zoulang.exceptions`.

use pyo3::exceptions::{PyOverflowError, PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::PyType;

/// The Python exception class name for each error kind (the classes live in `zoulang/exceptions.py`).
fn class_name(e: &zoulang::Error) -> &'static str {
    use zoulang::Error as E;
    match e {
        E::UnknownLanguage { .. } | E::UnsupportedLanguage { .. } => "LanguageError",
        E::UnknownValue { .. } | E::InvalidArgument(_) => "ArgumentError",
        E::InvalidUtf8 { .. } => "EncodingError",
        E::Parse { .. } => "FormatError",
        E::FileNotFound { .. } => "MissingFileError",
        E::Io { .. } => "FileError",
        E::TooLarge { .. } | E::FieldTooLarge { .. } => "InputTooLargeError",
        _ => "ZoulangError",
    }
}

/// Converts a core error into the matching `zoulang.exceptions` class, carrying its message.
pub fn to_py(e: zoulang::Error) -> PyErr {
    Python::attach(|py| {
        let msg = e.to_string();
        match py
            .import("zoulang.exceptions")
            .and_then(|m| m.getattr(class_name(&e)))
            .and_then(|c| c.cast_into::<PyType>().map_err(PyErr::from))
        {
            Ok(cls) => PyErr::from_type(cls, (msg,)),
            Err(_) => PyRuntimeError::new_err(msg),
        }
    })
}

/// `?`-friendly conversion: `core_call().map_err(to_py)?` reads as `core_call().py()?`.
pub trait IntoPy<T> {
    /// Maps the error to its Python exception.
    fn py(self) -> PyResult<T>;
}

impl<T> IntoPy<T> for zoulang::Result<T> {
    fn py(self) -> PyResult<T> {
        self.map_err(to_py)
    }
}

/// Extracts the argument `name` as an offset, index or length (`usize`), or a container of them: a negative
/// (or too large) integer raises `ArgumentError` naming the argument instead of Python's `OverflowError`,
/// and a value of another type raises `TypeError` naming it, as pyo3 does for a typed argument.
pub fn unsigned_arg<'py, T: FromPyObjectOwned<'py>>(
    name: &str,
    value: &Bound<'py, PyAny>,
) -> PyResult<T> {
    let py = value.py();
    value.extract::<T>().map_err(Into::into).map_err(|e: PyErr| {
        if e.is_instance_of::<PyOverflowError>(py) {
            let mut repr = value.repr().map_or_else(|_| "?".into(), |r| r.to_string());
            if repr.chars().count() > 60 {
                repr = repr.chars().take(57).collect::<String>() + "...";
            }
            to_py(zoulang::Error::InvalidArgument(format!(
                "`{name}` takes non-negative integers (offsets, indices and lengths); got {repr} ({})",
                e.value(py)
            )))
        } else if e.get_type(py).is(py.get_type::<PyTypeError>()) {
            PyTypeError::new_err(format!("argument '{name}': {}", e.value(py)))
        } else {
            e
        }
    })
}

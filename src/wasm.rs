//! The WebAssembly binding (written next).

//! Helpers shared by the integration tests (each test crate uses a part).
#![allow(dead_code)]

pub mod cli;
pub mod faults;
pub mod screen;
pub mod strategies;

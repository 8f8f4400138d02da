//! Read-time defaults per group.

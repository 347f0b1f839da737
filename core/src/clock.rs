//! The time every table uses: seconds since the Unix epoch (leases need milliseconds). One
//! place, so that a test or a benchmark can see every caller and no module grows its own.

/// Seconds since the Unix epoch, the unit of every time column.
pub fn now_unix() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// Milliseconds since the Unix epoch (leases need finer time than the tables' seconds).
pub fn now_millis() -> i64 {
    (time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64
}

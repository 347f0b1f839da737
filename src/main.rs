//! The `faro` binary: one executable for the server, the checks and the operators' commands.

mod cli;
mod commands;
mod telemetry;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    telemetry::init(telemetry::format(&cli));
    match commands::run(cli) {
        Ok(code) => code,
        Err(error) => {
            // `{:#}` prints the whole cause chain on one line.
            eprintln!("faro: {error:#}");
            ExitCode::FAILURE
        }
    }
}

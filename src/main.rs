//! The `tongbao` command: arguments in, exit code out.

fn main() -> std::process::ExitCode {
    tongbao::cmd::run(std::env::args_os())
}

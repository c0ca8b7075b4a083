//! The `tongbao` command: arguments in, exit code out.

/// A fast allocator for many small allocations from several threads.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    tongbao::cmd::run(std::env::args_os())
}

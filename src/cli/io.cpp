#include "recover/cli/io.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace recover {

namespace {

/// How a step on a file fails: the exit code, and what could not be done ("cannot open").
struct Failure {
    ExitCode code;
    std::string_view what;
};

/// Throws `failure` at `place`, with the system's reason for `error` (an errno value).
[[noreturn]] void fail(std::string_view place, Failure failure, int error) {
    throw Error(failure.code, Location{std::string(place)}, fmt::format("{}: {}", failure.what, std::strerror(error)));
}

/// Writes all of `bytes` to `fd`; false (with errno set) on failure.
bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        ssize_t written = ::write(fd, bytes.data(), bytes.size());
        if (written < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

/// Reads `fd` to its end into `out`, or only past `max_input_bytes` (the caller checks the size).
bool read_all(int fd, std::string& out) {
    char buffer[1 << 16];
    while (out.size() <= max_input_bytes) {
        ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        if (got == 0) return true;
        out.append(buffer, static_cast<std::size_t>(got));
    }
    return true;
}

void check_size(const std::string& text, std::string_view place, ExitCode too_large) {
    if (text.size() > max_input_bytes)
        throw Error(too_large, Location{std::string(place)},
                    "larger than 256 MiB (the most recover reads from one input; see LIMITS in recover(1))");
}

/// The reader of standard output has gone (`recover plan log.csv | head`): what is left unread
/// was not wanted. Stop quietly, as a filter killed by SIGPIPE does, whether or not SIGPIPE was
/// ignored by whoever started us: no message, and the pipeline's status is its last command's.
[[noreturn]] void reader_gone() {
    std::signal(SIGPIPE, SIG_DFL);
    sigset_t pipe_only;
    sigemptyset(&pipe_only);
    sigaddset(&pipe_only, SIGPIPE);
    ::sigprocmask(SIG_UNBLOCK, &pipe_only, nullptr);
    std::raise(SIGPIPE);
    std::_Exit(128 + SIGPIPE); // not reached: SIGPIPE ends the process
}

/// Opens `path` with `flags`, hands the descriptor to `transfer` and closes it. Throws
/// `on_open` when it cannot be opened, `on_transfer` when `transfer` returns false.
void with_file(const std::string& path, int flags, Failure on_open, Failure on_transfer,
               const std::function<bool(int fd)>& transfer) {
    int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) fail(path, on_open, errno);
    bool ok = transfer(fd);
    int error = errno;
    ::close(fd);
    if (!ok) fail(path, on_transfer, error);
}

} // namespace

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

std::string read_input(const std::string& path, ExitCode too_large) {
    std::string text;
    if (path == "-") {
        if (!read_all(STDIN_FILENO, text)) fail("<stdin>", {ExitCode::no_input, "cannot read"}, errno);
        check_size(text, "<stdin>", too_large);
        return text;
    }
    std::error_code ignored;
    if (std::filesystem::is_directory(path, ignored))
        throw Error(ExitCode::no_input, Location{path}, "cannot open: is a directory");
    with_file(path, O_RDONLY, {ExitCode::no_input, "cannot open"}, {ExitCode::no_input, "cannot read"},
              [&](int fd) { return read_all(fd, text); });
    check_size(text, path, too_large);
    return text;
}

void write_output(const std::string& path, std::string_view bytes) {
    if (path.empty() || path == "-") {
        if (!write_all(STDOUT_FILENO, bytes)) {
            if (errno == EPIPE) reader_gone();
            fail("<stdout>", {ExitCode::io_error, "cannot write"}, errno);
        }
        return;
    }
    namespace fs = std::filesystem;
    std::error_code ec;
    // Writing through a device such as /dev/full cannot be made atomic: write it directly.
    if (fs::exists(path, ec) && !fs::is_regular_file(path, ec)) {
        with_file(path, O_WRONLY, {ExitCode::cant_create, "cannot open for writing"},
                  {ExitCode::io_error, "cannot write"}, [&](int fd) { return write_all(fd, bytes); });
        return;
    }
    // Through a symbolic link, the file it names is replaced, not the link.
    fs::path target(path);
    if (fs::is_symlink(target, ec)) {
        fs::path resolved = fs::weakly_canonical(target, ec);
        if (!ec) target = resolved;
    }
    // A file written again keeps its permissions; a new one gets those a plain create would.
    mode_t mask = ::umask(0);
    ::umask(mask);
    mode_t mode = 0666 & ~mask;
    if (struct stat existing{}; ::stat(target.c_str(), &existing) == 0) mode = existing.st_mode & 07777;
    std::string hidden_name = ".";
    hidden_name.append(target.filename().string()).append(".XXXXXX");
    std::string temporary = (target.parent_path() / hidden_name).string();
    int fd = ::mkstemp(temporary.data());
    if (fd < 0) fail(path, {ExitCode::cant_create, "cannot create"}, errno);
    bool ok = write_all(fd, bytes) && ::fsync(fd) == 0;
    int error = errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        error = errno;
    }
    if (ok) {
        ::chmod(temporary.c_str(), mode); // mkstemp creates 0600
        if (::rename(temporary.c_str(), target.c_str()) == 0) return;
        error = errno;
    }
    ::unlink(temporary.c_str());
    fail(path, {ExitCode::io_error, "cannot write"}, error);
}

} // namespace recover

#include "recover/cli/io.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace recover {

namespace {

std::string system_error(int error) { return std::strerror(error); }

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

bool read_all(int fd, std::string& out) {
    char buffer[1 << 16];
    for (;;) {
        ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        if (got == 0) return true;
        out.append(buffer, static_cast<std::size_t>(got));
    }
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

} // namespace

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

std::string read_input(const std::string& path) {
    std::string text;
    if (path == "-") {
        if (!read_all(STDIN_FILENO, text))
            throw Error(ExitCode::no_input, Location{"<stdin>"}, "cannot read: " + system_error(errno));
        return text;
    }
    std::error_code ignored;
    if (std::filesystem::is_directory(path, ignored))
        throw Error(ExitCode::no_input, Location{path}, "cannot open: is a directory");
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw Error(ExitCode::no_input, Location{path}, "cannot open: " + system_error(errno));
    bool ok = read_all(fd, text);
    int error = errno;
    ::close(fd);
    if (!ok) throw Error(ExitCode::no_input, Location{path}, "cannot read: " + system_error(error));
    return text;
}

void write_output(const std::string& path, std::string_view bytes) {
    if (path.empty() || path == "-") {
        if (!write_all(STDOUT_FILENO, bytes)) {
            if (errno == EPIPE) reader_gone();
            throw Error(ExitCode::io_error, Location{"<stdout>"}, "cannot write: " + system_error(errno));
        }
        return;
    }
    namespace fs = std::filesystem;
    std::error_code ec;
    // Writing through a device such as /dev/full cannot be made atomic: write it directly.
    if (fs::exists(path, ec) && !fs::is_regular_file(path, ec)) {
        int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd < 0) throw Error(ExitCode::cant_create, Location{path}, "cannot open for writing: " + system_error(errno));
        bool ok = write_all(fd, bytes);
        int error = errno;
        ::close(fd);
        if (!ok) throw Error(ExitCode::io_error, Location{path}, "cannot write: " + system_error(error));
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
    if (fd < 0) throw Error(ExitCode::cant_create, Location{path}, "cannot create: " + system_error(errno));
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
    throw Error(ExitCode::io_error, Location{path}, "cannot write: " + system_error(error));
}

} // namespace recover

#include "recover/io.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
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
        if (!write_all(STDOUT_FILENO, bytes))
            throw Error(ExitCode::io_error, Location{"<stdout>"}, "cannot write: " + system_error(errno));
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
    fs::path target(path);
    std::string hidden_name = ".";
    hidden_name.append(target.filename().string()).append(".XXXXXX");
    std::string temporary = (target.parent_path() / hidden_name).string();
    int fd = ::mkstemp(temporary.data());
    if (fd < 0) throw Error(ExitCode::cant_create, Location{path}, "cannot create: " + system_error(errno));
    bool ok = write_all(fd, bytes) && ::fsync(fd) == 0;
    int error = errno;
    ok = (::close(fd) == 0) && ok;
    if (ok) {
        // mkstemp creates 0600; give the file the permissions a plain create would.
        mode_t mask = ::umask(0);
        ::umask(mask);
        ::chmod(temporary.c_str(), 0666 & ~mask);
        if (::rename(temporary.c_str(), path.c_str()) == 0) return;
        error = errno;
    }
    ::unlink(temporary.c_str());
    throw Error(ExitCode::io_error, Location{path}, "cannot write: " + system_error(error));
}

} // namespace recover

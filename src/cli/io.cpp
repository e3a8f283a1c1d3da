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

#include <iterator>
#include <utility>

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

[[noreturn]] void too_large(std::string_view place, ExitCode code) {
    throw Error(code, Location{std::string(place)},
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

InputFile::InputFile(const std::string& path, ExitCode too_large_code) : name_(display_name(path)), too_large_(too_large_code) {
    if (path == "-") {
        fd_ = STDIN_FILENO;
        return;
    }
    std::error_code ignored;
    if (std::filesystem::is_directory(path, ignored)) throw Error(ExitCode::no_input, Location{path}, "cannot open: is a directory");
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) fail(path, {ExitCode::no_input, "cannot open"}, errno);
    close_ = true;
    // A regular file says its size: one too large is refused before a byte of it is read.
    struct stat status {};
    if (::fstat(fd_, &status) == 0 && S_ISREG(status.st_mode) && static_cast<std::size_t>(status.st_size) > max_input_bytes) {
        ::close(fd_);
        close_ = false;
        too_large(name_, too_large_);
    }
}

InputFile::~InputFile() {
    if (close_) ::close(fd_);
}

std::size_t InputFile::read(char* into, std::size_t size) {
    for (;;) {
        const ssize_t got = ::read(fd_, into, size);
        if (got < 0) {
            if (errno == EINTR) continue;
            fail(name_, {ExitCode::no_input, "cannot read"}, errno);
        }
        given_ += static_cast<std::size_t>(got);
        if (given_ > max_input_bytes) too_large(name_, too_large_);
        return static_cast<std::size_t>(got);
    }
}

std::string read_input(const std::string& path, ExitCode too_large_code) {
    InputFile input(path, too_large_code);
    std::string text;
    char block[1 << 16];
    while (const std::size_t got = input.read(block, sizeof block)) text.append(block, got);
    return text;
}

namespace {

/// The temporary file being written, for the signal handler to remove: a fixed buffer, since a
/// handler may not allocate. Empty when there is none.
char pending_temporary[4096];

/// The signals that end a write half done; their handlers remove the temporary file first.
constexpr int interrupting_signals[] = {SIGINT, SIGTERM, SIGHUP};

extern "C" void remove_temporary_and_die(int signal) {
    if (pending_temporary[0] != '\0') ::unlink(pending_temporary); // async-signal-safe
    std::signal(signal, SIG_DFL);
    std::raise(signal); // blocked while in the handler: delivered on return, with the default action
}

/// The temporary file beside the output, from its creation until it is renamed or removed: the
/// destructor removes it when it is still there (an exception), and SIGINT, SIGTERM and SIGHUP
/// remove it before ending the process as they would have.
class TemporaryOutput {
public:
    /// Creates `.NAME.XXXXXX` beside `target`; `fd()` is negative (errno set) when it cannot.
    explicit TemporaryOutput(const std::filesystem::path& target) {
        std::string hidden_name = ".";
        hidden_name.append(target.filename().string()).append(".XXXXXX");
        path_ = (target.parent_path() / hidden_name).string();
        if (path_.size() >= sizeof pending_temporary) {
            errno = ENAMETOOLONG;
            return;
        }
        // Signals wait while the path is published, so a handler never sees half of it.
        sigset_t blocked = signal_set();
        sigset_t before;
        ::sigprocmask(SIG_BLOCK, &blocked, &before);
        fd_ = ::mkstemp(path_.data());
        int error = errno;
        active_ = fd_ >= 0;
        if (active_) {
            std::memcpy(pending_temporary, path_.c_str(), path_.size() + 1);
            struct sigaction action{};
            action.sa_handler = remove_temporary_and_die;
            sigemptyset(&action.sa_mask);
            for (std::size_t i = 0; i < std::size(interrupting_signals); ++i) {
                ::sigaction(interrupting_signals[i], nullptr, &previous_[i]);
                if (previous_[i].sa_handler != SIG_IGN) ::sigaction(interrupting_signals[i], &action, nullptr); // nohup stays so
            }
        }
        ::sigprocmask(SIG_SETMASK, &before, nullptr);
        errno = error;
    }
    ~TemporaryOutput() { release(true); }
    TemporaryOutput(const TemporaryOutput&) = delete;
    TemporaryOutput& operator=(const TemporaryOutput&) = delete;

    int fd() const { return fd_; }
    /// Closes the descriptor; false (errno set) when that fails, as it may when a disk is full.
    bool close() {
        int fd = std::exchange(fd_, -1);
        return fd < 0 || ::close(fd) == 0;
    }
    const std::string& path() const { return path_; }
    /// The file has been renamed into place: nothing left to remove.
    void renamed() { release(false); }

private:
    static sigset_t signal_set() {
        sigset_t set;
        sigemptyset(&set);
        for (int s : interrupting_signals) sigaddset(&set, s);
        return set;
    }
    void release(bool remove) {
        close();
        if (!active_) return;
        active_ = false;
        sigset_t blocked = signal_set();
        sigset_t before;
        ::sigprocmask(SIG_BLOCK, &blocked, &before);
        if (remove) ::unlink(path_.c_str());
        pending_temporary[0] = '\0';
        for (std::size_t i = 0; i < std::size(interrupting_signals); ++i) ::sigaction(interrupting_signals[i], &previous_[i], nullptr);
        ::sigprocmask(SIG_SETMASK, &before, nullptr);
    }

    std::string path_;
    int fd_ = -1;
    bool active_ = false; ///< the file exists and the handlers are installed
    struct sigaction previous_[std::size(interrupting_signals)]{};
};

/// Throws ExitCode::cant_create for `path` with `why`.
[[noreturn]] void refuse(const std::string& path, std::string_view why) {
    throw Error(ExitCode::cant_create, Location{path}, std::string(why));
}

} // namespace

void write_output(const std::string& path, std::string_view bytes, const std::function<void()>& before_rename) {
    if (path.empty() || path == "-") {
        if (!write_all(STDOUT_FILENO, bytes)) {
            if (errno == EPIPE) reader_gone();
            fail("<stdout>", {ExitCode::io_error, "cannot write"}, errno);
        }
        return;
    }
    namespace fs = std::filesystem;
    fs::path target(path);
    struct stat link{};
    struct stat existing{};
    bool exists = ::lstat(path.c_str(), &link) == 0;
    if (exists && S_ISLNK(link.st_mode)) {
        // Through a symbolic link, the file it names is replaced, not the link; a link that
        // names nothing is refused rather than replaced by a file.
        if (::stat(path.c_str(), &existing) != 0) {
            if (errno == ELOOP) refuse(path, "cannot write: a loop of symbolic links");
            if (errno == ENOENT) refuse(path, "cannot write: a symbolic link to a file that does not exist");
            fail(path, {ExitCode::cant_create, "cannot write"}, errno);
        }
        std::error_code ec;
        fs::path resolved = fs::canonical(target, ec);
        if (ec) fail(path, {ExitCode::cant_create, "cannot write"}, ec.value());
        target = resolved;
    } else if (exists) {
        existing = link;
    }
    if (exists) {
        if (S_ISDIR(existing.st_mode)) fail(path, {ExitCode::cant_create, "cannot open for writing"}, EISDIR);
        // A character device (/dev/null, /dev/full, a terminal) or a FIFO (`-o >(gzip >x)`)
        // cannot be replaced atomically and need not be: written directly.
        if (S_ISCHR(existing.st_mode) || S_ISFIFO(existing.st_mode)) {
            with_file(path, O_WRONLY, {ExitCode::cant_create, "cannot open for writing"},
                      {ExitCode::io_error, "cannot write"}, [&](int fd) { return write_all(fd, bytes); });
            return;
        }
        if (!S_ISREG(existing.st_mode)) refuse(path, "cannot write: not a regular file, a character device or a FIFO");
        // A file nobody may write, or we may not, is one its owner wants kept: root too.
        if ((existing.st_mode & 0222) == 0 || ::access(target.c_str(), W_OK) != 0)
            refuse(path, "cannot write: the file is read-only (not replaced)");
    }
    // A file written again keeps its permissions; a new one gets those a plain create would.
    mode_t mask = ::umask(0);
    ::umask(mask);
    mode_t mode = exists ? existing.st_mode & 07777 : 0666 & ~mask;
    TemporaryOutput temporary(target);
    if (temporary.fd() < 0) fail(path, {ExitCode::cant_create, "cannot create"}, errno);
    bool ok = write_all(temporary.fd(), bytes) && ::fsync(temporary.fd()) == 0;
    int error = errno;
    if (ok && ::fchmod(temporary.fd(), mode) != 0) { // mkstemp creates 0600
        ok = false;
        error = errno;
    }
    if (!temporary.close() && ok) {
        ok = false;
        error = errno;
    }
    if (ok && before_rename) before_rename();
    if (ok) {
        if (::rename(temporary.path().c_str(), target.c_str()) == 0) {
            temporary.renamed();
            return;
        }
        error = errno;
    }
    fail(path, {ExitCode::io_error, "cannot write"}, error); // the destructor removes the temporary file
}

} // namespace recover

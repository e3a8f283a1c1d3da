#pragma once
/// The only code that touches files: reading inputs (whole, or a block at a time), writing outputs whole. Used by the commands.

#include "recover/core/diagnostics.hpp"
#include "recover/core/source.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace recover {

/// The most bytes of one input recover reads (recover(1), LIMITS): 256 MiB. A log is at most a few
/// megabytes; the limit ends a read of /dev/zero or a wrong file before memory runs out.
constexpr std::size_t max_input_bytes = std::size_t{256} << 20;

/// A file, or standard input for "-", read a block at a time: what the log reader streams from.
/// Throws `Error` (ExitCode::no_input) when it cannot be opened or read, and with `too_large` (the
/// data error of the input's kind) once it has given more than `max_input_bytes`.
class InputFile final : public TextSource {
public:
    explicit InputFile(const std::string& path, ExitCode too_large = ExitCode::data);
    ~InputFile() override;
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;
    std::size_t read(char* into, std::size_t size) override;

private:
    std::string name_;
    ExitCode too_large_;
    int fd_ = -1;
    bool close_ = false;
    std::size_t given_ = 0;
};

/// The whole content of `path`, or of standard input when `path` is "-".
/// Throws `Error` (ExitCode::no_input) when it cannot be opened or read, and with `too_large`
/// (the data error of the input's kind) when it holds more than `max_input_bytes`.
std::string read_input(const std::string& path, ExitCode too_large = ExitCode::data);

/// The name used in messages for `path`: "<stdin>" for "-", else the path as given.
std::string display_name(const std::string& path);

/// Writes `bytes` to standard output (`path` empty or "-"), or to `path` through a temporary file
/// beside it that is renamed over it only once everything is written: on any failure `path` is
/// left as it was and the temporary file is removed, by SIGINT, SIGTERM or SIGHUP too (their
/// handlers remove it, then end the process as the signal would have). A file written again keeps
/// its permissions; through a symbolic link the file it names is replaced; a character device
/// (/dev/full, /dev/null) or a FIFO is written directly. Refused with ExitCode::cant_create, and
/// left as they are: a read-only file (no write bit, or not writable by us), a directory, any
/// other kind of file (socket, block device), a dangling symbolic link and a loop of links.
/// Throws `Error` with ExitCode::cant_create when the file cannot be created, ExitCode::io_error
/// when writing fails. When the reader of standard output has gone (EPIPE), the process ends
/// quietly by SIGPIPE, as a filter does, even if SIGPIPE was ignored: no message to print.
/// `before_rename`, for tests, runs once the temporary file is written and closed.
void write_output(const std::string& path, std::string_view bytes, const std::function<void()>& before_rename = {});

} // namespace recover

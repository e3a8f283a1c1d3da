// Reading inputs and writing outputs whole (src/cli/io.cpp), in a fresh temporary directory.

#include "recover/cli/io.hpp"
#include "support/errors.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <csignal>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace recover;
namespace fs = std::filesystem;

namespace {

/// A directory of its own for one test, removed with everything in it at the end.
class TemporaryDirectory {
public:
    TemporaryDirectory() {
        std::string pattern = (fs::temp_directory_path() / "recover-io-test.XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()) != nullptr);
        path_ = pattern;
    }
    ~TemporaryDirectory() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;

    std::string operator/(const std::string& name) const { return (path_ / name).string(); }
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

std::string contents(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

unsigned mode_of(const std::string& path) {
    struct stat status{};
    REQUIRE(::stat(path.c_str(), &status) == 0);
    return status.st_mode & 07777;
}

} // namespace

TEST_CASE("write_output replaces a file whole and leaves no temporary file behind") {
    TemporaryDirectory dir;
    const std::string plan = dir / "plan.ics";
    write_output(plan, "first\n");
    CHECK(contents(plan) == "first\n");
    write_output(plan, "second, longer\n");
    CHECK(contents(plan) == "second, longer\n");
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);
}

TEST_CASE("write_output keeps the permissions of the file it replaces; a new file gets the umask's") {
    TemporaryDirectory dir;
    const std::string kept = dir / "kept.txt", fresh = dir / "fresh.txt";
    write_output(kept, "old\n");
    REQUIRE(::chmod(kept.c_str(), 0640) == 0);
    write_output(kept, "new\n");
    CHECK(mode_of(kept) == 0640u);

    mode_t mask = ::umask(0022);
    write_output(fresh, "fresh\n");
    ::umask(mask);
    CHECK(mode_of(fresh) == 0644u);
}

TEST_CASE("write_output through a symbolic link replaces the file it names, not the link") {
    TemporaryDirectory dir;
    const std::string target = dir / "target.txt", link = dir / "link.txt";
    write_output(target, "old\n");
    fs::create_symlink(target, link);
    write_output(link, "new\n");
    CHECK(fs::is_symlink(link));
    CHECK(contents(target) == "new\n");
}

TEST_CASE("write_output into a missing directory fails as cannot create and writes nothing") {
    TemporaryDirectory dir;
    const std::string path = dir / "missing/plan.ics";
    CHECK(testing::error_of([&] { write_output(path, "x"); }, ExitCode::cant_create) ==
          path + ": cannot create: No such file or directory");
    CHECK_FALSE(fs::exists(dir / "missing"));
}

TEST_CASE("write_output refuses a read-only file, even to root, and leaves it as it was") {
    TemporaryDirectory dir;
    const std::string kept = dir / "kept.ics";
    write_output(kept, "mine\n");
    REQUIRE(::chmod(kept.c_str(), 0444) == 0);
    CHECK(testing::error_of([&] { write_output(kept, "x"); }, ExitCode::cant_create) ==
          kept + ": cannot write: the file is read-only (not replaced)");
    CHECK(contents(kept) == "mine\n");
    CHECK(mode_of(kept) == 0444u);
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);
}

TEST_CASE("write_output refuses a dangling symbolic link and a loop of links, leaving the links") {
    TemporaryDirectory dir;
    const std::string dangling = dir / "dangling.ics", loop = dir / "loop.ics";
    fs::create_symlink(dir / "nowhere.ics", dangling);
    CHECK(testing::error_of([&] { write_output(dangling, "x"); }, ExitCode::cant_create) ==
          dangling + ": cannot write: a symbolic link to a file that does not exist");
    CHECK(fs::is_symlink(dangling));
    CHECK_FALSE(fs::exists(dir / "nowhere.ics"));
    fs::create_symlink(loop, loop);
    CHECK(testing::error_of([&] { write_output(loop, "x"); }, ExitCode::cant_create) ==
          loop + ": cannot write: a loop of symbolic links");
    CHECK(fs::is_symlink(loop));
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 2);
}

TEST_CASE("write_output refuses a directory, also through a link; a FIFO is written directly") {
    TemporaryDirectory dir;
    const std::string folder = dir / "folder", link = dir / "link";
    fs::create_directory(folder);
    fs::create_directory_symlink(folder, link);
    CHECK(testing::error_of([&] { write_output(folder, "x"); }, ExitCode::cant_create) ==
          folder + ": cannot open for writing: Is a directory");
    CHECK(testing::error_of([&] { write_output(link, "x"); }, ExitCode::cant_create) ==
          link + ": cannot open for writing: Is a directory");
    CHECK(fs::is_empty(folder));

    const std::string fifo = dir / "fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    REQUIRE(reader >= 0);
    write_output(fifo, "through\n");
    char buffer[16] = {};
    CHECK(::read(reader, buffer, sizeof buffer) == 8);
    ::close(reader);
    CHECK(std::string(buffer) == "through\n");
    CHECK(fs::is_fifo(fifo));
}

TEST_CASE("SIGTERM or SIGINT during a write removes the temporary file, keeps the old one, and ends the process") {
    for (int signal : {SIGTERM, SIGINT}) {
        TemporaryDirectory dir;
        const std::string plan = dir / "plan.ics";
        write_output(plan, "old\n");
        pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) { // the temporary file is complete when the signal comes: the latest moment
            write_output(plan, "new\n", [signal] { ::kill(::getpid(), signal); });
            ::_exit(0); // not reached
        }
        int status = 0;
        REQUIRE(::waitpid(child, &status, 0) == child);
        CHECK(WIFSIGNALED(status));
        CHECK(WTERMSIG(status) == signal);
        CHECK(contents(plan) == "old\n");
        CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);
    }
}

TEST_CASE("after a write the handlers are those there were before") {
    TemporaryDirectory dir;
    struct sigaction before{}, after{};
    ::sigaction(SIGTERM, nullptr, &before);
    write_output(dir / "plan.ics", "x");
    CHECK_THROWS(write_output(dir / "missing/plan.ics", "x"));
    ::sigaction(SIGTERM, nullptr, &after);
    CHECK((after.sa_handler == before.sa_handler));
}

TEST_CASE("read_input reads a file whole; a missing file or a directory is no input") {
    TemporaryDirectory dir;
    const std::string log = dir / "log.csv";
    write_output(log, "date\n2026-03-01\n");
    CHECK(read_input(log) == "date\n2026-03-01\n");

    CHECK(testing::error_of([&] { read_input(dir / "nope.csv"); }, ExitCode::no_input) ==
          dir / "nope.csv" + ": cannot open: No such file or directory");
    CHECK(testing::error_of([&] { read_input(dir.path().string()); }, ExitCode::no_input) ==
          dir.path().string() + ": cannot open: is a directory");
}

TEST_CASE("standard input is named <stdin> in messages") {
    CHECK(display_name("-") == "<stdin>");
    CHECK(display_name("log.csv") == "log.csv");
}

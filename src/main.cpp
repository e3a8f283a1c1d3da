// recover(1): builds the command line from src/cli (one file per command), runs the command the
// user named and turns every error into its one-line message and exit status.

#include "recover/cli/commands.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cctype>
#include <iostream>

int main(int argc, char** argv) {
    using namespace recover;
    CLI::App app{"recover: a dated recovery calendar (massage, ART, self-care) from a runner's training log", "recover"};
    app.set_version_flag("--version", std::string("recover ") + RECOVER_VERSION);
    app.require_subcommand(1);
    app.get_formatter()->column_width(28);
    cli::Options o;
    cli::add_plan_command(app, o);
    cli::add_workouts_command(app, o);
    cli::add_load_command(app, o);
    cli::add_rules_command(app, o);

    try {
        try {
            app.parse(argc, argv);
        } catch (const CLI::CallForHelp& e) {
            return app.exit(e);
        } catch (const CLI::CallForVersion& e) {
            return app.exit(e);
        } catch (const CLI::ParseError& e) {
            std::string what = e.what();
            if (!what.empty()) what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
            throw Error(ExitCode::usage, {}, fmt::format("{} (see recover --help)", what));
        }
    } catch (const Error& e) {
        std::cerr << "recover: " << e.message() << '\n';
        return static_cast<int>(e.code());
    } catch (const std::exception& e) {
        std::cerr << "recover: internal error: " << e.what() << " (recover " RECOVER_VERSION "; please report it)\n";
        return static_cast<int>(ExitCode::software);
    }
    return 0;
}

// recover(1): builds the command line from src/cli (one file per command), runs the command the
// user named and turns every error into its one-line message and exit status.

#include "recover/cli/commands.hpp"
#include "recover/core/terminal.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <iostream>

int main(int argc, char** argv) {
    using namespace recover;
    try { // building the command line throws too (CLI11 on a clash of names, std::bad_alloc)
        CLI::App app{"recover: a dated recovery calendar (massage, ART, self-care) from a runner's training log",
                     "recover"};
        app.set_version_flag("--version", std::string("recover ") + RECOVER_VERSION);
        app.require_subcommand(1);
        app.get_formatter()->column_width(28);
        cli::Options o;
        cli::add_plan_command(app, o);
        cli::add_workouts_command(app, o);
        cli::add_load_command(app, o);
        cli::add_rules_command(app, o);
        // Answered below, before CLI11 parses.
        app.add_subcommand("help", "print the help of a command: recover help plan");

        // `recover help [COMMAND]`, and a near miss for an unknown command, before CLI11 sees them.
        std::vector<std::string_view> names;
        for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; })) names.push_back(command->get_name());
        if (argc > 1 && argv[1][0] != '-') {
            std::string_view word = argv[1];
            if (std::find(names.begin(), names.end(), word) == names.end())
                throw Error(ExitCode::usage, {}, fmt::format("unknown command \"{}\"{} (see recover --help)", escaped(word), did_you_mean(word, names)));
        }
        // `recover help COMMAND` is `recover COMMAND --help`; `recover help` is `recover --help`.
        std::vector<std::string> args(argv + 1, argv + argc);
        if (!args.empty() && args.front() == "help") {
            args.erase(args.begin());
            if (!args.empty() && std::find(names.begin(), names.end(), args.front()) == names.end())
                throw Error(ExitCode::usage, {}, fmt::format("unknown command \"{}\"{} (see recover --help)", escaped(args.front()),
                                                             did_you_mean(args.front(), names)));
            args.resize(std::min<std::size_t>(args.size(), 1));
            args.emplace_back("--help");
        }
        try {
            std::reverse(args.begin(), args.end()); // CLI11 takes them last first
            app.parse(args);
        } catch (const CLI::CallForHelp& e) {
            return app.exit(e);
        } catch (const CLI::CallForVersion& e) {
            return app.exit(e);
        } catch (const CLI::ParseError& e) {
            // CLI11 capitalises its messages; ours are lowercase, but a name such as LOG keeps its case.
            std::string what = e.what();
            if (what.size() > 1 && !std::isupper(static_cast<unsigned char>(what[1])))
                what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
            throw Error(ExitCode::usage, {}, fmt::format("{} (see recover --help)", what));
        }
    } catch (const Error& e) {
        std::cerr << "recover: " << escaped(e.message()) << '\n'; // one line, whatever the input
        return static_cast<int>(e.code());
    } catch (const std::exception& e) {
        std::cerr << "recover: internal error: " << escaped(e.what()) << " (recover " RECOVER_VERSION "; please report it)\n";
        return static_cast<int>(ExitCode::software);
    }
    return 0;
}

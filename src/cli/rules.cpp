// recover rules: the rule set in effect as TOML, or a rules file checked.

#include "recover/cli/commands.hpp"

#include "recover/cli/io.hpp"
#include "recover/render/render.hpp"

#include <CLI/CLI.hpp>

namespace recover::cli {

namespace {

void run_rules(const Options& o) {
    if (!o.check.empty()) {
        // The file alone, as a rules file is read: over the built-in rules.
        RuleSet defaults = default_rules();
        load_rules(read_input(o.check, ExitCode::config), display_name(o.check), &defaults);
        return;
    }
    write_output(o.output, render_rules(effective_rules(o.rules)));
}

} // namespace

void add_rules_command(CLI::App& app, Options& o) {
    CLI::App* rules = app.add_subcommand("rules", "print the rule set in effect as TOML, or check a rules file");
    rules->add_option("--rules", o.rules, "rules file laid over the built-in rules")->type_name("FILE");
    rules->add_option("--check", o.check, "validate FILE (- reads standard input) and print nothing on success")->type_name("FILE");
    rules->add_option("-o,--output", o.output, "write to FILE (atomically) instead of standard output")->type_name("FILE");
    rules->callback([&o] { run_rules(o); });
}

} // namespace recover::cli

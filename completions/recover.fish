# fish completion for recover(1). Installed as share/fish/vendor_completions.d/recover.fish.

# The commands, the options of each and the values of the options that take one of a list: the one
# place to change when recover gains an option or a format (take them from `recover COMMAND --help`).
set -l commands plan workouts load rules help
set -l log_commands plan workouts load
set -l plan_formats text month ics json csv
set -l workouts_formats text csv json
set -l load_formats text json
set -l input_formats auto native strava garmin intervals trainingpeaks
set -l units km mi
set -l colors auto always never
# --only, --skip and --alarm-for take a comma-separated list of categories: __recover_categories.

# The categories for the list being typed ("appointment,s"): each one not in it yet, after what is
# already there.
function __recover_categories
    set -l typed (string replace -r -- '^--[a-z-]+=' '' (commandline -ct))
    set -l done (string match -r -- '^.*,' $typed)
    for category in appointment self-care flag race
        contains -- $category (string split -- , "$done"); and continue
        echo "$done$category"
    end
end

# Before a command: the commands, --help and --version. After one: files, for LOG; after help, a command.
complete -c recover -n "not __fish_seen_subcommand_from $commands" -f
complete -c recover -n "not __fish_seen_subcommand_from $commands" -a plan -d 'print the recovery calendar for a training log'
complete -c recover -n "not __fish_seen_subcommand_from $commands" -a workouts -d 'show the log as recover reads it: kind, effort, load, why'
complete -c recover -n "not __fish_seen_subcommand_from $commands" -a load -d 'show the load model: daily and weekly load, ACWR, CTL/ATL/TSB'
complete -c recover -n "not __fish_seen_subcommand_from $commands" -a rules -d 'print the rule set in effect, or check a rules file'
complete -c recover -n "not __fish_seen_subcommand_from $commands" -a help -d 'print the options of a command, or the commands'
complete -c recover -n "__fish_seen_subcommand_from help; and not __fish_seen_subcommand_from $log_commands rules" -f \
    -a "$log_commands rules"
complete -c recover -n "__fish_seen_subcommand_from help; and __fish_seen_subcommand_from $log_commands rules" -f
complete -c recover -n "not __fish_seen_subcommand_from $commands" -l version -d 'print the version and exit'
complete -c recover -s h -l help -d 'print a summary of the options and exit'

# Every command but help.
set -l commands_but_help plan workouts load rules
complete -c recover -n "__fish_seen_subcommand_from $commands_but_help; and not __fish_seen_subcommand_from help" -l rules -r -F -d 'rules file laid over the built-in rules'
complete -c recover -n "__fish_seen_subcommand_from $commands_but_help; and not __fish_seen_subcommand_from help" -s o -l output -r -F -d 'write to FILE (atomically) instead of standard output'

# Commands that read a log.
set -l reads_log "__fish_seen_subcommand_from $log_commands; and not __fish_seen_subcommand_from help"
complete -c recover -n $reads_log -l today -x -d 'the date taken as today (YYYY-MM-DD)'
complete -c recover -n $reads_log -l input-format -x -a "$input_formats" -d 'format of the log'
complete -c recover -n $reads_log -l tz -x -d 'time zone of the runner, for exports dated in UTC'
complete -c recover -n $reads_log -l units -x -a "$units" -d 'distance unit of exports that do not name it (Garmin)'
complete -c recover -n $reads_log -l skip-bad-rows -d 'skip malformed rows with a warning each'
complete -c recover -n $reads_log -s q -l quiet -d 'no warnings on standard error'
complete -c recover -n $reads_log -l from -x -d 'first day (YYYY-MM-DD)'
complete -c recover -n $reads_log -l until -x -d 'last day, inclusive (YYYY-MM-DD)'
complete -c recover -n $reads_log -l weeks -x -d 'how many weeks from --from, 1 to 520'

# plan
set -l in_plan "__fish_seen_subcommand_from plan; and not __fish_seen_subcommand_from help"
complete -c recover -n $in_plan -l race -x -d 'a race not in the log: DATE[:NAME]; repeatable'
complete -c recover -n $in_plan -l format -x -a "$plan_formats" -d 'output format'
complete -c recover -n $in_plan -l explain -d 'add the reason, the triggers and the source'
complete -c recover -n $in_plan -l color -x -a "$colors" -d 'colour the text and month views'
complete -c recover -n $in_plan -l book -d 'print treatments.csv rows for the appointments proposed'
complete -c recover -n $in_plan -l only -x -a '(__recover_categories)' -d 'show only these categories'
complete -c recover -n $in_plan -l skip -x -a '(__recover_categories)' -d 'leave out these categories'
complete -c recover -n $in_plan -l alarm -x -d 'ics: a reminder at HH:MM on the item\'s day'
complete -c recover -n $in_plan -l alarm-for -x -a '(__recover_categories)' -d 'ics: the categories that get the reminder'

# workouts
complete -c recover -n "__fish_seen_subcommand_from workouts; and not __fish_seen_subcommand_from help" -l format -x -a "$workouts_formats" -d 'output format'

# load
complete -c recover -n "__fish_seen_subcommand_from load; and not __fish_seen_subcommand_from help" -l format -x -a "$load_formats" -d 'output format'

# rules: no LOG
complete -c recover -n '__fish_seen_subcommand_from rules' -f
complete -c recover -n "__fish_seen_subcommand_from rules; and not __fish_seen_subcommand_from help" -l check -r -F -d 'validate FILE (- reads standard input)'

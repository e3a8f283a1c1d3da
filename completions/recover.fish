# fish completion for recover(1). Installed as share/fish/vendor_completions.d/recover.fish.

# The commands, the options of each and the values of the options that take one of a list: the one
# place to change when recover gains an option or a format (take them from `recover COMMAND --help`).
set -l commands plan workouts load rules
set -l log_commands plan workouts load
set -l plan_formats text month ics json csv
set -l workouts_formats text csv json
set -l load_formats text json
set -l input_formats auto native strava garmin intervals trainingpeaks
set -l units km mi
set -l colors auto always never

# Before a command: the commands, --help and --version. After one: files, for LOG.
complete -c recover -n "not __fish_seen_subcommand_from $commands" -f
complete -c recover -n "not __fish_seen_subcommand_from $commands" -a plan -d 'print the recovery calendar for a training log'
complete -c recover -n "not __fish_seen_subcommand_from $commands" -a workouts -d 'show the log as recover reads it: kind, effort, load, why'
complete -c recover -n "not __fish_seen_subcommand_from $commands" -a load -d 'show the load model: daily and weekly load, ACWR, CTL/ATL/TSB'
complete -c recover -n "not __fish_seen_subcommand_from $commands" -a rules -d 'print the rule set in effect, or check a rules file'
complete -c recover -n "not __fish_seen_subcommand_from $commands" -l version -d 'print the version and exit'
complete -c recover -s h -l help -d 'print a summary of the options and exit'

# Every command.
complete -c recover -n "__fish_seen_subcommand_from $commands" -l rules -r -F -d 'rules file laid over the built-in rules'
complete -c recover -n "__fish_seen_subcommand_from $commands" -s o -l output -r -F -d 'write to FILE (atomically) instead of standard output'

# Commands that read a log.
set -l reads_log "__fish_seen_subcommand_from $log_commands"
complete -c recover -n $reads_log -l today -x -d 'the date taken as today (YYYY-MM-DD)'
complete -c recover -n $reads_log -l input-format -x -a "$input_formats" -d 'format of the log'
complete -c recover -n $reads_log -l tz -x -d 'time zone of the runner, for exports dated in UTC'
complete -c recover -n $reads_log -l units -x -a "$units" -d 'distance unit of exports that do not name it (Garmin)'
complete -c recover -n $reads_log -l skip-bad-rows -d 'skip malformed rows with a warning each'

# plan
complete -c recover -n '__fish_seen_subcommand_from plan' -l from -x -d 'first day of the calendar (YYYY-MM-DD)'
complete -c recover -n '__fish_seen_subcommand_from plan' -l until -x -d 'last day of the calendar (YYYY-MM-DD)'
complete -c recover -n '__fish_seen_subcommand_from plan' -l weeks -x -d 'length of the calendar in weeks, 1 to 520'
complete -c recover -n '__fish_seen_subcommand_from plan' -l race -x -d 'a race not in the log: DATE[:NAME]; repeatable'
complete -c recover -n '__fish_seen_subcommand_from plan' -l format -x -a "$plan_formats" -d 'output format'
complete -c recover -n '__fish_seen_subcommand_from plan' -l explain -d 'add the reason, the triggers and the source'
complete -c recover -n '__fish_seen_subcommand_from plan' -l color -x -a "$colors" -d 'colour the text and month views'
complete -c recover -n '__fish_seen_subcommand_from plan' -l alarm -x -d 'ics: a reminder at HH:MM on the item\'s day'

# workouts
complete -c recover -n '__fish_seen_subcommand_from workouts' -l format -x -a "$workouts_formats" -d 'output format'

# load
complete -c recover -n '__fish_seen_subcommand_from load' -l from -x -d 'first day shown (YYYY-MM-DD)'
complete -c recover -n '__fish_seen_subcommand_from load' -l until -x -d 'last day shown (YYYY-MM-DD)'
complete -c recover -n '__fish_seen_subcommand_from load' -l format -x -a "$load_formats" -d 'output format'

# rules: no LOG
complete -c recover -n '__fish_seen_subcommand_from rules' -f
complete -c recover -n '__fish_seen_subcommand_from rules' -l check -r -F -d 'validate FILE (- reads standard input)'

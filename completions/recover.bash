# bash completion for recover(1)                                    -*- shell-script -*-
# Installed as share/bash-completion/completions/recover, where bash-completion loads it on demand;
# or source it from ~/.bashrc. It needs nothing from bash-completion, and uses _filedir when there.

# The commands, their options and the values of the options that take one of a list: the one place
# to change when recover gains an option or a format (take them from `recover COMMAND --help`).
_recover_commands="plan workouts load rules help"
_recover_log_options="-h --help --today --rules --input-format --tz --units --skip-bad-rows -q --quiet -o --output"
_recover_range_options="--from --until --weeks"
_recover_plan_options="$_recover_log_options $_recover_range_options --race --format --explain --color --book --only --skip --alarm --alarm-for"
_recover_workouts_options="$_recover_log_options $_recover_range_options --format"
_recover_load_options="$_recover_log_options $_recover_range_options --format"
_recover_rules_options="-h --help --rules --check -o --output"
_recover_plan_formats="text month ics json csv"
_recover_workouts_formats="text csv json"
_recover_load_formats="text json"
_recover_input_formats="auto native strava garmin intervals trainingpeaks"
_recover_units="km mi"
_recover_colors="auto always never"
# --only, --skip and --alarm-for take a comma-separated list of these.
_recover_categories="appointment self-care flag race"
_recover_category_options="--only --skip --alarm-for"
# Options followed by a file name; options followed by a value that cannot be completed.
_recover_file_options="--rules --check -o --output"
_recover_value_options="--today --tz --from --until --weeks --race --alarm"

# The categories for a comma-separated list being typed ("appointment,s"): each one not in the
# list yet, after what is already there.
_recover_category_list() {
    local typed=$1 done= name
    [[ $typed == *,* ]] && done=${typed%,*},
    for name in $_recover_categories; do
        [[ ,$done == *,$name,* ]] && continue
        [[ $done$name == "$typed"* ]] && COMPREPLY+=("$done$name")
    done
}

# File names for the word being completed, one per line in COMPREPLY.
_recover_files() {
    if declare -F _filedir >/dev/null; then
        _filedir
    else
        local IFS=$'\n'
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -f -- "$1"))
    fi
}

_recover() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev= option= command= i word
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()

    # --option=value: bash splits the word at '=' (COMP_WORDBREAKS), so the option is two back.
    if [[ $cur == = ]]; then
        option=$prev cur=
    elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
        option=${COMP_WORDS[COMP_CWORD - 2]}
    elif [[ $prev == -* ]]; then
        option=$prev
    fi

    # The command is the first word after "recover" that is not an option or an option's value.
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        case " $_recover_file_options $_recover_value_options $_recover_category_options --format --input-format --units --color " in
            *" $word "*) ((i++)); [[ ${COMP_WORDS[i]} == = ]] && ((i++)); continue ;;
        esac
        [[ $word == -* ]] && continue
        command=$word
        break
    done

    local values=
    case $option in
        --format)
            case $command in
                plan) values=$_recover_plan_formats ;;
                workouts) values=$_recover_workouts_formats ;;
                load) values=$_recover_load_formats ;;
            esac ;;
        --input-format) values=$_recover_input_formats ;;
        --units) values=$_recover_units ;;
        --color) values=$_recover_colors ;;
    esac
    if [[ -n $values ]]; then
        COMPREPLY=($(compgen -W "$values" -- "$cur"))
        return 0
    fi
    case " $_recover_category_options " in *" $option "*) [[ -n $option ]] && { _recover_category_list "$cur"; return 0; } ;; esac
    case " $_recover_file_options " in *" $option "*) [[ -n $option ]] && { _recover_files "$cur"; return 0; } ;; esac
    case " $_recover_value_options " in *" $option "*) [[ -n $option ]] && return 0 ;; esac

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "-h --help --version" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$_recover_commands" -- "$cur"))
        fi
        return 0
    fi

    # recover help COMMAND: the commands, once.
    if [[ $command == help ]]; then
        [[ $cur != -* && $prev == help ]] && COMPREPLY=($(compgen -W "${_recover_commands% help}" -- "$cur"))
        return 0
    fi

    local options
    case $command in
        plan) options=$_recover_plan_options ;;
        workouts) options=$_recover_workouts_options ;;
        load) options=$_recover_load_options ;;
        rules) options=$_recover_rules_options ;;
        *) return 0 ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    elif [[ $command != rules ]]; then
        _recover_files "$cur" # LOG: a training log (or - for standard input)
    fi
    return 0
}
complete -F _recover recover

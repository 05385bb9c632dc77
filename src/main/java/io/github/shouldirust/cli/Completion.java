package io.github.shouldirust.cli;

import io.github.shouldirust.core.RuleSet;
import io.github.shouldirust.core.Verdict;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The bash completion script, written by picocli from the live command tree. It works in zsh too, through
 * bashcompinit. Three options get their candidates here, in a copy of the tree used only for completion,
 * rather than in the commands: {@code --answer} completes to the question=value pairs of the bundled rules,
 * {@code --fail-on} to verdict ids (picocli would offer the enum's constant names), and {@code --answers},
 * a String because it can be '-', to files.
 */
final class Completion {
    static final String COMMAND = "should-i-rust";
    /** picocli's function for the command; the wrapper below calls it. */
    static final String PICOCLI_FUNCTION = "_complete_" + COMMAND;
    /** The function registered for the command: joins words bash split at '=' and calls picocli's. */
    static final String FUNCTION = "_complete_" + COMMAND + "_words";

    private Completion() {}

    /** The script for {@code commandLine}, a tree from {@link CommandTree#whole} that it adjusts. */
    static String bash(CommandLine commandLine, RuleSet rules) {
        var root = commandLine.getCommandSpec();
        replaceOption(
                root,
                "--answer",
                option ->
                        option.toBuilder().completionCandidates(answers(rules)).build());
        replaceOption(
                root,
                "--fail-on",
                option -> option.toBuilder()
                        .completionCandidates(
                                Arrays.stream(Verdict.values()).map(Verdict::id).toList())
                        .build());
        replaceOption(
                root,
                "--answers",
                option -> OptionSpec.builder(option.names())
                        .paramLabel(option.paramLabel())
                        .description(option.description())
                        .type(Path.class)
                        .build());
        return AutoComplete.bash(COMMAND, commandLine) + joinWords();
    }

    /** Every question=value pair; after a comma the wrapper completes the list's next value. */
    static List<String> answers(RuleSet rules) {
        return rules.questions().stream()
                .flatMap(question -> question.values().stream().map(value -> question.id() + "=" + value))
                .toList();
    }

    /** Swaps an option for a copy (the spec's options cannot change); the swapped model only completes. */
    private static void replaceOption(CommandSpec spec, String name, UnaryOperator<OptionSpec> change) {
        var option = spec.findOption(name);
        if (option == null) {
            throw new IllegalStateException("no option " + name + " to complete");
        }
        spec.remove(option);
        spec.addOption(change.apply(option));
    }

    /**
     * Completes what picocli's function cannot: bash splits words at '=' (it is in COMP_WORDBREAKS), so
     * {@code -a latency=cr} reaches it as "-a" "latency" "=" "cr", and an option with its value attached
     * ({@code --format=js}) is one word it does not look into. The wrapper joins the words back, splits an
     * attached value off its option, lets picocli complete, and then fits the completions to what the shell
     * replaces: bash only the text after the last '=', zsh (bashcompinit, which splits no words) the whole word.
     */
    private static String joinWords() {
        return """

                # should-i-rust: bash splits words at '=' (COMP_WORDBREAKS), so "-a latency=cr" arrives as "-a"
                # "latency" "=" "cr", and the function above does not look into "--format=js". This one joins the
                # words back and splits an attached value off its option before calling it, then fits the
                # completions to what the shell replaces: bash only the text after the last '=', zsh (through
                # bashcompinit, which splits no words) the whole word.
                function %2$s() {
                  local -a joined=()
                  local cword=0 i
                  for (( i = 0; i < ${#COMP_WORDS[@]}; i++ )); do
                    if (( i > 1 )) && [[ "${COMP_WORDS[i]}" == "=" || "${COMP_WORDS[i-1]}" == "=" ]]; then
                      joined[${#joined[@]}-1]+="${COMP_WORDS[i]}"
                    else
                      joined+=("${COMP_WORDS[i]}")
                    fi
                    if (( i == COMP_CWORD )); then cword=$(( ${#joined[@]} - 1 )); fi
                  done
                  local cur="${joined[cword]}" option=""
                  if [[ "$cur" == -*=* ]]; then
                    option="${cur%%%%=*}"
                    cur="${cur#*=}"
                    joined=("${joined[@]:0:$cword}" "$option" "$cur")
                    cword=$(( cword + 1 ))
                    # zsh's compgen -f globs the completion's PREFIX, not the word it is given: make it the value.
                    [[ -n "${ZSH_VERSION-}" ]] && local PREFIX="$cur"
                  fi
                  # A list (-a deployment=single-binary,f, --fail-on avoid-rust,c): complete its last item,
                  # then put the items before it back in front of each completion.
                  local key="" items=""
                  if [[ "$cur" == *,* ]]; then
                    items="${cur%%,*},"
                    [[ "$items" == *=* ]] && key="${items%%%%=*}="
                    items="${items#"$key"}"
                    joined[cword]="$key${cur##*,}"
                  fi
                  local -a COMP_WORDS=("${joined[@]}")
                  local COMP_CWORD=$cword
                  %1$s "$@"
                  if [[ -n "$items" ]]; then
                    COMPREPLY=("${COMPREPLY[@]/#"$key"/$key$items}")
                  fi
                  if [[ "${COMP_WORDBREAKS-}" == *=* ]]; then
                    if [[ "$cur" == *=* ]]; then
                      local prefix="${cur%%"${cur##*=}"}"
                      COMPREPLY=("${COMPREPLY[@]#"$prefix"}")
                    fi
                  elif [[ -n "$option" ]]; then
                    COMPREPLY=("${COMPREPLY[@]/#/$option=}")
                  fi
                }
                complete -F %2$s -o default %3$s %3$s.sh %3$s.bash
                """.formatted(PICOCLI_FUNCTION, FUNCTION, COMMAND);
    }
}

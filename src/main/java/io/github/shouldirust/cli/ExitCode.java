package io.github.shouldirust.cli;

/** The documented exit codes; scripts and CI gate on these, so they never change meaning. */
public final class ExitCode {
    public static final int EVALUATED = 0;
    public static final int INTERNAL_ERROR = 1;
    /** rules diff: some verdict changes, as diff(1) exits 1 when the files differ. */
    public static final int VERDICTS_CHANGE = 1;

    public static final int USAGE = 2;
    public static final int BAD_RULES = 3;
    public static final int FAILED_ON_VERDICT = 4;
    /** rules test: an example failed, or rule coverage is below --min-coverage. */
    public static final int TESTS_FAILED = 5;
    /** The verdict's confidence is below --min-confidence: too many questions are open to trust it. */
    public static final int TOO_UNSURE = 6;
    /** The output could not be written (a full disk, a closed stdout); EX_IOERR in sysexits.h. */
    public static final int OUTPUT_FAILED = 74;
    /** The reader of stdout stopped early (`| head`): quietly, as a shell reports SIGPIPE (128 + 13). */
    public static final int STDOUT_CLOSED_BY_READER = 141;
    /** As a shell reports a process ended by Ctrl-C (128 + SIGINT). */
    public static final int CANCELLED = 130;

    private ExitCode() {}
}

package se.kanalregister.cli;

/** What a run of the command line tells the shell. Scripts and CI rely on these numbers. */
enum ExitCode {
    /** Done; warnings are allowed. */
    OK(0),
    /** The content has errors (or warnings with {@code --strict}), or a file could not be written. */
    CONTENT_ERRORS(1),
    /** The command line itself is wrong. */
    USAGE(2),
    /** A fault in the program, not the user's. */
    FAULT(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }
}

package se.kanalregister.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.TreeSet;
import se.kanalregister.text.Messages;

/** The options more than one command reads; an option only one command reads lives in that command. */
final class CommonOptions {

    static final Option<Path> CONTENT = Option.folder("--content", "content");
    /** Without it, a missing ./templates simply means the built-in look. */
    static final Option<Path> TEMPLATES = Option.folder("--templates", "templates");
    static final Option<Path> OUT = Option.folder("--out", "site");
    /** Null means the system clock's date. */
    static final Option<LocalDate> TODAY = Option.valued("--today", "2026-01-31", null, CommonOptions::date);
    static final Option<Boolean> STRICT = Option.flag("--strict");
    static final Option<Boolean> QUIET = Option.flag("--quiet");
    /** Every command takes it, so no command lists it. */
    static final Option<String> LANG = Option.valued("--lang", "en", "sv", CommonOptions::language)
            .completing(List.copyOf(new TreeSet<>(Messages.LANGUAGES)));

    private CommonOptions() {}

    private static LocalDate date(String value) throws UsageException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("cli.bad-date", value);
        }
    }

    private static String language(String value) throws UsageException {
        if (!Messages.LANGUAGES.contains(value)) throw new UsageException("cli.bad-lang", value);
        return value;
    }
}

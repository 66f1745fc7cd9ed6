package se.kanalregister.cli;

import se.kanalregister.authoring.TranslationFile;

/** {@code new översättning <code>}: what the command line refuses before a file is written. */
final class TranslationCommand {

    private TranslationCommand() {}

    /** Refuses a code that is not a language code, and sv or en, whose texts are built in. */
    static void refuse(String code) throws UsageException {
        if (!TranslationFile.isLanguageCode(code)) throw new UsageException("cli.new.bad-language", code);
        if (TranslationFile.isBuiltIn(code)) throw new UsageException("cli.new.built-in-language", code);
    }
}

package se.kanalregister.authoring;

import java.util.Map;
import java.util.regex.Pattern;
import se.kanalregister.text.Messages;

/**
 * The file {@code new översättning <code>} writes: {@code translations/<code>.yaml} with every
 * sentence of the info texts as an empty key, and its Swedish text as a comment above it, so
 * that {@code check} names each key until it is translated.
 */
public final class TranslationFile {

    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

    private TranslationFile() {}

    /** True for a code such as {@code se}, {@code fi}, {@code fit}, {@code smj}. */
    public static boolean isLanguageCode(String code) {
        return CODE.matcher(code).matches();
    }

    /** True for a language whose texts are built in (sv, en): it needs no file. */
    public static boolean isBuiltIn(String code) {
        return Messages.LANGUAGES.contains(code);
    }

    static String text(String code) {
        StringBuilder b = new StringBuilder()
                .append("# Informationstexternas meningar på ").append(code).append(".\n")
                .append("# Skriv översättningen efter kolonet på varje rad, inom citattecken om den innehåller kolon.\n")
                .append("# {0}, {1} … är värden från registret (namn, adresser, datum): behåll dem i översättningen.\n")
                .append("# Texten publiceras först när varje rad är översatt. Lägg också till ").append(code)
                .append(" i languages i organisation.yaml.\n");
        for (Map.Entry<String, String> e : Messages.infoTextSentences().entrySet()) {
            b.append('\n').append("# ").append(e.getValue().replace("\n", " ")).append('\n').append(e.getKey()).append(":\n");
        }
        return b.toString();
    }
}

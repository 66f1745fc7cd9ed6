package se.kanalregister.serve;

import se.kanalregister.diag.Diagnostic;
import se.kanalregister.text.Messages;

/**
 * One line of a build's report, already in the user's language: where ({@code file:line:column},
 * a template, or {@code kanalregister}) and what, e.g. {@code fel: fältet "purpse" finns inte — …}.
 */
record Problem(String where, String text) {

    /** A diagnostic of the build: the place apart, so the page can show it as code. */
    static Problem of(Diagnostic d, Messages messages) {
        return new Problem(d.position().toString(), d.text(messages));
    }

    /** {@code where: text}, as the build command prints it (by the same {@link Diagnostic#line}). */
    String line() {
        return Diagnostic.line(where, text);
    }
}

package se.kanalregister.serve;

/**
 * One line of a build's report, already in the user's language: where ({@code file:line:column},
 * a template, or {@code kanalregister}) and what, e.g. {@code fel: fältet "purpse" finns inte — …}.
 */
record Problem(String where, String text) {

    /** {@code where: text}, as the build command prints it. */
    String line() {
        return where + ": " + text;
    }
}

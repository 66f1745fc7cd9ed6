package se.kanalregister.account;

/**
 * One line of a platform's table: a regular expression over the address's path (or over a
 * handle without its at sign), matched in full and without regard to ASCII case, and what a
 * match means. Expressions use only the syntax Java and JavaScript read alike: ASCII classes,
 * groups, alternation and counted repeats.
 *
 * @param pattern   the expression, anchored with ^ and $
 * @param param     optional: a query parameter that must be present with digits only, e.g. {@code id}
 * @param outcome   what a match is
 * @param kind      for {@link Outcome#ACCOUNT}: the kind of key
 * @param key       for {@link Outcome#ACCOUNT}: the key, from {@code $1}…{@code $9}, {@code {host}} and {@code {param}}
 * @param fold      for {@link Outcome#ACCOUNT}: the differences the platform ignores in the key
 */
public record Rule(String pattern, String param, Outcome outcome, String kind, String key, Fold fold) {

    static Rule account(String pattern, String kind, String key, Fold fold) {
        return new Rule(pattern, null, Outcome.ACCOUNT, kind, key, fold);
    }

    static Rule accountByParam(String pattern, String param, String kind) {
        return new Rule(pattern, param, Outcome.ACCOUNT, kind, "{param}", Fold.NONE);
    }

    static Rule notAccount(String pattern) {
        return new Rule(pattern, null, Outcome.NOT_ACCOUNT, null, null, null);
    }

    static Rule uncheckable(String pattern) {
        return new Rule(pattern, null, Outcome.UNCHECKABLE, null, null, null);
    }
}

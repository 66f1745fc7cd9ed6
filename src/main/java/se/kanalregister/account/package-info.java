/**
 * Account identity: from an address or a handle, which account on which platform it names.
 * The platforms' rules are data ({@link se.kanalregister.account.AccountRules}); the same table
 * is written as JSON for the directory's page script, whose small interpreter mirrors
 * {@link se.kanalregister.account.AccountParser} and {@link se.kanalregister.account.Verifier}.
 * A change to the interpreter here must be made in templates/assets/site.js too; the shared
 * case table (src/test/resources/verification/cases.tsv) proves they agree.
 */
package se.kanalregister.account;

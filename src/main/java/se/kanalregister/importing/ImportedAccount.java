package se.kanalregister.importing;

import se.kanalregister.diag.SourcePosition;

/**
 * What one spreadsheet row or one link of a web page says about an account, as written there.
 * Every text is optional (null when the source does not say); nothing is checked yet.
 *
 * @param from      where in the source it was found (the row's or the link's line)
 * @param platform  the platform as written ("Tik tok", "Twitter"), or null to tell it from the address
 * @param started   the start date as written, or null
 * @param ended     the end date as written, or null
 * @param closed    the source says the account is no longer used
 * @param person    a named person (contact, owner): internal only, never public
 * @param notes     other facts for staff (a contact's e-mail or phone), or null
 */
record ImportedAccount(SourcePosition from, String name, String platform, String url, String handle, String unit,
                       String purpose, String started, String ended, boolean closed, String person, String notes) {

    /** This account's facts, with the gaps filled from {@code other}, a second mention of the same account. */
    ImportedAccount merge(ImportedAccount other) {
        return new ImportedAccount(from, or(name, other.name), or(platform, other.platform), or(url, other.url),
                or(handle, other.handle), or(unit, other.unit), or(purpose, other.purpose), or(started, other.started),
                or(ended, other.ended), closed || other.closed, or(person, other.person), or(notes, other.notes));
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }
}

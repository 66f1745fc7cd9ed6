package se.kanalregister.importing;

import java.util.Locale;
import se.kanalregister.account.AccountParser;
import se.kanalregister.account.Reading;

/**
 * Account equality by the register's own account rules ({@link AccountParser}, the rules the
 * check and the "Är kontot äkta?" box use): {@code m.}, {@code www.}, letter case where the
 * platform ignores it, a trailing slash, a query, {@code twitter.com} for X and a post's
 * address under its account all name one account. An address that names no account (a short
 * link, a share link) is compared as it is written, without scheme and fragment.
 */
final class AddressIdentity implements AccountIdentity {

    @Override
    public String key(String address) {
        Reading r = AccountParser.read(address.strip());
        if (r.kind() == Reading.Kind.ADDRESS && !r.identities().isEmpty()) return r.identities().get(0).id();
        String s = address.strip().replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "").replaceFirst("#.*$", "");
        return "address:" + s.toLowerCase(Locale.ROOT);
    }
}

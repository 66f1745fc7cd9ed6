package se.kanalregister.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kanalregister.model.Platform;
import se.kanalregister.text.AccountAddress;

/**
 * Account equality from the address alone: the register's normal form
 * ({@link AccountAddress#normalise}: scheme, {@code www.}, {@code m.}, letter case, trailing
 * slash, query and fragment do not matter), with every host a platform owns written as the
 * platform's main domain, so {@code twitter.com/kultur} and {@code x.com/Kultur} are one
 * account. Facebook's {@code profile.php?id=…} keeps its id: there the query is the account.
 */
final class AddressIdentity implements AccountIdentity {

    private static final Pattern PROFILE_ID = Pattern.compile("[?&]id=(\\d+)");

    @Override
    public String key(String address) {
        String normal = AccountAddress.normalise(address);
        int slash = normal.indexOf('/');
        String host = slash < 0 ? normal : normal.substring(0, slash);
        String path = slash < 0 ? "" : normal.substring(slash);
        Platform platform = AccountLinks.platformOfHost(host);
        if (platform != null && !platform.domains().isEmpty()) host = platform.domains().get(0);
        if (platform == Platform.FACEBOOK && path.equals("/profile.php")) path += "?id=" + profileId(address);
        return host + path;
    }

    private static String profileId(String address) {
        Matcher m = PROFILE_ID.matcher(address);
        return m.find() ? m.group(1) : "";
    }
}

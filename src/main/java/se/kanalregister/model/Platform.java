package se.kanalregister.model;

import java.util.List;
import java.util.Locale;

/**
 * The platforms of register format version 1, with the length limit of the profile's bio
 * field. Which hosts and addresses belong to a platform is the account rules' business
 * ({@code se.kanalregister.account.AccountRules}), the one table for checks, import and the
 * "Är kontot äkta?" box.
 *
 * <p>Bio limits, in user-perceived characters, as the platforms' own help pages state them
 * (checked 2026-11; sources and dates in docs/info-texts.md): Facebook Page "Bio" (intro) 101
 * (the editor's counter; no help-centre page states it, see the note there), Instagram "Bio" 150 (help.instagram.com, "Edit your Instagram profile"),
 * X "Bio" 160 (help.x.com, "How to customize your profile"), TikTok "Bio" 80
 * (support.tiktok.com, "Editing your profile"), Bluesky description 256 (the AT Protocol
 * lexicon app.bsky.actor.profile, maxGraphemes 256), Mastodon "Bio" 500 (the default of
 * Mastodon's server code, MAX_NOTE_LENGTH in app/models/account.rb), YouTube channel
 * description 1,000 (support.google.com/youtube, "Manage your channel's basic info"),
 * LinkedIn page "About" / overview 2,000 (linkedin.com/help, "Edit your LinkedIn Page").
 * Platforms without a short field (0) get only the full text.
 */
public enum Platform {
    FACEBOOK("Facebook", 101),
    INSTAGRAM("Instagram", 150),
    X("X", 160),
    YOUTUBE("YouTube", 1000),
    LINKEDIN("LinkedIn", 2000),
    TIKTOK("TikTok", 80),
    THREADS("Threads", 500),
    BLUESKY("Bluesky", 256),
    MASTODON("Mastodon", 500),
    FLICKR("Flickr", 0),
    VIMEO("Vimeo", 0),
    SNAPCHAT("Snapchat", 150),
    BLOG("Blogg", 0),
    PODCAST("Podd", 0),
    OTHER("Annan", 0);

    private final String displayName;
    private final int bioLimit;
    Platform(String displayName, int bioLimit) {
        this.displayName = displayName;
        this.bioLimit = bioLimit;
    }

    /** The value written in a channel file: {@code facebook}, {@code x}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The platform's own name as residents know it. */
    public String displayName() {
        return displayName;
    }

    /** The bio field's limit in user-perceived characters, or 0 when the platform has no short field. */
    public int bioLimit() {
        return bioLimit;
    }

    /** The platform with this id, or null. */
    public static Platform byId(String id) {
        for (Platform p : values()) if (p.id().equals(id)) return p;
        return null;
    }

    /** The name X had until 2023; lists still say it, and the register reads it as {@link #X}. */
    public static final String FORMER_X = "twitter";

    /**
     * The platform a person meant by {@code written}, compared without regard to case, spaces
     * and hyphens ({@code Tik tok}, {@code LinkedIn}, {@code you-tube}), or null. Only the
     * register's own names are folded, plus {@link #FORMER_X}; anything looser would guess.
     */
    public static Platform byWrittenName(String written) {
        String folded = fold(written);
        if (folded.equals(FORMER_X)) return X;
        return byId(folded);
    }

    /** True when {@code written} is X's former name in any case or spacing: read as X, with a warning. */
    public static boolean isFormerXName(String written) {
        return fold(written).equals(FORMER_X);
    }

    /** Lower case without spaces and hyphens: {@code "Tik tok"} becomes {@code tiktok}. */
    public static String fold(String written) {
        StringBuilder b = new StringBuilder(written.length());
        written.strip().toLowerCase(Locale.ROOT).codePoints()
                .filter(c -> c != '-' && c != '\u2010' && c != '\u2011' && !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Every id, in the spec's order: for messages that list the choices. */
    public static List<String> ids() {
        return java.util.Arrays.stream(values()).map(Platform::id).toList();
    }
}

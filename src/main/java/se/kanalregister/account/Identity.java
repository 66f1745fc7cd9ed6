package se.kanalregister.account;

/**
 * One account: the platform ({@code facebook}, or {@code web} for an exact address on any
 * other site), the kind of key ({@code username}, {@code id}, {@code channel} …) and the key in
 * the platform's own normal form, so that two spellings of one account have equal identities.
 */
public record Identity(String platform, String kind, String key) {

    /** {@code facebook:username:kulturiexempelby}: the key verifiering.json and the page use. */
    public String id() {
        return platform + ":" + kind + ":" + key;
    }

    /** The key as an account of this platform is written in messages: the part before a Mastodon host is not enough. */
    @Override
    public String toString() {
        return id();
    }
}

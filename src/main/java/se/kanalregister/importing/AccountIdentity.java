package se.kanalregister.importing;

/**
 * When two addresses are the same account, however they are spelled. The import's only
 * notion of account equality, kept behind this one method so that a fuller identity model
 * can take its place without touching the rest of the import.
 */
@FunctionalInterface
interface AccountIdentity {

    /** A key that is equal for two addresses exactly when they name the same account. */
    String key(String address);

    /** The register's account rules: {@link AddressIdentity}. */
    static AccountIdentity standard() {
        return new AddressIdentity();
    }
}

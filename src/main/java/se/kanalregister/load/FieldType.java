package se.kanalregister.load;

/** The types of register format fields; each says how a scalar's text becomes a value. */
public enum FieldType {
    /** One line or paragraph of text. */
    TEXT,
    /** An absolute {@code https://} address. */
    HTTPS_URL,
    /** Text, or an {@code https://} address when it starts with a scheme. */
    TEXT_OR_URL,
    EMAIL,
    /** {@code YYYY-MM-DD}, a real calendar day. */
    DATE,
    /** A {@link #DATE}, or {@code okänt}/{@code unknown} (any case) for a date nobody knows: read as absent. */
    DATE_OR_UNKNOWN,
    /** A platform id, read without regard to case, spaces and hyphens; {@code twitter} is read as x with a warning. */
    PLATFORM,
    /** An IANA time-zone id such as {@code Europe/Stockholm}. */
    TIME_ZONE,
    /** yes or no (also true/false, ja/nej). */
    YES_NO,
    WHOLE_NUMBER,
    /** A language code such as {@code sv}, {@code se}, {@code fit}. */
    LANGUAGE,
    /** One of {@link Field#choices()}. */
    CHOICE,
    TEXT_LIST,
    LANGUAGE_LIST,
    /** Domain names such as {@code exempelby.se}. */
    DOMAIN_LIST,
    /** A nested mapping described by {@link Field#nested()}. */
    MAPPING,
    /** A list of mappings, each described by {@link Field#nested()}. */
    MAPPING_LIST
}

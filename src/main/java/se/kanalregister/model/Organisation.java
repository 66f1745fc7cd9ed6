package se.kanalregister.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Who publishes the register.
 *
 * @param privacyUrl     optional
 * @param guidelinesUrl  optional
 * @param hours          optional: when channels are staffed
 * @param responseTime   optional: the promise for answers
 * @param orgNumber      optional (format extension): organisationsnummer, for open-data metadata
 * @param timeZone       whose calendar "today" is in for compliance (format 1.1; Europe/Stockholm by default)
 * @param geonamesId     optional (format extension): the Geonames id of the organisation's area, digits only,
 *                       for the geographical coverage ({@code dcterms:spatial}) in dcat.rdf
 * @param authorities    the bodies a channel may name in {@code authority:} (format 1.1)
 */
public record Organisation(
        String name,
        String website,
        String baseUrl,
        String language,
        List<String> languages,
        Contact contact,
        String privacyUrl,
        String guidelinesUrl,
        List<String> officialEmailDomains,
        String hours,
        String responseTime,
        List<String> rules,
        Review review,
        String orgNumber,
        Accessibility accessibility,
        ZoneId timeZone, String geonamesId, List<Authority> authorities) {

    /** The zone when organisation.yaml names none. */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/Stockholm");

    public Organisation {
        Objects.requireNonNull(timeZone, "timeZone");
        languages = List.copyOf(languages);
        officialEmailDomains = List.copyOf(officialEmailDomains);
        rules = List.copyOf(rules);
        authorities = List.copyOf(authorities);
    }

    /** The authority with {@code id}, or null: a channel without {@code authority:} answers to the organisation. */
    public Authority authority(String id) {
        if (id == null) return null;
        for (Authority a : authorities) if (a.id().equals(id)) return a;
        return null;
    }
}

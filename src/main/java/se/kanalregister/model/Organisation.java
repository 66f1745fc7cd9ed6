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
        ZoneId timeZone, String geonamesId) {

    /** The zone when organisation.yaml names none. */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/Stockholm");

    public Organisation {
        Objects.requireNonNull(timeZone, "timeZone");
        languages = List.copyOf(languages);
        officialEmailDomains = List.copyOf(officialEmailDomains);
        rules = List.copyOf(rules);
    }
}

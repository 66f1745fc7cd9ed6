package se.kanalregister.model;

import java.util.List;

/**
 * Who publishes the register.
 *
 * @param privacyUrl     optional
 * @param guidelinesUrl  optional
 * @param hours          optional: when channels are staffed
 * @param responseTime   optional: the promise for answers
 * @param orgNumber      optional (format extension): organisationsnummer, for open-data metadata
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
        String geonamesId) {

    public Organisation {
        languages = List.copyOf(languages);
        officialEmailDomains = List.copyOf(officialEmailDomains);
        rules = List.copyOf(rules);
    }
}

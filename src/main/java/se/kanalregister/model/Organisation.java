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
        List<Authority> authorities) {

    public Organisation {
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

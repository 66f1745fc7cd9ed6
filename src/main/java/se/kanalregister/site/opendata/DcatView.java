package se.kanalregister.site.opendata;

import java.util.List;

/**
 * What templates/opendata/dcat.ftlx needs: the catalog, its one dataset with a JSON and a
 * CSV distribution, the publisher and the contact point, as DCAT-AP-SE 2 describes them.
 * URIs are absolute; optional components are null. Every text is XML-safe: the loader
 * refuses characters XML cannot hold.
 */
public record DcatView(Catalog catalog, Publisher publisher, Dataset dataset, ContactPoint contact,
                       List<Distribution> distributions) {

    public DcatView {
        distributions = List.copyOf(distributions);
    }

    /** A text in one language ({@code xml:lang}). */
    public record Text(String lang, String text) {}

    /** @param languages EU language authority URIs; @param modified optional xsd:date */
    public record Catalog(String uri, List<Text> titles, List<Text> descriptions, String homepage, List<String> languages,
                          String modified, String license) {
        public Catalog {
            titles = List.copyOf(titles);
            descriptions = List.copyOf(descriptions);
            languages = List.copyOf(languages);
        }
    }

    /** @param identifier optional: the organisationsnummer; @param type an ADMS publisher type URI */
    public record Publisher(String uri, String name, String identifier, String homepage, String type) {}

    /** @param modified optional xsd:date; @param startDate optional: the oldest channel's start */
    public record Dataset(String uri, List<Text> titles, List<Text> descriptions, List<Text> keywords, String landingPage,
                          List<String> languages, String theme, String accessRights, String accrualPeriodicity,
                          String modified, String startDate) {
        public Dataset {
            titles = List.copyOf(titles);
            descriptions = List.copyOf(descriptions);
            keywords = List.copyOf(keywords);
            languages = List.copyOf(languages);
        }
    }

    /** @param email optional {@code mailto:} URI; @param telephone optional {@code tel:} URI; @param url optional */
    public record ContactPoint(String uri, String name, String email, String telephone, String url) {}

    /** @param mediaType the IANA media type, e.g. {@code text/csv} */
    public record Distribution(String uri, List<Text> titles, List<Text> descriptions, String mediaType, String url,
                               String license) {
        public Distribution {
            titles = List.copyOf(titles);
            descriptions = List.copyOf(descriptions);
        }
    }
}

package se.kanalregister.site.opendata;

import java.util.List;

/**
 * What templates/opendata/dcat.ftlx needs: the catalog, its one dataset with a JSON and a
 * CSV distribution, the publisher and the contact point, as DCAT-AP-SE 3.0.1 describes them.
 * URIs are absolute; optional components are null. Every text is XML-safe: the loader
 * refuses characters XML cannot hold. {@link #typed()} lists the other resources the
 * catalog links to that no vocabulary describes, with their class, because the profile's
 * range rules ask each linked resource to say what it is.
 */
public record DcatView(Catalog catalog, Publisher publisher, Dataset dataset, ContactPoint contact,
                       List<Distribution> distributions, List<Typed> typed) {

    public DcatView {
        distributions = List.copyOf(distributions);
        typed = List.copyOf(typed);
    }

    /** A text in one language ({@code xml:lang}). */
    public record Text(String lang, String text) {}

    /**
     * A linked resource and its class, with titles where the register names it (its own
     * pages and schema) and none otherwise (the licence, the media types, the area).
     *
     * @param type the class as a qualified name of the template's namespaces, e.g. {@code foaf:Document}
     */
    public record Typed(String uri, String type, List<Text> titles) {
        public Typed {
            titles = List.copyOf(titles);
        }
    }

    /**
     * @param languages EU language authority URIs; @param issued optional xsd:date;
     * @param modified optional xsd:date; @param spatial optional: the organisation's area
     */
    public record Catalog(String uri, List<Text> titles, List<Text> descriptions, String homepage, List<String> languages,
                          String issued, String modified, String license, String spatial, String themeTaxonomy) {
        public Catalog {
            titles = List.copyOf(titles);
            descriptions = List.copyOf(descriptions);
            languages = List.copyOf(languages);
        }
    }

    /** @param identifier optional: the organisationsnummer; @param type an ADMS publisher type URI */
    public record Publisher(String uri, String name, String identifier, String homepage, String type) {}

    /**
     * @param issued optional xsd:date; @param modified optional xsd:date;
     * @param startDate optional: the oldest channel's start; @param spatial optional: the organisation's area;
     * @param conformsTo the JSON Schema that describes the dataset's fields
     */
    public record Dataset(String uri, List<Text> titles, List<Text> descriptions, List<Text> keywords, String landingPage,
                          List<String> languages, String theme, String accessRights, String accrualPeriodicity,
                          String issued, String modified, String startDate, String spatial, String conformsTo) {
        public Dataset {
            titles = List.copyOf(titles);
            descriptions = List.copyOf(descriptions);
            keywords = List.copyOf(keywords);
            languages = List.copyOf(languages);
        }
    }

    /** @param email optional {@code mailto:} URI; @param telephone optional {@code tel:} URI; @param url optional */
    public record ContactPoint(String uri, String name, String email, String telephone, String url) {}

    /**
     * @param mediaType the IANA media type, e.g. {@code text/csv} (as in earlier versions of this view);
     * @param format the EU file-type authority URI; @param mediaTypeUri the IANA register's URI of the media type;
     * @param availability the planned-availability URI; @param conformsTo optional: the JSON Schema the file follows
     */
    public record Distribution(String uri, List<Text> titles, List<Text> descriptions, String mediaType, String url,
                               String license, String format, String mediaTypeUri, String availability,
                               String conformsTo) {
        public Distribution {
            titles = List.copyOf(titles);
            descriptions = List.copyOf(descriptions);
        }
    }
}

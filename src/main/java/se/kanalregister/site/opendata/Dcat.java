package se.kanalregister.site.opendata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.SiteAddress;
import se.kanalregister.text.Messages;

/**
 * dcat.rdf: the register described in DCAT-AP-SE 3.0.1 (RDF/XML, the one syntax Sweden's
 * data portal harvests). Mandatory there: the catalog's title, description, publisher,
 * dataset and license (CC0 for the catalog); the dataset's title, description and
 * publisher; each distribution's access URL and format; the publisher's name and type; the
 * contact point's kind, name and e-mail. Every recommended property the content can fill
 * truthfully is given too, and every linked resource is typed with the class the profile's
 * range asks for. Titles and descriptions are given in every language of the organisation
 * that has a message bundle. docs/open-data.md lists each property and its source.
 */
final class Dcat {

    static final String FILE = "dcat.rdf";
    /** DCAT-AP-SE requires this URI, with http, as the catalog's license. */
    static final String CC0 = "http://creativecommons.org/publicdomain/zero/1.0/";
    static final String LOCAL_AUTHORITY = "http://purl.org/adms/publishertype/LocalAuthority";
    static final String THEME_GOVERNMENT = "http://publications.europa.eu/resource/authority/data-theme/GOVE";
    static final String PUBLIC_ACCESS = "http://publications.europa.eu/resource/authority/access-right/PUBLIC";
    static final String IRREGULAR = "http://publications.europa.eu/resource/authority/frequency/IRREG";
    static final String DATA_THEMES = "http://publications.europa.eu/resource/authority/data-theme";
    /** Planned to stay at its address for as long as the register is published. */
    static final String STABLE = "http://publications.europa.eu/resource/authority/planned-availability/STABLE";
    static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    static final String IANA_MEDIA_TYPE = "https://www.iana.org/assignments/media-types/";
    /** DCAT-AP-SE names Geonames for dcterms:spatial, in exactly this form (http, no trailing slash). */
    static final String GEONAMES = "http://sws.geonames.org/";
    /** Sweden's data portal identifies publishers as this followed by the 10-digit organisationsnummer. */
    static final String PORTAL_ORGANISATION = "http://dataportal.se/organisation/SE";
    private static final String LANGUAGE_AUTHORITY = "http://publications.europa.eu/resource/authority/language/";
    /** Register languages that the EU language authority list names (ISO 639-3 codes). */
    private static final Map<String, String> EU_LANGUAGES = Map.of("sv", "SWE", "en", "ENG", "fi", "FIN", "se", "SME",
            "sma", "SMA", "smj", "SMJ");

    private final Organisation organisation;
    private final SiteAddress address;
    private final List<Messages> bundles;

    /** @param messages the bundle of a language code (sv and en have their own; others get Swedish) */
    Dcat(Organisation organisation, SiteAddress address, Function<String, Messages> messages) {
        this.organisation = organisation;
        this.address = address;
        List<Messages> b = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<String> languages = new ArrayList<>(List.of(organisation.language()));
        languages.addAll(organisation.languages());
        for (String lang : languages) {
            Messages m = messages.apply(lang);
            if (!seen.contains(m.language())) {
                seen.add(m.language());
                b.add(m);
            }
        }
        this.bundles = List.copyOf(b);
    }

    DcatView view(List<Channel> channels) {
        String doc = address.absolute(FILE);
        String name = organisation.name();
        ContentDates dates = ContentDates.of(channels);
        String modified = ChannelsJson.date(dates.latest());
        // The content holds no publication date: the register's data begins with its oldest channel.
        String issued = ChannelsJson.date(dates.earliest());
        String home = address.absolute("");
        String spatial = organisation.geonamesId() == null ? null : GEONAMES + organisation.geonamesId();
        List<String> catalogLanguages = languageUris(organisation.languages());
        List<String> datasetLanguages = languageUris(List.of(organisation.language()));
        DcatView.Catalog catalog = new DcatView.Catalog(doc + "#catalog", texts("opendata.catalog.title", name),
                texts("opendata.catalog.description", name), home, catalogLanguages, issued, modified, CC0, spatial,
                DATA_THEMES);
        DcatView.Publisher publisher = new DcatView.Publisher(publisherUri(doc), name, organisation.orgNumber(),
                organisation.website(), LOCAL_AUTHORITY);
        DcatView.Dataset dataset = new DcatView.Dataset(doc + "#dataset", texts("opendata.dataset.title", name),
                texts("opendata.dataset.description", name), keywords(), home, datasetLanguages, THEME_GOVERNMENT,
                PUBLIC_ACCESS, IRREGULAR, issued, modified, issued, spatial, address.absolute(OpenData.JSON_SCHEMA));
        List<DcatView.Distribution> distributions = List.of(
                distribution(doc + "#json", "json", "application/json", "JSON", OpenData.JSON,
                        address.absolute(OpenData.JSON_SCHEMA)),
                distribution(doc + "#csv", "csv", "text/csv", "CSV", OpenData.CSV, null));
        return new DcatView(catalog, publisher, dataset, contact(doc), distributions,
                typed(catalog, dataset, distributions, publisher));
    }

    /**
     * Every linked resource that neither this file nor a vocabulary describes, with the class
     * the profile's range rules name, in a fixed order. Terms of the EU vocabularies
     * (languages, theme, access right, frequency, file type, availability) and of ADMS are
     * left to their lists, which state their classes and names and which validators load; the
     * register's own pages and schema get titles.
     */
    private List<DcatView.Typed> typed(DcatView.Catalog catalog, DcatView.Dataset dataset,
                                       List<DcatView.Distribution> distributions, DcatView.Publisher publisher) {
        Map<String, DcatView.Typed> out = new LinkedHashMap<>();
        put(out, catalog.homepage(), "foaf:Document", dataset.titles());
        put(out, catalog.license(), "dcterms:LicenseDocument", List.of());
        put(out, catalog.spatial(), "dcterms:Location", List.of());
        put(out, publisher.homepage(), "foaf:Document", List.of());
        put(out, dataset.conformsTo(), "dcterms:Standard", texts("opendata.schema.title"));
        for (DcatView.Distribution d : distributions) put(out, d.mediaTypeUri(), "dcterms:MediaType", List.of());
        return List.copyOf(out.values());
    }

    private static void put(Map<String, DcatView.Typed> out, String uri, String type, List<DcatView.Text> titles) {
        if (uri != null) out.putIfAbsent(uri, new DcatView.Typed(uri, type, titles));
    }

    /**
     * With an organisationsnummer, the data portal's own identifier for the organisation
     * ({@code http://dataportal.se/organisation/SE2120002940}), which lets the portal merge it
     * with the same publisher in other catalogs; without one, a URI in this file.
     */
    String publisherUri(String doc) {
        String digits = organisation.orgNumber() == null ? "" : organisation.orgNumber().replaceAll("[^0-9]", "");
        return digits.length() == 10 ? PORTAL_ORGANISATION + digits : doc + "#publisher";
    }

    private DcatView.ContactPoint contact(String doc) {
        var c = organisation.contact();
        return new DcatView.ContactPoint(doc + "#contact", organisation.name(),
                c.email() == null ? null : "mailto:" + c.email(), c.phoneUri(), c.feedbackUrl());
    }

    private DcatView.Distribution distribution(String uri, String key, String mediaType, String fileType, String file,
                                               String conformsTo) {
        return new DcatView.Distribution(uri, texts("opendata.distribution." + key + ".title"),
                texts("opendata.distribution." + key + ".description"), mediaType, address.absolute(file), CC0,
                FILE_TYPE + fileType, IANA_MEDIA_TYPE + mediaType, STABLE, conformsTo);
    }

    private List<DcatView.Text> texts(String key, Object... args) {
        List<DcatView.Text> out = new ArrayList<>();
        for (Messages m : bundles) out.add(new DcatView.Text(m.language(), m.format(key, args)));
        return out;
    }

    private List<DcatView.Text> keywords() {
        List<DcatView.Text> out = new ArrayList<>();
        for (Messages m : bundles) {
            for (String k : m.get("opendata.dataset.keywords").split(",")) {
                if (!k.isBlank()) out.add(new DcatView.Text(m.language(), k.strip()));
            }
        }
        return out;
    }

    private static List<String> languageUris(List<String> codes) {
        List<String> out = new ArrayList<>();
        for (String code : codes) {
            String eu = EU_LANGUAGES.get(code);
            if (eu != null && !out.contains(LANGUAGE_AUTHORITY + eu)) out.add(LANGUAGE_AUTHORITY + eu);
        }
        return out;
    }
}

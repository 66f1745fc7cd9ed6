package se.kanalregister.load;

import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.load.yaml.YamlNode;
import se.kanalregister.model.Accessibility;
import se.kanalregister.model.Contact;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.Review;
import se.kanalregister.text.Hosts;

/** Builds the {@link Organisation} from organisation.yaml. */
final class OrganisationReader {

    /** A Geonames id: the number at the end of a place's address on geonames.org. */
    private static final Pattern GEONAMES_ID = Pattern.compile("[1-9][0-9]{0,9}");

    private final Diagnostics diagnostics;

    OrganisationReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** @return the organisation, or null when the file has errors that leave no usable value */
    Organisation read(YamlNode root) {
        Fields f = new FieldReader(diagnostics).readRoot(root, Schemas.ORGANISATION);
        if (f == null) return null;
        Fields c = f.mapping("contact");
        Contact contact = Contact.NONE;
        if (c != null) {
            contact = new Contact(c.text("email"), c.text("phone"), null, c.text("address"), c.text("feedback_url"));
            if (contact.email() == null && contact.phone() == null && !c.has("email") && !c.has("phone")) {
                diagnostics.error(c.position(), "organisation.contact.missing");
            }
        }
        String language = f.has("language") ? f.text("language") : "sv";
        List<String> languages = f.list("languages").isEmpty() ? List.of(language) : f.list("languages");
        List<String> domains = f.list("official_email_domains");
        if (domains.isEmpty() && f.text("website") != null) {
            String host = Hosts.ascii(f.text("website"));
            if (host != null) domains = List.of(host.startsWith("www.") ? host.substring(4) : host);
        }
        Fields r = f.mapping("review");
        Review review = r == null ? Review.DEFAULT : new Review(
                r.wholeNumber("snapshot_months", Review.DEFAULT.snapshotMonths()),
                r.wholeNumber("inactive_days", Review.DEFAULT.inactiveDays()));
        Fields a = f.mapping("accessibility");
        Accessibility accessibility = a == null ? Accessibility.NONE : new Accessibility(
                a.text("compliance"), a.date("assessed_on"), a.text("method"), a.list("known_issues"),
                a.text("contact_email"));
        String geonamesId = f.text("geonames_id");
        if (geonamesId != null && !GEONAMES_ID.matcher(geonamesId).matches()) {
            diagnostics.error(f.position("geonames_id"), "organisation.geonames-id", geonamesId);
            geonamesId = null;
        }
        if (f.text("name") == null || f.text("website") == null || f.text("base_url") == null) return null;
        return new Organisation(f.text("name"), f.text("website"), withSlash(f.text("base_url")), language, languages,
                contact, f.text("privacy_url"), f.text("guidelines_url"), domains, f.text("hours"),
                f.text("response_time"), f.list("rules"), review, f.text("org_number"), accessibility,
                f.has("time_zone") ? ZoneId.of(f.text("time_zone")) : Organisation.DEFAULT_TIME_ZONE,
                geonamesId,
                new AuthoritiesReader(diagnostics).read(f.mappings("authorities")));

    }

    /** base_url is a folder: links are made by appending paths to it. */
    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}

package se.kanalregister.load;

import static se.kanalregister.load.Field.choice;
import static se.kanalregister.load.Field.mapping;
import static se.kanalregister.load.Field.mappingList;
import static se.kanalregister.load.Field.optional;
import static se.kanalregister.load.Field.required;
import static se.kanalregister.load.FieldType.DATE;
import static se.kanalregister.load.FieldType.DATE_OR_UNKNOWN;
import static se.kanalregister.load.FieldType.DOMAIN_LIST;
import static se.kanalregister.load.FieldType.EMAIL;
import static se.kanalregister.load.FieldType.HTTPS_URL;
import static se.kanalregister.load.FieldType.LANGUAGE;
import static se.kanalregister.load.FieldType.LANGUAGE_LIST;
import static se.kanalregister.load.FieldType.TEXT;
import static se.kanalregister.load.FieldType.TEXT_LIST;
import static se.kanalregister.load.FieldType.TEXT_OR_URL;
import static se.kanalregister.load.FieldType.TIME_ZONE;
import static se.kanalregister.load.FieldType.WHOLE_NUMBER;
import static se.kanalregister.load.FieldType.YES_NO;

import java.util.List;
import se.kanalregister.model.Authority;
import se.kanalregister.model.Platform;

/**
 * The register format as one table: every file's fields, types and whether they are
 * required. The loader validates against it and the editors' JSON Schemas are made from
 * it, so the two cannot disagree. Fields marked "extension" are optional additions to
 * format version 1 (see docs/format.md).
 */
public final class Schemas {

    private Schemas() {}

    public static final Schema ORGANISATION_CONTACT = new Schema("contact", List.of(
            optional("phone", TEXT, "Telefonnummer till kommunens kontaktcenter eller växel."),
            optional("email", EMAIL, "E-postadress som invånare kan skriva till."),
            optional("address", TEXT, "Postadress eller besöksadress."),
            optional("feedback_url", HTTPS_URL, "Sidan där invånare lämnar synpunkter.")));

    public static final Schema REVIEW = new Schema("review", List.of(
            optional("snapshot_months", WHOLE_NUMBER, "Hur många månader som högst får gå mellan två arkiveringar (standard 6)."),
            optional("inactive_days", WHOLE_NUMBER, "Efter hur många dagar utan aktivitet en kanal flaggas (standard 180).")));

    public static final Schema ACCESSIBILITY = new Schema("accessibility", List.of(
            choice("compliance", false, List.of("full", "partial", "none"),
                    "Hur väl webbplatsen uppfyller kraven: full, partial eller none."),
            optional("assessed_on", DATE, "När tillgängligheten senast granskades."),
            optional("method", TEXT, "Hur granskningen gjordes."),
            optional("known_issues", TEXT_LIST, "Kända brister."),
            optional("contact_email", EMAIL, "Dit man anmäler brister i tillgängligheten.")));

    public static final Schema AUTHORITY = new Schema("authorities", List.of(
            required("id", TEXT, "Namnet som kanalerna använder i authority, till exempel bostadsbolaget."),
            required("name", TEXT, "Myndighetens eller bolagets namn, till exempel Exempelbybostäder AB."),
            choice("kind", true, Authority.Kind.ids(), "nämnd, bolag, förbund eller stiftelse."),
            optional("email", EMAIL, "E-post dit man begär allmänna handlingar och frågar om personuppgifter."),
            optional("phone", TEXT, "Telefonnummer till myndigheten eller bolaget."),
            optional("privacy_url", HTTPS_URL, "Sidan om hur myndigheten eller bolaget behandlar personuppgifter."),
            optional("records_url", HTTPS_URL, "Sidan om hur man begär allmänna handlingar, eller dokumenthanteringsplanen.")));

    public static final Schema ORGANISATION = new Schema("", List.of(
            required("name", TEXT, "Organisationens namn, till exempel Exempelby kommun."),
            required("website", HTTPS_URL, "Organisationens webbplats."),
            required("base_url", HTTPS_URL, "Adressen där den publika delen publiceras."),
            optional("language", LANGUAGE, "Innehållets språk (standard sv)."),
            optional("languages", LANGUAGE_LIST, "Språk som de publika sidornas fasta texter finns på."),
            new Field("contact", FieldType.MAPPING, true, "Kontaktuppgifter som gäller när en kanal saknar egna.",
                    List.of(), ORGANISATION_CONTACT),
            optional("privacy_url", HTTPS_URL, "Sidan om hur organisationen behandlar personuppgifter."),
            optional("guidelines_url", HTTPS_URL, "De publicerade riktlinjerna för sociala medier."),
            optional("official_email_domains", DOMAIN_LIST, "Domäner som kanalernas e-postadresser måste ha."),
            optional("hours", TEXT, "När kanalerna bevakas, till exempel vardagar kl. 8–16."),
            optional("response_time", TEXT, "Hur snabbt vi svarar, till exempel inom en arbetsdag."),
            optional("rules", TEXT_LIST, "Vad inlägg och kommentarer inte får innehålla."),
            mapping("review", REVIEW, "Hur ofta kanalerna ska arkiveras och när de räknas som inaktiva."),
            optional("org_number", TEXT, "Organisationsnummer (tillägg), används i öppna data."),
            mapping("accessibility", ACCESSIBILITY, "Uppgifter till tillgänglighetsredogörelsen (tillägg)."),
            optional("time_zone", TIME_ZONE, "Organisationens tidszon, till exempel Europe/Stockholm (standard)."),
            optional("geonames_id", TEXT, "Geonames-numret för organisationens område (tillägg): siffrorna i slutet av områdets adress på geonames.org. Anger i öppna data vilket område registret gäller."),

            mappingList("authorities", AUTHORITY,
                    "Nämnder, bolag, förbund och stiftelser som har hand om en kanals allmänna handlingar och personuppgifter.")));

    public static final Schema CHANNEL_CONTACT = new Schema("contact", List.of(
            optional("email", EMAIL, "Kanalens egen e-postadress."),
            optional("phone", TEXT, "Kanalens eget telefonnummer."),
            optional("url", HTTPS_URL, "En kontaktsida för kanalen.")));

    public static final Schema HISTORY = new Schema("history", List.of(
            required("date", DATE, "När det hände."),
            required("text", TEXT, "Vad som hände, till exempel Bytte namn från …")));

    public static final Schema INTERNAL = new Schema("internal", List.of(
            optional("owner", TEXT, "Den som ansvarar för kanalen (namn)."),
            optional("deputy", TEXT, "Ersättare vid frånvaro."),
            optional("admins", TEXT_LIST, "Personer eller enheter med administratörsbehörighet."),
            optional("approved_by", TEXT, "Chefen eller funktionen som beslutade att öppna kanalen."),
            optional("approved_on", DATE, "Datum för beslutet."),
            optional("last_snapshot", DATE, "När kanalen senast arkiverades (ögonblicksbild)."),
            optional("last_activity", DATE, "Senaste inlägg eller aktivitet."),
            optional("retention", TEXT, "Gallringsbeslut eller avsnitt i dokumenthanteringsplanen."),
            optional("notes", TEXT, "Fria anteckningar för personalen.")));

    public static final Schema CHANNEL = new Schema("", List.of(
            required("name", TEXT, "Kanalens namn som det står på plattformen."),
            optional("name_language", LANGUAGE, "Språket som namnet är skrivet på, om det inte är organisationens (tillägg)."),
            new Field("platform", FieldType.PLATFORM, true,
                    "Plattformen. Stora eller små bokstäver, mellanslag och bindestreck spelar ingen roll.",
                    Platform.ids(), null),
            optional("platform_name", TEXT, "Plattformens namn när platform är other."),
            required("url", HTTPS_URL, "Kanalens adress, med https://."),
            optional("handle", TEXT, "Kontots användarnamn, till exempel @exempelby."),
            required("unit", TEXT, "Förvaltningen, enheten eller bolaget som ansvarar."),
            optional("authority", TEXT, "id för nämnden eller bolaget i organisation.yaml som har hand om kanalens allmänna handlingar (standard: organisationen)."),
            optional("responsible", TEXT, "Den ansvariga funktionen, en roll och inte en person."),
            required("purpose", TEXT, "Varför kanalen finns."),
            optional("audience", TEXT_LIST, "Målgrupper."),
            optional("central", YES_NO, "yes om kanalen är ett av organisationens huvudkonton."),
            optional("languages", LANGUAGE_LIST, "Språk som kanalen publicerar på."),
            optional("comments", YES_NO, "no om allmänheten inte kan kommentera."),
            optional("messages", YES_NO, "no om allmänheten inte kan skicka direktmeddelanden."),
            mapping("contact", CHANNEL_CONTACT, "Kanalens egna kontaktuppgifter."),
            choice("status", false, List.of("active", "closed", "transferred"), "active, closed eller transferred."),
            optional("started", DATE_OR_UNKNOWN, "Datum då kanalen startade, ÅÅÅÅ-MM-DD, eller okänt om ingen vet."),
            optional("ended", DATE, "Datum då kanalen avslutades eller lämnades över."),
            optional("successor", TEXT_OR_URL, "Vart följarna ska gå nu: text eller en https-adress."),
            mappingList("history", HISTORY, "Händelser i kanalens liv."),
            mapping("internal", INTERNAL, "Interna uppgifter. Publiceras aldrig.")));

    public static final Schema FRONT_MATTER = new Schema("", List.of(
            required("title", TEXT, "Sidans rubrik."),
            optional("order", WHOLE_NUMBER, "Ordningen i handboken."),
            optional("summary", TEXT, "En mening om vad sidan handlar om.")));
}

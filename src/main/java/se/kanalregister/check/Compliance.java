package se.kanalregister.check;

import java.net.IDN;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import se.kanalregister.account.AccountRules;
import se.kanalregister.diag.Diagnostic;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.diag.Severity;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.load.FieldReader;
import se.kanalregister.model.Channel;
import se.kanalregister.model.InternalInfo;
import se.kanalregister.model.Organisation;
import se.kanalregister.model.Register;
import se.kanalregister.model.RegisterEntry;
import se.kanalregister.model.Review;
import se.kanalregister.text.Hosts;
import se.kanalregister.text.Message;

/**
 * The register format's compliance checks, as of a given day. The CLI prints the findings
 * as warnings and the internal handbook's report lists them, both from this class.
 *
 * <p>A closed or transferred channel is only checked for what still matters once it has
 * ended: its end date, a final snapshot, its retention decision, its address and its start date.
 */
public final class Compliance {

    private final Organisation organisation;
    private final LocalDate today;
    /** The official e-mail domains in punycode, to compare, and as people write them, to show; worked out once. */
    private final List<String> officialAscii;
    private final List<String> officialShown;

    public Compliance(Organisation organisation, LocalDate today) {
        this.organisation = organisation;
        this.today = today;
        this.officialAscii = organisation.officialEmailDomains().stream().map(Compliance::ascii).toList();
        this.officialShown = organisation.officialEmailDomains().stream()
                .map(d -> IDN.toUnicode(d.toLowerCase(Locale.ROOT))).toList();
    }

    /** Every finding of the register, by channel id and then by urgency. */
    public List<Finding> findings(Register register) {
        List<Finding> out = new ArrayList<>();
        for (RegisterEntry e : register.entries()) out.addAll(findings(e));
        return out;
    }

    /** The findings of one channel, most urgent first. */
    public List<Finding> findings(RegisterEntry entry) {
        List<Finding> out = new ArrayList<>();
        Channel c = entry.channel();
        InternalInfo i = entry.internal();
        Review review = organisation.review();
        boolean active = c.isActive();
        if (i.lastSnapshot() == null) {
            add(out, entry, ComplianceRule.SNAPSHOT, "compliance.snapshot.missing");
        } else if (active && i.lastSnapshot().plusMonths(review.snapshotMonths()).isBefore(today)) {
            add(out, entry, ComplianceRule.SNAPSHOT, "compliance.snapshot.old", i.lastSnapshot(), review.snapshotMonths());
        }
        if (active && i.admins().size() < 2) {
            add(out, entry, ComplianceRule.ADMINS, "compliance.admins", i.admins().size());
        }
        if (active && i.lastActivity() != null
                && ChronoUnit.DAYS.between(i.lastActivity(), today) > review.inactiveDays()) {
            add(out, entry, ComplianceRule.INACTIVE, "compliance.inactive", i.lastActivity(), review.inactiveDays());
        }
        if (active && i.owner() == null) add(out, entry, ComplianceRule.OWNER, "compliance.owner");
        if (active && i.deputy() == null) add(out, entry, ComplianceRule.DEPUTY, "compliance.deputy");
        String mail = c.contact().email();
        if (active && mail != null && !officialDomain(mail)) {
            add(out, entry, ComplianceRule.EMAIL_DOMAIN, "compliance.email-domain", mail, officialShown);
        }
        String host = Hosts.ascii(c.url());
        if (host != null && !AccountRules.ownsHost(c.platform().id(), host)) {
            add(out, entry, ComplianceRule.URL_HOST, "compliance.url-host", host, c.platformDisplayName(),
                    AccountRules.hosts(c.platform().id()));
        }
        if (active && i.approvedBy() == null) add(out, entry, ComplianceRule.APPROVAL, "compliance.approval");
        if (i.retention() == null) add(out, entry, ComplianceRule.RETENTION, "compliance.retention");
        if (!active && c.ended() == null) add(out, entry, ComplianceRule.ENDED, "compliance.ended", c.status().id());
        // asked of closed channels too: the archive needs the whole life of the channel
        if (c.started() == null) add(out, entry, ComplianceRule.STARTED, "compliance.started");
        out.sort(Comparator.comparing(Finding::rule));
        return out;
    }

    /** Reports each finding as a warning at its channel file. */
    public static void report(List<Finding> findings, Diagnostics diagnostics) {
        for (Finding f : findings) {
            diagnostics.add(new Diagnostic(Severity.WARNING, SourcePosition.of(f.entry().sourceFile()), f.message()));
        }
    }

    /** Both sides in ASCII: the domain taken from the website is punycode, an address may be either. */
    private boolean officialDomain(String email) {
        String domain = FieldReader.hostOfEmail(email);
        if (domain == null) return false;
        domain = ascii(domain);
        for (String official : officialAscii) {
            if (domain.equals(official) || domain.endsWith("." + official)) return true;
        }
        return false;
    }


    /** The domain in punycode and lower case; only lower case when it is no valid international name. */
    private static String ascii(String domain) {
        String ascii = Hosts.asciiDomain(domain);
        return ascii != null ? ascii : domain.toLowerCase(Locale.ROOT);
    }

    private static void add(List<Finding> out, RegisterEntry e, ComplianceRule rule, String key, Object... args) {
        out.add(new Finding(e, rule, new Message(key, List.of(args))));
    }
}

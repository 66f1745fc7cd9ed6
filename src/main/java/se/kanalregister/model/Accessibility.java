package se.kanalregister.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Facts for the accessibility statement (tillgänglighetsredogörelse) that the law on
 * accessible digital public services asks for. A format extension; every component is
 * optional except the lists.
 *
 * @param compliance   {@code full}, {@code partial} or {@code none}; null when not stated
 * @param assessedOn   when the site was last assessed
 * @param method       how it was assessed
 * @param knownIssues  known shortcomings
 * @param contactEmail where to report a problem; falls back to the organisation's e-mail
 */
public record Accessibility(String compliance, LocalDate assessedOn, String method,
                            List<String> knownIssues, String contactEmail) {

    public static final Accessibility NONE = new Accessibility(null, null, null, List.of(), null);

    public Accessibility {
        knownIssues = List.copyOf(knownIssues);
    }
}

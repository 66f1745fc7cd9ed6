package se.kanalregister.check;

/**
 * The compliance checks of the register format, most urgent first: the order the
 * compliance report sorts by. Each names the field a fix goes into.
 */
public enum ComplianceRule {
    /** No archived copy, or the last one is older than review.snapshot_months. */
    SNAPSHOT("internal.last_snapshot"),
    /** Fewer than two people can log in: the channel is one absence away from being locked. */
    ADMINS("internal.admins"),
    /** No recorded activity for longer than review.inactive_days. */
    INACTIVE("internal.last_activity"),
    OWNER("internal.owner"),
    DEPUTY("internal.deputy"),
    /** The contact e-mail is not on one of the organisation's domains. */
    EMAIL_DOMAIN("contact.email"),
    /** The address is not on the platform's own domain: a typo, or a look-alike. */
    URL_HOST("url"),
    APPROVAL("internal.approved_by"),
    RETENTION("internal.retention"),
    /** Closed or transferred without the date it ended. */
    ENDED("ended"),
    /** Nobody wrote when the channel started (left out or {@code okänt}). */
    STARTED("started");

    private final String field;

    ComplianceRule(String field) {
        this.field = field;
    }

    /** The field a fix is written into, as in the channel file. */
    public String field() {
        return field;
    }
}

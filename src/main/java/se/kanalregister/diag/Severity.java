package se.kanalregister.diag;

/** How bad a diagnostic is: an error stops the build, a warning is a compliance finding. */
public enum Severity {
    ERROR("severity.error"),
    WARNING("severity.warning");

    private final String messageKey;

    Severity(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The key of the localised label ("fel", "varning"). */
    public String messageKey() {
        return messageKey;
    }
}

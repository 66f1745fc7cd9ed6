package se.kanalregister.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A channel's internal fields: for staff only, never on the public site, in exports or in
 * info texts. Every component but {@code admins} is optional (null when absent).
 */
public record InternalInfo(
        String owner,
        String deputy,
        List<String> admins,
        String approvedBy,
        LocalDate approvedOn,
        LocalDate lastSnapshot,
        LocalDate lastActivity,
        String retention,
        String notes) {

    public static final InternalInfo NONE = new InternalInfo(null, null, List.of(), null, null, null, null, null, null);

    public InternalInfo {
        admins = List.copyOf(admins);
    }
}

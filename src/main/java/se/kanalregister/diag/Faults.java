package se.kanalregister.diag;

import se.kanalregister.text.Messages;

/**
 * What to tell the user when the program itself fails: a fault to report to the project,
 * or, when memory ran out, how to give Java more, since that one the user can fix.
 */
public final class Faults {

    private Faults() {}

    public static String describe(Throwable fault, Messages messages) {
        if (fault instanceof OutOfMemoryError) return messages.get("cli.out-of-memory");
        return messages.format("cli.fault", fault);
    }
}

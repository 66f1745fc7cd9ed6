package se.kanalregister.serve;

import java.nio.file.WatchEvent;

/**
 * Where the JDK polls folders instead of asking the system (macOS), it looks every 10
 * seconds by default; the JDK's own unsupported modifier asks for every 2. Looked up by
 * name, so a JDK without it simply polls at its default; Linux and Windows ignore it.
 */
final class WatchSensitivity {

    static final WatchEvent.Modifier[] HIGH = lookUp();

    private WatchSensitivity() {}

    private static WatchEvent.Modifier[] lookUp() {
        try {
            Object high = Class.forName("com.sun.nio.file.SensitivityWatchEventModifier").getField("HIGH").get(null);
            return high instanceof WatchEvent.Modifier m ? new WatchEvent.Modifier[] {m} : new WatchEvent.Modifier[0];
        } catch (ReflectiveOperationException | LinkageError e) {
            return new WatchEvent.Modifier[0];
        }
    }
}

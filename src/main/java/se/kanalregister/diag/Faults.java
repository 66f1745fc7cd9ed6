package se.kanalregister.diag;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import se.kanalregister.text.Message;
import se.kanalregister.text.Messages;

/**
 * What to tell the user when something fails that is not a mistake in the content: a fault
 * to report to the project, or, when memory ran out or the file system refused, what the user
 * can do about it, in plain words. No Java class name ever reaches a message from here.
 */
public final class Faults {

    private Faults() {}

    public static String describe(Throwable fault, Messages messages) {
        if (fault instanceof OutOfMemoryError) return messages.get("cli.out-of-memory");
        return messages.format("cli.fault", fault);
    }

    /**
     * Why writing the output failed, as a whole message: a full disk, a folder the user may not
     * write to, a read-only disk, or else the reason the system gave.
     *
     * @param shown how messages name the folder, as the user typed it
     */
    public static Message writeFailure(IOException e, String shown) {
        Message why = reason(e);
        return switch (why.key()) {
            case "io.disk-full" -> Message.of("cli.write.disk-full", shown);
            case "io.denied" -> Message.of("cli.write.denied", shown);
            case "io.read-only" -> Message.of("cli.write.read-only", shown);
            default -> Message.of("cli.write-failed", why);
        };
    }

    /** Why a file operation failed, as words to put into a message: never a class name. */
    public static Message reason(IOException e) {
        String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : "";
        String reason = reasonText(e);
        if (isDiskFull(reason)) return Message.of("io.disk-full");
        if (e instanceof AccessDeniedException || reason.contains("Permission denied")
                || reason.contains("Operation not permitted")) {
            return Message.of("io.denied", file);
        }
        if (reason.contains("Read-only file system")) return Message.of("io.read-only", file);
        if (e instanceof NoSuchFileException) return Message.of("io.missing", file);
        if (e instanceof NotDirectoryException) return Message.of("io.not-a-folder", file);
        if (e instanceof FileAlreadyExistsException) return Message.of("io.exists", file);
        if (reason.isEmpty() || reason.contains("java.") || reason.contains("Exception")) return Message.of("io.unknown");
        return file.isEmpty() ? Message.of("io.other", reason) : Message.of("io.other.file", file, reason);
    }

    private static boolean isDiskFull(String reason) {
        return reason.contains("No space left on device") || reason.contains("Disk quota exceeded")
                || reason.contains("There is not enough space on the disk");
    }

    /** The system's reason alone: a FileSystemException's message also holds its file names. */
    private static String reasonText(IOException e) {
        String r = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (r == null && e instanceof FileSystemException f) r = f.getMessage();
        return r == null ? "" : r.strip();
    }
}

package se.kanalregister.cli;

import se.kanalregister.text.Message;

/** The command line is wrong: exit code 2 and a message, never a stack trace. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message userMessage;

    UsageException(String key, Object... args) {
        super(key, null, false, false);
        this.userMessage = Message.of(key, args);
    }

    Message userMessage() {
        return userMessage;
    }
}

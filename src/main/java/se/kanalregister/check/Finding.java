package se.kanalregister.check;

import se.kanalregister.model.RegisterEntry;
import se.kanalregister.text.Message;

/** One compliance problem of one channel, with the facts that show it. */
public record Finding(RegisterEntry entry, ComplianceRule rule, Message message) {}

package se.kanalregister.site.handbook;

/**
 * One compliance finding as the handbook shows it: the same message the command line prints.
 *
 * @param rule         the rule's id, e.g. {@code snapshot}, for styling
 * @param label        what the check is about, in a few words
 * @param field        the field a fix is written into, as in the channel file
 * @param message      the finding, formatted from the same message as the CLI's warning
 * @param channelName  the channel's name
 * @param platform     the channel's platform, which tells channels of the same name apart
 * @param channelHref  the channel's page, relative to the handbook's root
 */
public record FindingView(String rule, String label, String field, String message, String channelName, String platform,
                          String channelHref) {}

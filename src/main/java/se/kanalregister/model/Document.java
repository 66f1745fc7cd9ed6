package se.kanalregister.model;

/**
 * A Markdown file: a handbook chapter or a public page.
 *
 * @param slug        the file name without {@code .md}; the page's path
 * @param order       for sorting; {@link Integer#MAX_VALUE} when not given
 * @param summary     optional
 * @param body        the parsed, checked Markdown with its links already resolved
 * @param sourceFile  for messages
 * @param bodyFirstLine the file's line where the body starts, for messages about the body
 */
public record Document(String slug, String title, int order, String summary, MarkdownBody body,
                       String sourceFile, int bodyFirstLine) {}

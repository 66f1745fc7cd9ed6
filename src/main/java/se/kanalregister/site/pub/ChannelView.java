package se.kanalregister.site.pub;

import java.util.List;

/**
 * A channel as the public pages show it, in one edition's language. Made from
 * {@link se.kanalregister.model.Channel} alone: there is no internal field to reach.
 * Text components are empty when the register leaves them out; dates are null then.
 *
 * @param href          the channel's page, relative to the edition's start page ({@code kanaler/<id>/})
 * @param nameLang      {@code lang} for the name when it differs from the page's; else empty
 * @param platformKey   the filter's value: the platform's id, or {@code other-<name>} for other platforms
 * @param platform      the platform's name
 * @param urlText       the address without {@code https://}, to show
 * @param languages     the languages' names in the page's language
 * @param statusId      {@code active}, {@code closed} or {@code transferred}
 * @param status        the status's name
 * @param successorUrl  set when the successor is an address; {@code successor} is then its text
 * @param contact       the channel's contact, with the organisation's e-mail and phone as fallback
 * @param verifyKeys    the channel's account identities ({@code facebook:username:kultur}), space separated,
 *                      as the "Är kontot äkta?" box looks them up; empty when the address names no account
 */
public record ChannelView(
        String id,
        String href,
        String name,
        String nameLang,
        String platformKey,
        String platform,
        String url,
        String urlText,
        String handle,
        String unit,
        String responsible,
        String purpose,
        List<String> audience,
        List<String> languages,
        boolean central,
        boolean active,
        String statusId,
        String status,
        DateView started,
        DateView ended,
        String successor,
        String successorUrl,
        boolean comments,
        boolean messages,
        ContactView contact,
        List<HistoryView> history,
        String verifyKeys) {

    public ChannelView {
        audience = List.copyOf(audience);
        languages = List.copyOf(languages);
        history = List.copyOf(history);
    }

    /** An event in the channel's public history. */
    public record HistoryView(DateView date, String text) {}

    /** How to reach the people behind a channel; any component may be empty. */
    public record ContactView(String email, String phone, String phoneUri, String url, String urlText) {}
}

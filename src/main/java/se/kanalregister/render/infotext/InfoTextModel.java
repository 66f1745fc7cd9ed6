package se.kanalregister.render.infotext;

import java.util.List;

/**
 * What the info-text templates ({@code templates/infotext/full.ftl} and {@code bio.ftl}) see:
 * one channel's public facts with the organisation's fallbacks already applied. Built from
 * {@link se.kanalregister.model.Channel} and the organisation only, so no internal field can
 * reach a text. Every text component is empty (never null) when the register leaves it out.
 *
 * @param name            the channel's name
 * @param platform        the platform's name as residents know it
 * @param platformId      the platform's id in the register ({@code facebook}, {@code blog}, {@code other} …)
 * @param organisation    the organisation's name
 * @param unit            the responsible unit
 * @param responsible     the responsible function (a role)
 * @param purpose         why the channel exists
 * @param comments        can the public comment
 * @param messages        can the public send direct messages
 * @param hours           when the channel is staffed
 * @param responseTime    the promise for answers
 * @param rules           the organisation's own rules for comments (the organisation's, or the built-in
 *                        list); what the law obliges it to remove is a fixed sentence of the text
 * @param privacyUrl      how the holder handles personal data (a nämnd without its own: the organisation's)
 * @param email           the channel's e-mail, else the authority's, else (not for a body of its own) the organisation's
 * @param phone           the channel's phone, likewise
 * @param contactUrl      the channel's contact page
 * @param address         the organisation's postal address; empty for a body of its own
 * @param feedbackUrl     where residents leave views (synpunkter); empty for a body of its own
 * @param pageUrl         the channel's page in the register, absolute ({@code https://…/kanaler/<id>/})
 * @param pageAddress     the same without {@code https://}, for fields where every character counts
 * @param registerUrl     the register's start page, absolute
 * @param registerAddress the same without {@code https://}
 * @param rulesUrl        the register's rules page, absolute
 * @param status          {@code active}, {@code closed} or {@code transferred}
 * @param ended           the day a closed or transferred channel ended, {@code YYYY-MM-DD}
 * @param successor       where its audience should go now (text or an https address)
 * @param holder          who holds the channel's records and is controller of its personal data:
 *                        the channel's authority, else the organisation
 * @param holderKind      empty for the organisation, else {@code nämnd}, {@code bolag}, {@code förbund}
 *                        or {@code stiftelse}
 * @param recordsUrl      how to ask the holder for public records, or its records plan
 * @param guidelinesUrl   the organisation's published guidelines for social media
 * @param level           {@code bio.ftl} only: 1 asks for the fullest short text, higher numbers for shorter ones
 */
public record InfoTextModel(
        String name,
        String platform,
        String platformId,
        String organisation,
        String unit,
        String responsible,
        String purpose,
        boolean comments,
        boolean messages,
        String hours,
        String responseTime,
        List<String> rules,
        String privacyUrl,
        String email,
        String phone,
        String contactUrl,
        String address,
        String feedbackUrl,
        String pageUrl,
        String pageAddress,
        String registerUrl,
        String registerAddress,
        String rulesUrl,
        String status,
        String ended,
        String successor,
        String holder,
        String holderKind,
        String recordsUrl,
        String guidelinesUrl,
        int level) {

    public InfoTextModel {
        rules = List.copyOf(rules);
    }

    public boolean closed() {
        return status.equals("closed");
    }

    public boolean transferred() {
        return status.equals("transferred");
    }

    /** True when the holder is a legal person of its own, so nothing of the organisation's applies. */
    public boolean separateBody() {
        return !holderKind.isEmpty() && !holderKind.equals("nämnd");
    }

    public boolean successorIsUrl() {
        return successor.startsWith("https://");
    }

    /** The same facts for another level of the short text. */
    public InfoTextModel atLevel(int newLevel) {
        return new InfoTextModel(name, platform, platformId, organisation, unit, responsible, purpose, comments, messages, hours,
                responseTime, rules, privacyUrl, email, phone, contactUrl, address, feedbackUrl, pageUrl, pageAddress,
                registerUrl, registerAddress, rulesUrl, status, ended, successor, holder, holderKind, recordsUrl,
                guidelinesUrl, newLevel);
    }
}

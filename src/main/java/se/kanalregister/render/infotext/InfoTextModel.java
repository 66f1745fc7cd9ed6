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
 * @param rules           what posts may not contain (the organisation's, or the built-in list)
 * @param privacyUrl      how the organisation handles personal data
 * @param email           the channel's e-mail, else the organisation's
 * @param phone           the channel's phone, else the organisation's
 * @param contactUrl      the channel's contact page
 * @param address         the organisation's postal address
 * @param feedbackUrl     where residents leave views (synpunkter)
 * @param pageUrl         the channel's page in the register, absolute ({@code https://…/kanaler/<id>/})
 * @param pageAddress     the same without {@code https://}, for fields where every character counts
 * @param registerUrl     the register's start page, absolute
 * @param registerAddress the same without {@code https://}
 * @param rulesUrl        the register's rules page, absolute
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
        int level) {

    public InfoTextModel {
        rules = List.copyOf(rules);
    }

    /** The same facts for another level of the short text. */
    public InfoTextModel atLevel(int newLevel) {
        return new InfoTextModel(name, platform, platformId, organisation, unit, responsible, purpose, comments, messages, hours,
                responseTime, rules, privacyUrl, email, phone, contactUrl, address, feedbackUrl, pageUrl, pageAddress,
                registerUrl, registerAddress, rulesUrl, newLevel);
    }
}

package se.kanalregister.site.opendata;

import se.kanalregister.model.Channel;
import se.kanalregister.model.Organisation;

/**
 * How to reach the people behind a channel, as the exports show it: the channel's own
 * e-mail and phone, each falling back to the organisation's when the channel gives none
 * (the register format's default), and the channel's own contact page. Any component may be null.
 */
record PublicContact(String email, String phone, String url) {

    static PublicContact of(Channel channel, Organisation organisation) {
        String email = channel.contact().email() != null ? channel.contact().email() : organisation.contact().email();
        String phone = channel.contact().phone() != null ? channel.contact().phone() : organisation.contact().phone();
        return new PublicContact(email, phone, channel.contact().url());
    }
}

package se.kanalregister.model;

/**
 * How to reach someone. Every component is optional (null when absent). Channels use
 * email, phone and url; the organisation email, phone, address and feedbackUrl.
 */
public record Contact(String email, String phone, String url, String address, String feedbackUrl) {

    public static final Contact NONE = new Contact(null, null, null, null, null);

    /**
     * The contact residents should use for a channel: this one's e-mail and phone, each falling
     * back to {@code organisation}'s when absent (the register format's default); the contact
     * page stays this one's own.
     */
    public Contact orElse(Contact organisation) {
        return new Contact(email != null ? email : organisation.email(), phone != null ? phone : organisation.phone(),
                url, null, null);
    }

    /**
     * The phone number as a {@code tel:} URI: digits only, a leading 0 replaced by +46
     * (Swedish numbers), or null without a phone.
     */
    public String phoneUri() {
        if (phone == null) return null;
        StringBuilder digits = new StringBuilder();
        for (char c : phone.toCharArray()) if (c >= '0' && c <= '9') digits.append(c);
        if (digits.length() == 0) return null;
        if (phone.strip().startsWith("+")) return "tel:+" + digits;
        if (digits.charAt(0) == '0' && (digits.length() < 2 || digits.charAt(1) != '0')) {
            return "tel:+46" + digits.substring(1);
        }
        return "tel:" + digits;
    }
}

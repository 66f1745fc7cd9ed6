package se.kanalregister.model;

import java.util.Locale;

/**
 * A body other than the organisation that holds a channel's records (allmänna handlingar)
 * and is controller of its personal data: a committee, a municipal company, a joint
 * authority or a foundation (organisation.yaml {@code authorities}, format 1.1).
 *
 * @param id         how a channel names it in {@code authority:}
 * @param email      optional
 * @param phone      optional
 * @param privacyUrl optional for a nämnd; required for a body of its own
 * @param recordsUrl optional: how to ask it for public records, or its records plan
 */
public record Authority(String id, String name, Kind kind, String email, String phone, String privacyUrl,
                        String recordsUrl) {

    /** The kinds of register format 1.1, by the word written in the file. */
    public enum Kind {
        NAMND("nämnd"), BOLAG("bolag"), FORBUND("förbund"), STIFTELSE("stiftelse");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /**
         * True for a legal person of its own (a company, a joint authority, a foundation): it
         * needs its own privacy page and contact, since nothing of the organisation's applies.
         */
        public boolean separateBody() {
            return this != NAMND;
        }

        /** The kind written as {@code id}, or null. */
        public static Kind byId(String id) {
            for (Kind k : values()) if (k.id.equals(id.toLowerCase(Locale.ROOT))) return k;
            return null;
        }

        public static java.util.List<String> ids() {
            return java.util.Arrays.stream(values()).map(Kind::id).toList();
        }
    }
}

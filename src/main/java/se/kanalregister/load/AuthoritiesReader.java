package se.kanalregister.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.model.Authority;
import se.kanalregister.text.Slugs;

/**
 * Reads organisation.yaml's {@code authorities}: each needs an id a channel can name, unique
 * in the file; a company, joint authority or foundation also needs its own privacy page and
 * a contact, since the organisation's do not apply to a body of its own.
 */
final class AuthoritiesReader {

    private final Diagnostics diagnostics;

    AuthoritiesReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The authorities that could be read in full; the others are reported. */
    List<Authority> read(List<Fields> mappings) {
        List<Authority> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Fields a : mappings) {
            String id = a.text("id");
            Authority.Kind kind = a.text("kind") == null ? null : Authority.Kind.byId(a.text("kind"));
            if (id != null && !Slugs.isValidId(id)) {
                diagnostics.error(a.position("id"), "authority.bad-id", id, Slugs.slugify(id));
                continue;
            }
            if (id != null && !ids.add(id)) diagnostics.error(a.position("id"), "authority.duplicate", id);
            if (kind != null && kind.separateBody()) {
                if (a.text("privacy_url") == null && !a.rejected("privacy_url")) {
                    diagnostics.error(a.position(), "authority.privacy-missing", a.text("name"), kind.id());
                }
                if (a.text("email") == null && a.text("phone") == null && !a.rejected("email")) {
                    diagnostics.error(a.position(), "authority.contact-missing", a.text("name"), kind.id());
                }
            }
            if (id == null || kind == null || a.text("name") == null) continue;
            out.add(new Authority(id, a.text("name"), kind, a.text("email"), a.text("phone"), a.text("privacy_url"),
                    a.text("records_url")));
        }
        return List.copyOf(out);
    }
}

package se.kanalregister.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every check of the folders a command is given, before anything is read or written: the
 * content must be a register, the output must not swallow the content or the user's own
 * templates. Messages name the paths as the user typed them.
 */
final class PathGuards {

    private PathGuards() {}

    /**
     * The content folder, which must be a register's: a folder that holds organisation.yaml.
     * Given one of its subfolders (content/channels), the user is pointed up. A folder without
     * organisation.yaml is still checked, so its missing file is reported like any other
     * content error.
     */
    static Path content(Invocation call) throws UsageException {
        Path given = call.get(CommonOptions.CONTENT);
        Path content = call.resolve(CommonOptions.CONTENT);
        if (Files.isRegularFile(content)) throw new UsageException("cli.content-is-file", given);
        if (!Files.isDirectory(content)) throw new UsageException("cli.no-content", given);
        if (Files.exists(content.resolve("organisation.yaml"))) return content;
        Path parent = content.getParent();
        if (parent != null && Files.isRegularFile(parent.resolve("organisation.yaml"))) {
            throw new UsageException("cli.content-is-subfolder", given, call.displayPath(parent));
        }
        return content;
    }

    /** Like {@link #content}, and there must be a register already: {@code new} never starts one in the wrong place. */
    static Path existingRegister(Invocation call) throws UsageException {
        Path content = content(call);
        if (!Files.exists(content.resolve("organisation.yaml"))) {
            throw new UsageException("cli.new.no-register", call.get(CommonOptions.CONTENT));
        }
        return content;
    }

    /**
     * The templates folder. Without --templates a missing ./templates simply means the
     * built-in look; a folder the user named that is not there is most likely a typo, so
     * say that the built-in look is used.
     */
    static Path templates(Invocation call) {
        Path templates = call.resolve(CommonOptions.TEMPLATES);
        if (!call.quiet() && !call.get(CommonOptions.TEMPLATES).equals(CommonOptions.TEMPLATES.absent()) && !Files.isDirectory(templates)) {
            call.printWarning("cli.no-templates", call.get(CommonOptions.TEMPLATES));
        }
        return templates;
    }

    /**
     * The output folder. Its public/ and internal/ are replaced wholesale, so it must be a
     * folder that never is, contains or lies inside the content or an existing templates
     * folder (whose public/ and internal/ hold a webmaster's own templates).
     */
    static Path output(Invocation call, Path content, Path templates) throws UsageException {
        Path out = call.resolve(CommonOptions.OUT);
        Path existing = nearestExisting(out);  // --out site/x where site is a file cannot be made either
        if (existing != null && !Files.isDirectory(existing)) {
            throw new UsageException("cli.out-is-file", existing.equals(out) ? call.get(CommonOptions.OUT) : call.displayPath(existing));
        }
        if (overlap(out, content)) {
            throw new UsageException("cli.out-in-content", call.get(CommonOptions.OUT), call.get(CommonOptions.CONTENT));
        }
        // a templates folder that does not exist holds nothing a build could replace
        if (Files.isDirectory(templates) && overlap(out, templates)) {
            throw new UsageException("cli.out-in-templates", call.get(CommonOptions.OUT), call.get(CommonOptions.TEMPLATES));
        }
        return out;
    }

    private static boolean overlap(Path a, Path b) {
        Path realA = real(a);
        Path realB = real(b);
        return realA.startsWith(realB) || realB.startsWith(realA);
    }

    /** The real path, resolving links of the part that exists. */
    private static Path real(Path p) {
        Path existing = nearestExisting(p);
        try {
            return existing == null ? p : existing.toRealPath().resolve(existing.relativize(p)).normalize();
        } catch (IOException e) {
            return p;
        }
    }

    /** {@code p} or the nearest of its parents that exists, or null when none does. */
    private static Path nearestExisting(Path p) {
        Path existing = p;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        return existing;
    }
}

package se.kanalregister.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.kanalregister.diag.Diagnostics;
import se.kanalregister.diag.SourcePosition;
import se.kanalregister.render.Templates;

/**
 * The static files under the templates' {@code assets/} folder (style sheets, scripts,
 * images), copied byte for byte into both outputs: the built-in set from the jar, then the
 * user's own templates folder, a user's file replacing the built-in one of the same name.
 * Symbolic links are left out, and so are names the output cannot hold (upper case,
 * spaces), with a warning.
 */
final class TemplateAssets {

    private static final String FOLDER = "assets/";
    private static final Pattern NAME = Pattern.compile("([a-z0-9][a-z0-9._-]*/)*[a-z0-9][a-z0-9._-]*");

    private TemplateAssets() {}

    /** Every asset by its path below {@code assets/}, read once per build, user's files last. */
    static TreeMap<String, byte[]> read(Templates templates, Diagnostics warnings) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        readBuiltIn(files);
        if (templates.userFolder() != null) readFolder(templates.userFolder().resolve(FOLDER), files, warnings);
        return files;
    }

    /** Writes the assets to {@code assets/<name>} in {@code out}, in name order. */
    static void write(TreeMap<String, byte[]> files, Output out) throws IOException {
        for (var f : files.entrySet()) out.write(FOLDER + f.getKey(), f.getValue());
    }

    private static void readBuiltIn(TreeMap<String, byte[]> files) throws IOException {
        URL url = TemplateAssets.class.getResource(Templates.BUILT_IN + "/" + FOLDER);
        if (url == null) return;
        if (url.getProtocol().equals("jar")) {
            readJar(url, files);
        } else {
            try {
                readFolder(Path.of(url.toURI()), files, null);
            } catch (URISyntaxException e) {
                throw new IOException("cannot read the built-in assets at " + url, e);
            }
        }
    }

    private static void readJar(URL url, TreeMap<String, byte[]> files) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        String prefix = connection.getEntryName();
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                String name = e.getName();
                if (e.isDirectory() || !name.startsWith(prefix)) continue;
                String relative = name.substring(prefix.length());
                if (!NAME.matcher(relative).matches()) continue;
                try (InputStream in = jar.getInputStream(e)) {
                    files.put(relative, in.readAllBytes());
                }
            }
        }
    }

    /** @param warnings where a skipped user file is reported; null for the built-in folder */
    private static void readFolder(Path folder, TreeMap<String, byte[]> files, Diagnostics warnings) throws IOException {
        if (!Files.isDirectory(folder)) return;
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(p -> {
                String relative = folder.relativize(p).toString().replace('\\', '/');
                if (!NAME.matcher(relative).matches()) {
                    if (warnings != null) warnings.warning(SourcePosition.of(p.toString()), "asset.bad-name", relative);
                    return;
                }
                try {
                    files.put(relative, Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

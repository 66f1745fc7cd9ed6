package se.kanalregister.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * Changes that must not start a build: the output itself (it may lie inside the templates
 * folder), hidden files and folders (the loader skips them too; also {@code .git}, the
 * build's staging folder and most editors' swap files), and the scratch files editors write
 * while saving. Without this, an editor that saves its swap file every few seconds would
 * reload the page every few seconds.
 */
record IgnoredPaths(Path out) implements Predicate<Path> {

    private static final List<String> SUFFIXES = List.of("~", ".swp", ".swx", ".swo", ".tmp", ".crswap",
            "___jb_tmp___", "___jb_old___");

    IgnoredPaths {
        out = out.toAbsolutePath().normalize();
    }

    @Override
    public boolean test(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        if (abs.startsWith(out)) return true;
        Path name = abs.getFileName();
        return name != null && isScratch(name.toString());
    }

    static boolean isScratch(String name) {
        if (name.startsWith(".") || name.startsWith("~$") || name.equals("4913")) return true;  // 4913: Vim's probe
        if (name.startsWith("#") && name.endsWith("#")) return true;  // Emacs auto-save
        for (String s : SUFFIXES) if (name.endsWith(s)) return true;
        return false;
    }
}

package se.kanalregister.site;

/**
 * What a build cleared away before it began: staging folders that earlier builds of the same
 * output left behind when they were killed, and how many of those had begun their swap and
 * were finished first.
 *
 * @param folders       staging folders removed
 * @param files         files in them
 * @param swapsFinished of those, swaps that had begun and were completed
 */
public record Leftovers(int folders, int files, int swapsFinished) {

    public static final Leftovers NONE = new Leftovers(0, 0, 0);

    Leftovers plus(Leftovers o) {
        return new Leftovers(folders + o.folders, files + o.files, swapsFinished + o.swapsFinished);
    }
}

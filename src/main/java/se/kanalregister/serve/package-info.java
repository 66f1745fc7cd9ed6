/**
 * {@code serve}: a live preview on 127.0.0.1. It builds the site, serves OUT/public at
 * {@code /} and OUT/internal at {@code /intern/} with the JDK's own HTTP server, watches the
 * content and templates, rebuilds after each change and makes the open page reload itself.
 * A failed rebuild leaves the last good site in place and shows its errors on every page.
 *
 * <p>{@link se.kanalregister.serve.Preview} is the front door; the other classes are its parts:
 * {@code SiteBuild} (one build, the same steps as {@code build}), {@code BuildQueue}
 * (debounced, one build at a time), {@code SourceWatcher}, {@code PreviewHandler} with
 * {@code FileResolver}, {@code ContentTypes} and {@code PageInjection}, {@code BuildEvents}
 * (server-sent events) and {@code Terminal}. Nothing here writes into the built files: the
 * reload script and the error overlay are added to HTML responses only.
 */
package se.kanalregister.serve;

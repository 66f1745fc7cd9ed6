package se.kanalregister.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentTypesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "index.html    | text/html; charset=utf-8",
        "SIDA.HTML     | text/html; charset=utf-8",
        "site.css      | text/css; charset=utf-8",
        "site.js       | text/javascript; charset=utf-8",
        "kanaler.json  | application/json; charset=utf-8",
        "kanaler.csv   | text/csv; charset=utf-8",
        "sitemap.xml   | application/xml; charset=utf-8",
        "robots.txt    | text/plain; charset=utf-8",
        "logo.svg      | image/svg+xml; charset=utf-8",
        "logo.png      | image/png",
        "foto.jpg      | image/jpeg",
        "favicon.ico   | image/x-icon",
        "typsnitt.woff2| font/woff2",
        "okand.xyz     | application/octet-stream",
        "utan-filandelse | application/octet-stream"})
    void typeByExtension(String name, String type) {
        assertEquals(type, ContentTypes.of(name));
    }
}

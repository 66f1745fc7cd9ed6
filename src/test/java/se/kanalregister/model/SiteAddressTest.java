package se.kanalregister.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SiteAddressTest {

    @Test
    void keepsAnAsciiBaseAsItIs() {
        SiteAddress a = SiteAddress.parse("https://www.exempelby.se/sociala-medier/");
        assertEquals("https://www.exempelby.se/sociala-medier/", a.base());
        assertEquals("www.exempelby.se", a.host());
        assertEquals("/sociala-medier/", a.path());
        assertEquals("https://www.exempelby.se/sociala-medier/kanaler/x/", a.absolute("kanaler/x/"));
    }

    @Test
    void addsTheMissingSlashAndHandlesARootBase() {
        assertEquals("https://www.exempelby.se/sociala-medier/", SiteAddress.parse("https://www.exempelby.se/sociala-medier").base());
        SiteAddress root = SiteAddress.parse("https://kanaler.exempelby.se");
        assertEquals("https://kanaler.exempelby.se/", root.base());
        assertEquals("/", root.path());
    }

    @Test
    void writesAnInternationalHostInPunycodeAndPercentEncodesThePath() {
        SiteAddress a = SiteAddress.parse("https://www.Exempelbý.se:8443/sociala-medier/kanaler för alla/");
        assertEquals("https://www.xn--exempelb-n6a.se:8443/sociala-medier/kanaler%20f%C3%B6r%20alla/", a.base());
        assertEquals("www.xn--exempelb-n6a.se", a.host());
    }

    @Test
    void keepsTheWrittenFormForPeople() {
        SiteAddress a = SiteAddress.parse("https://www.åby.se/sociala-medier");
        assertEquals("https://www.xn--by-xia.se/sociala-medier/regler/", a.absolute("regler/"));
        assertEquals("https://www.åby.se/sociala-medier/regler/", a.readable("regler/"));
    }

    @Test
    void makesTagUrisFromHostDateAndPath() {
        SiteAddress a = SiteAddress.parse("https://www.exempelby.se/sociala-medier/");
        assertEquals("tag:www.exempelby.se,2019-05-09:/sociala-medier/kanaler/kultur/started",
                a.tag(LocalDate.of(2019, 5, 9), "kanaler/kultur/started"));
    }
}

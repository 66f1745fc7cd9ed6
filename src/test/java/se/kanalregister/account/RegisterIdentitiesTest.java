package se.kanalregister.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kanalregister.model.Channel;
import se.kanalregister.model.Contact;
import se.kanalregister.model.Platform;
import se.kanalregister.model.Status;

class RegisterIdentitiesTest {

    private static Channel channel(String id, String url, String handle) {
        return new Channel(id, "Namn", null, Platform.INSTAGRAM, null, url, handle, "Enheten", null, "Syftet", List.of(),
                false, List.of("sv"), true, true, Contact.NONE, Status.ACTIVE, LocalDate.of(2024, 1, 1), null, null,
                List.of(), null);
    }

    @Test
    void answersAsChannelIdentitiesAndReadsEachChannelOnce() {
        Channel c = channel("kultur", "https://www.instagram.com/Kultur_Exempelby/", "@kultur_exempelby");
        RegisterIdentities identities = new RegisterIdentities();
        List<Identity> first = identities.of(c);
        assertEquals(ChannelIdentities.of(c), first);
        assertEquals(List.of(new Identity("instagram", "username", "kultur_exempelby")), first);
        assertSame(first, identities.of(c), "read again instead of kept");
    }

    @Test
    void anotherRecordUnderTheSameIdIsReadAnew() {
        RegisterIdentities identities = new RegisterIdentities();
        Channel before = channel("kultur", "https://www.instagram.com/kultur_exempelby", null);
        Channel after = channel("kultur", "https://www.instagram.com/bibliotek_exempelby", null);
        List<Identity> old = identities.of(before);
        List<Identity> now = identities.of(after);
        assertNotSame(old, now);
        assertEquals(List.of(new Identity("instagram", "username", "bibliotek_exempelby")), now);
    }
}

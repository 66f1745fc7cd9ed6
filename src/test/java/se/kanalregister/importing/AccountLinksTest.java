package se.kanalregister.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.kanalregister.model.Platform;

class AccountLinksTest {

    @ParameterizedTest
    @CsvSource({
            "https://www.facebook.com/biblioteket/, FACEBOOK",
            "https://m.facebook.com/groups/asbackaalumni, FACEBOOK",
            "https://www.facebook.com/profile.php?id=100064, FACEBOOK",
            "http://instagram.com/kultur_exby, INSTAGRAM",
            "https://x.com/exempelby, X",
            "https://twitter.com/Exempelby, X",
            "https://www.youtube.com/@kulturexby, YOUTUBE",
            "https://www.youtube.com/channel/UCa1B2c3D4e5F6g7H8i9J0kL, YOUTUBE",
            "https://se.linkedin.com/company/exempelby-kommun, LINKEDIN",
            "https://www.tiktok.com/@ungdomexby, TIKTOK",
            "https://www.threads.net/@exempelby, THREADS",
            "https://bsky.app/profile/exempelby.se, BLUESKY",
            "https://www.flickr.com/photos/exempelby/, FLICKR",
            "https://vimeo.com/exempelby, VIMEO",
            "https://www.snapchat.com/add/exempelby, SNAPCHAT",
            "https://sv-se.facebook.com/exempelby, FACEBOOK",
            "//www.instagram.com/exempelby, INSTAGRAM",
            "https://www.youtube.com/@kulturexby/videos, YOUTUBE"})
    void accountAddressesArePlatformAccounts(String href, Platform platform) {
        assertEquals(platform, AccountLinks.accountPlatform(href));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://www.facebook.com/sharer/sharer.php?u=https://www.exempelby.se/",
            "https://www.facebook.com/sharer.php?u=x",
            "https://www.facebook.com/dialog/share?app_id=1",
            "https://www.facebook.com/help/123",
            "https://www.facebook.com/exempelby/posts/123",
            "https://www.facebook.com/profile.php",
            "https://twitter.com/intent/tweet?url=x",
            "https://x.com/share?text=x",
            "https://x.com/exempelby/status/1234",
            "https://www.linkedin.com/shareArticle?mini=true&url=x",
            "https://www.linkedin.com/sharing/share-offsite/?url=x",
            "https://www.youtube.com/watch?v=abc",
            "https://youtu.be/abc",
            "https://www.youtube.com/shorts/abc",
            "https://www.instagram.com/p/Cx123/",
            "https://www.instagram.com/reel/Cx123/",
            "https://help.instagram.com/1234",
            "https://www.tiktok.com/@ungdomexby/video/123",
            "https://vimeo.com/123456",
            "https://www.facebook.com/",
            "https://www.exempelby.se/sociala-medier/",
            "/kontakt",
            "mailto:info@exempelby.se",
            "https://bsky.app/profile/exempelby.se/post/3k"})
    void otherLinksAreNot(String href) {
        assertNull(AccountLinks.accountPlatform(href));
    }

    @org.junit.jupiter.api.Test
    void aChannelTabIsTheChannel() {
        assertEquals("https://www.youtube.com/@kulturexby", AccountLinks.accountAddress("https://www.youtube.com/@kulturexby/videos"));
        assertEquals("https://www.youtube.com/watch?v=1", AccountLinks.accountAddress("https://www.youtube.com/watch?v=1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://business.facebook.com/exempelby",
            "https://developers.facebook.com/docs"})
    void theirOwnSitesAreNoAccounts(String href) {
        assertNull(AccountLinks.accountPlatform(href));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://m.facebook.com/Biblioteket?ref=bookmarks",
            "http://facebook.com/biblioteket/",
            "https://www.Facebook.com/biblioteket#top",
            "facebook.com/BIBLIOTEKET"})
    void oneAccountHoweverItsAddressIsSpelled(String spelling) {
        AccountIdentity identity = AccountIdentity.standard();
        assertEquals(identity.key("https://www.facebook.com/biblioteket"), identity.key(spelling));
    }

    @ParameterizedTest
    @CsvSource({
            "https://twitter.com/Exempelby, https://x.com/exempelby",
            "https://www.facebook.com/profile.php?id=42, https://m.facebook.com/profile.php?id=42&ref=x"})
    void platformHostsAndProfileIdsCount(String a, String b) {
        AccountIdentity identity = AccountIdentity.standard();
        assertEquals(identity.key(a), identity.key(b));
        assertNotEquals(identity.key("https://www.facebook.com/profile.php?id=42"),
                identity.key("https://www.facebook.com/profile.php?id=43"));
    }
}

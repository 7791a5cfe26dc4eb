package io.inkwell.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesTest {

    private static MockHttpServletRequest from(String peer, String... forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/register");
        request.setRemoteAddr(peer);
        for (String header : forwardedFor) {
            request.addHeader("X-Forwarded-For", header);
        }
        return request;
    }

    @Test
    void withoutTrustedProxiesTheSocketPeerIsTheClientWhateverItForwards() {
        ClientAddresses addresses = new ClientAddresses("");

        assertThat(addresses.of(from("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void aSpoofedForwardedForFromAnUntrustedPeerIsIgnored() {
        ClientAddresses addresses = new ClientAddresses("10.0.0.0/8");

        assertThat(addresses.of(from("203.0.113.7", "10.0.0.5, 198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedHopIsTheClient() {
        ClientAddresses addresses = new ClientAddresses("10.0.0.1");

        assertThat(addresses.of(from("10.0.0.1", "198.51.100.99, 203.0.113.7"))).as("the left hop is the client's own claim")
                .isEqualTo("203.0.113.7");
    }

    @Test
    void trustedHopsAreSkippedAcrossSeveralHeadersAndRanges() {
        ClientAddresses addresses = new ClientAddresses(" 10.0.0.0/8 , 192.168.1.1 ");

        assertThat(addresses.of(from("10.1.2.3", "1.2.3.4, 203.0.113.7", "192.168.1.1, 10.9.9.9"))).isEqualTo("203.0.113.7");
    }

    @Test
    void whenEveryHopIsTrustedTheLeftMostIsTheClient() {
        ClientAddresses addresses = new ClientAddresses("10.0.0.0/8");

        assertThat(addresses.of(from("10.0.0.1", "10.0.0.3, 10.0.0.2"))).isEqualTo("10.0.0.3");
        assertThat(addresses.of(from("10.0.0.1"))).isEqualTo("10.0.0.1");
    }

    @Test
    void aHopThatIsNoAddressStopsAtTheNearestTrustedOne() {
        ClientAddresses addresses = new ClientAddresses("10.0.0.0/8");

        assertThat(addresses.of(from("10.0.0.1", "203.0.113.7, unknown, 10.0.0.2"))).isEqualTo("10.0.0.2");
    }

    @Test
    void addressesHaveOneSpellingEach() {
        ClientAddresses addresses = new ClientAddresses("::1");

        assertThat(addresses.of(from("0:0:0:0:0:0:0:1", "[2001:DB8::7]:443"))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(addresses.of(from("::1", "203.0.113.7:5000"))).isEqualTo("203.0.113.7");
    }

    @Test
    void onlyAddressLiteralsAreReadNeverNamesToLookUp() {
        assertThat(ClientAddresses.literal("203.0.113.7")).contains("203.0.113.7");
        assertThat(ClientAddresses.literal("localhost")).isEmpty();
        assertThat(ClientAddresses.literal("example.com")).isEmpty();
        assertThat(ClientAddresses.literal("999.1.1.1")).isEmpty();
        assertThat(ClientAddresses.literal("1.2.3")).isEmpty();
        assertThat(ClientAddresses.literal("g::1")).isEmpty();
        assertThat(ClientAddresses.literal("1:2:3")).isEmpty();
        assertThat(ClientAddresses.literal("010.001.002.003")).contains("10.1.2.3");
        assertThat(ClientAddresses.literal(null)).isEmpty();
    }

    @Test
    void aTrustedProxySettingThatIsNoAddressStopsTheStart() {
        assertThatThrownBy(() -> new ClientAddresses("10.0.0.0/8, proxy.internal"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proxy.internal");
    }
}

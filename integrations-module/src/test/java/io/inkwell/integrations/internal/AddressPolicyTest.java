package io.inkwell.integrations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Addresses are judged as written here: nothing is resolved or connected to. */
class AddressPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "0.0.0.0", "10.0.0.1", "172.16.0.1", "172.31.255.254", "192.168.1.1",
        "169.254.169.254", "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1",
        "::ffff:10.0.0.1", "::ffff:127.0.0.1", "ff02::1"})
    void privateLoopbackAndLinkLocalAddressesAreRefused(String address) throws Exception {
        assertThat(AddressPolicy.isPrivate(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2001:db8::1", "2606:4700::1111"})
    void publicAddressesAreNot(String address) throws Exception {
        assertThat(AddressPolicy.isPrivate(InetAddress.getByName(address))).isFalse();
    }
}

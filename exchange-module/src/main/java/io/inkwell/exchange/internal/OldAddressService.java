package io.inkwell.exchange.internal;

import io.inkwell.exchange.OldAddresses;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
class OldAddressService implements OldAddresses {

    private final OldAddressMapper addresses;

    OldAddressService(OldAddressMapper addresses) {
        this.addresses = addresses;
    }

    /** No transaction: a path that cannot be an old address takes no connection, and a lookup is one read. */
    @Override
    public Optional<String> targetOf(String path, String query) {
        return OldAddressKeys.keyOf(path, query).flatMap(addresses::selectTarget);
    }
}

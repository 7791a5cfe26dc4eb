package io.inkwell.integrations;

import java.util.List;
import java.util.UUID;

/** A page of a webhook's deliveries, newest first; {@code before} is where the next, older page starts (or null). */
public record DeliveryLog(List<DeliveryView> items, UUID before) {

    public DeliveryLog {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return before != null;
    }
}

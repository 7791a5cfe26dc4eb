package io.inkwell.exchange.internal;

import java.util.UUID;

/** Which row here an item of the other site became. */
record ImportedItemRow(long sourceId, UUID targetId) {
}

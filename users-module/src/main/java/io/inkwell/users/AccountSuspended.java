package io.inkwell.users;

import java.util.UUID;

/** Published in the transaction that suspends an account; its sessions and remembered logins have ended. */
public record AccountSuspended(UUID userId) {
}

package io.inkwell.users;

import java.util.UUID;

/**
 * Published in the transaction that (soft) deletes an account; its sessions and remembered logins have
 * ended. The row stays, and so do the person's published posts.
 */
public record AccountDeleted(UUID userId) {
}

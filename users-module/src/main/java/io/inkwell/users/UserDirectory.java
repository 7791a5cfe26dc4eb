package io.inkwell.users;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Public profiles for other contexts. Always ask for a whole page's ids at once: one query per
 * page, never one per row.
 */
public interface UserDirectory {

    /** Profiles of the given ids in one query; unknown ids are simply absent from the map. */
    Map<UUID, UserSummary> summariesOf(Collection<UUID> ids);

    Optional<UserSummary> summaryOf(UUID id);

    /**
     * Where to write to the given people, in one query: only active accounts whose email address is
     * confirmed are in the map, so nobody is mailed at an address they have not proved is theirs.
     */
    Map<UUID, MailContact> mailContactsOf(Collection<UUID> ids);

    /**
     * Where to write to the site's staff (editors and admins), in one query: the people told of posts awaiting
     * review and of held comments. As with {@link #mailContactsOf}, only active accounts with a confirmed address.
     */
    List<MailContact> staffMailContacts();
}

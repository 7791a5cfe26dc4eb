package io.inkwell.users;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Accounts for content moving between sites, for those who may exchange content ({@link Actor#mayExchangeContent()},
 * admins); anyone else gets {@link NotAllowedException}. Each call is one transaction, or part of the caller's.
 */
public interface UserImports {

    /**
     * One account per person, in the order given: an existing account with the same email (whatever its case) is
     * that person's and is left as it is; anyone else gets a new {@link UserStatus#INVITED} account with the role
     * given and no password, so nobody can sign in to it until its owner is invited and chooses one. An email or
     * name the accounts' rules refuse is answered with the reason, and the others are still made. One statement
     * to write the new accounts and one to read the ids, whatever the number.
     */
    List<ImportedAccountResult> importAccounts(Actor actor, List<ImportedAccount> accounts);

    /** Emails, names and roles of these accounts in one statement; unknown ids are absent from the map. */
    Map<UUID, AccountContact> contactsOf(Actor actor, Collection<UUID> ids);
}

package io.inkwell.users.internal;

import io.inkwell.db.TimeOrderedIds;
import io.inkwell.users.AccountContact;
import io.inkwell.users.AccountFieldException;
import io.inkwell.users.Actor;
import io.inkwell.users.ImportedAccount;
import io.inkwell.users.ImportedAccountResult;
import io.inkwell.users.NotAllowedException;
import io.inkwell.users.Role;
import io.inkwell.users.UserImports;
import io.inkwell.users.UserStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UserImportService implements UserImports {

    private final UserMapper users;

    UserImportService(UserMapper users) {
        this.users = users;
    }

    @Override
    @Transactional
    public List<ImportedAccountResult> importAccounts(Actor actor, List<ImportedAccount> accounts) {
        requireExchange(actor);
        List<Object> checked = new ArrayList<>(accounts.size());
        Map<String, UserRow> wanted = new LinkedHashMap<>();
        for (ImportedAccount account : accounts) {
            try {
                String email = AccountRules.email(account.email());
                String name = AccountRules.name(account.name());
                Role role = account.role() == null ? Role.USER : account.role();
                wanted.putIfAbsent(email, new UserRow(TimeOrderedIds.next(), email, null, name, role, UserStatus.INVITED,
                        null, false, null, null, null));
                checked.add(email);
            } catch (AccountFieldException e) {
                checked.add(ImportedAccountResult.refused(e.refusal()));
            }
        }
        Map<String, UUID> ids = new HashMap<>();
        if (!wanted.isEmpty()) {
            // An email taken meanwhile (or already) keeps its account: "on conflict do nothing", then read every id.
            users.insertInvited(List.copyOf(wanted.values()));
            ids.putAll(users.selectIdsByEmails(wanted.keySet()).stream()
                    .collect(Collectors.toMap(AccountContact::email, AccountContact::id)));
        }
        Set<UUID> made = wanted.values().stream().map(UserRow::id).collect(Collectors.toSet());
        return checked.stream().map(entry -> entry instanceof ImportedAccountResult refused ? refused
                : new ImportedAccountResult(ids.get((String) entry), made.contains(ids.get((String) entry)), null)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, AccountContact> contactsOf(Actor actor, Collection<UUID> ids) {
        requireExchange(actor);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.selectContactsByIds(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(AccountContact::id, Function.identity()));
    }

    private static void requireExchange(Actor actor) {
        if (!actor.mayExchangeContent()) {
            throw new NotAllowedException("Only active admins import and export accounts; refused to " + actor.userId());
        }
    }
}

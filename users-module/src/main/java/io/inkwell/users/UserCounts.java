package io.inkwell.users;

import java.util.EnumMap;
import java.util.Map;

/** Accounts by role and by status, for the admin dashboard; every enum constant is present (zero if none). */
public record UserCounts(Map<Role, Long> byRole, Map<UserStatus, Long> byStatus) {

    public UserCounts {
        byRole = complete(Role.class, byRole);
        byStatus = complete(UserStatus.class, byStatus);
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    private static <E extends Enum<E>> Map<E, Long> complete(Class<E> type, Map<E, Long> counts) {
        EnumMap<E, Long> all = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            all.put(constant, counts.getOrDefault(constant, 0L));
        }
        return java.util.Collections.unmodifiableMap(all);
    }
}

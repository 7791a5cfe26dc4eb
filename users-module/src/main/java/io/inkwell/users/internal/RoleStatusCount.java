package io.inkwell.users.internal;

import io.inkwell.users.Role;
import io.inkwell.users.UserStatus;

record RoleStatusCount(Role role, UserStatus status, long count) {
}

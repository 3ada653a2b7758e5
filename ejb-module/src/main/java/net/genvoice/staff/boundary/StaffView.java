package net.genvoice.staff.boundary;

import java.util.Set;
import java.util.stream.Collectors;
import net.genvoice.staff.entity.StaffMember;
import net.genvoice.staff.entity.StaffRole;

/** A staff account as shown to administrators. */
public record StaffView(
    String id, String username, String displayName, Set<String> roles, boolean active) {

  static StaffView of(StaffMember member) {
    return new StaffView(
        member.id(),
        member.username(),
        member.displayName(),
        member.roles().stream().map(StaffRole::roleName).collect(Collectors.toSet()),
        member.isActive());
  }
}

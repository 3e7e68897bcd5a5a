package dev.skillpulse.streams;

import dev.skillpulse.contract.Member;
import java.util.List;

/** The stored members of one job group. */
public record JobMembers(List<Member> members) {
    public JobMembers {
        members = List.copyOf(members);
    }
}

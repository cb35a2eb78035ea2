package org.husnu.symposium.core.program;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An oral session with its ordered slots. One document per session, so editing a session
 * is a single atomic write guarded by its version.
 *
 * @param id session id
 * @param title title
 * @param topicCode main topic area, may be {@code null} for mixed sessions
 * @param sessionChairs account ids of the session chairs
 * @param room room
 * @param start start time
 * @param end end time
 * @param slots slots in time order, non-overlapping, inside the session
 * @param version optimistic-locking version
 */
@Document(collection = CollectionNames.PROGRAM_SESSIONS)
public record ProgramSession(@Id UUID id, String title, String topicCode, List<UUID> sessionChairs, String room,
		Instant start, Instant end, List<Slot> slots, @Version Long version) {

	public ProgramSession {
		DomainRuleException.require(id != null, "session.id", "A session needs an id");
		DomainRuleException.require(title != null && !title.isBlank(), "session.title", "A session needs a title");
		title = title.strip();
		DomainRuleException.require(start != null && end != null && start.isBefore(end), "session.time",
				"Session '" + title + "' must end after it starts");
		sessionChairs = List.copyOf((sessionChairs != null) ? sessionChairs : List.of());
		List<Slot> ordered = new ArrayList<>((slots != null) ? slots : List.of());
		ordered.sort(Comparator.comparing(Slot::start));
		Set<UUID> talks = new HashSet<>();
		Slot previous = null;
		for (Slot slot : ordered) {
			DomainRuleException.require(!slot.start().isBefore(start) && !slot.end().isAfter(end),
					"session.slot.outside",
					"A slot from " + slot.start() + " to " + slot.end() + " lies outside session '" + title + "'");
			DomainRuleException.require(previous == null || !slot.start().isBefore(previous.end()),
					"session.slot.overlap", "Two slots of session '" + title + "' overlap at " + slot.start());
			if (slot.abstractId() != null) {
				DomainRuleException.require(talks.add(slot.abstractId()), "session.slot.duplicate",
						"Abstract " + slot.abstractId() + " has two slots in session '" + title + "'");
			}
			previous = slot;
		}
		slots = List.copyOf(ordered);
	}

	/**
	 * The abstracts presented in this session, in time order.
	 * @return abstract ids
	 */
	public List<UUID> talks() {
		return this.slots.stream().filter((slot) -> slot.kind() == SlotKind.TALK).map(Slot::abstractId).toList();
	}

}

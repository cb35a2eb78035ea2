package org.husnu.symposium.core.program;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;

/**
 * An oral session with its ordered slots, embedded in the {@link Program}. A slot must
 * start inside its session (a slot starting before the session or at or after its end is
 * refused); a last slot that runs past the session's end is allowed and reported as a
 * warning by the program checks.
 *
 * @param id session id
 * @param title title
 * @param topicCodes topic areas of the session, the first is its main one; may be empty
 * for mixed sessions
 * @param sessionChairs account ids of the session chairs, by default one from HU and one
 * from SNU
 * @param room room
 * @param start start time
 * @param end end time
 * @param talkMinutes minutes a talk lasts, 12 by default
 * @param questionMinutes minutes for questions after each talk, 3 by default
 * @param slots slots in time order, non-overlapping, each starting inside the session
 */
public record ProgramSession(UUID id, String title, List<String> topicCodes, List<UUID> sessionChairs, String room,
		Instant start, Instant end, Integer talkMinutes, Integer questionMinutes, List<Slot> slots) {

	/** Default talk length in minutes. */
	public static final int DEFAULT_TALK_MINUTES = 12;

	/** Default question time after a talk, in minutes. */
	public static final int DEFAULT_QUESTION_MINUTES = 3;

	public ProgramSession {
		DomainRuleException.require(id != null, "session.id", "A session needs an id");
		DomainRuleException.require(title != null && !title.isBlank(), "session.title", "A session needs a title");
		title = title.strip();
		DomainRuleException.require(start != null && end != null && start.isBefore(end), "session.time",
				"Session '" + title + "' must end after it starts");
		topicCodes = List.copyOf((topicCodes != null) ? topicCodes : List.of());
		sessionChairs = List.copyOf((sessionChairs != null) ? sessionChairs : List.of());
		room = (room == null || room.isBlank()) ? null : room.strip();
		talkMinutes = (talkMinutes != null) ? talkMinutes : DEFAULT_TALK_MINUTES;
		questionMinutes = (questionMinutes != null) ? questionMinutes : DEFAULT_QUESTION_MINUTES;
		DomainRuleException.require(
				talkMinutes >= 1 && talkMinutes <= 240 && questionMinutes >= 0 && questionMinutes <= 120,
				"session.talkLength",
				"Session '" + title + "': a talk lasts 1 to 240 minutes and questions 0 to 120 minutes");
		List<Slot> ordered = new ArrayList<>((slots != null) ? slots : List.of());
		ordered.sort(Comparator.comparing(Slot::start));
		Set<UUID> talks = new HashSet<>();
		Slot previous = null;
		for (Slot slot : ordered) {
			DomainRuleException.require(!slot.start().isBefore(start) && slot.start().isBefore(end),
					"session.slot.outside", "A slot starting at " + slot.start() + " lies outside session '" + title
							+ "' (" + start + " to " + end + ")");
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

	/**
	 * How long one talk slot lasts: talk plus questions.
	 * @return the slot length
	 */
	public Duration slotLength() {
		return Duration.ofMinutes(this.talkMinutes + this.questionMinutes);
	}

}

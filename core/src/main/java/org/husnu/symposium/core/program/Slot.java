package org.husnu.symposium.core.program;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;

/**
 * A time slot in a session: a talk of one accepted abstract, or a break. Whether the
 * speaker confirmed is kept apart, in {@link SpeakerInvitation}, so a speaker answering
 * never races a chair editing the program.
 *
 * @param kind talk or break
 * @param start start time
 * @param end end time, after start
 * @param abstractId the abstract presented, for talks only
 * @param label the break's label, e.g. "Coffee", for breaks only
 */
public record Slot(SlotKind kind, Instant start, Instant end, UUID abstractId, String label) {

	public Slot {
		DomainRuleException.require(kind != null, "slot.kind", "A slot is a TALK or a BREAK");
		DomainRuleException.require(start != null && end != null && start.isBefore(end), "slot.time",
				"A slot ends after it starts");
		if (kind == SlotKind.TALK) {
			DomainRuleException.require(abstractId != null, "slot.talk", "A talk slot needs an abstract");
			label = null;
		}
		else {
			DomainRuleException.require(abstractId == null, "slot.break", "A break has no abstract");
			DomainRuleException.require(label != null && !label.isBlank(), "slot.break.label",
					"A break needs a label, e.g. Coffee break");
			label = label.strip();
		}
	}

	public static Slot talk(UUID abstractId, Instant start, Duration length) {
		return new Slot(SlotKind.TALK, start, start.plus(length), abstractId, null);
	}

	public static Slot breakSlot(String label, Instant start, Duration length) {
		return new Slot(SlotKind.BREAK, start, start.plus(length), null, label);
	}

}

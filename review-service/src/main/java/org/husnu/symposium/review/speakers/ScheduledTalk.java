package org.husnu.symposium.review.speakers;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.program.Program;
import org.husnu.symposium.core.program.ProgramSession;
import org.husnu.symposium.core.program.Slot;
import org.husnu.symposium.core.program.SlotKind;

/**
 * A talk of the working program as the speakers' side needs it: the accepted abstract,
 * its session and its slot.
 *
 * @param submission the abstract, an accepted oral talk
 * @param session its session
 * @param slot its slot
 */
record ScheduledTalk(AbstractSubmission submission, ProgramSession session, Slot slot) {

	/** The event's time zone: times are shown and mailed in it. */
	static final ZoneId ZONE = ZoneId.of(EventSettings.DEFAULT_TIME_ZONE);

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE);

	/**
	 * The talks of a program whose abstracts are still accepted oral talks, in program
	 * order.
	 * @param program the working program
	 * @param accepted the accepted oral talks among the program's, by id
	 * @return the talks
	 */
	static List<ScheduledTalk> of(Program program, Map<UUID, AbstractSubmission> accepted) {
		List<ScheduledTalk> talks = new ArrayList<>();
		for (ProgramSession session : program.sessions()) {
			for (Slot slot : session.slots()) {
				AbstractSubmission submission = (slot.kind() == SlotKind.TALK) ? accepted.get(slot.abstractId()) : null;
				if (submission != null) {
					talks.add(new ScheduledTalk(submission, session, slot));
				}
			}
		}
		return talks;
	}

	UUID id() {
		return this.submission.id();
	}

	UUID sessionId() {
		return this.session.id();
	}

	Instant start() {
		return this.slot.start();
	}

	Author presenter() {
		return this.submission.presentingAuthor();
	}

	/**
	 * The slot's time in the event's zone, e.g.
	 * {@code 2027-03-20 10:00–10:15 (Asia/Tokyo)}.
	 * @return the time as people read it
	 */
	String when() {
		return DAY_TIME.format(this.slot.start()) + "–" + TIME.format(this.slot.end()) + " (" + ZONE.getId() + ")";
	}

	static String local(Instant instant) {
		return (instant != null) ? DAY_TIME.format(instant) : null;
	}

}

package org.husnu.symposium.core.program;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;

/**
 * The editor's changes to the program's sessions, as pure functions: each takes the
 * sessions and returns the changed ones, leaving the input alone, so the web layer loads
 * the program, applies one of these and saves the result with the version it loaded.
 * Every change re-times the sessions it touches from their start: talk slots last talk
 * plus questions, breaks keep their length. A change after which a slot would start at or
 * after its session's end is refused with {@code program.sessionFull}.
 */
public final class ProgramEdits {

	/** The code of a change that leaves no time in a session. */
	public static final String SESSION_FULL = "program.sessionFull";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
		.withZone(ZoneId.of("Asia/Tokyo"));

	private ProgramEdits() {
	}

	/**
	 * Moves a talk (placed or not yet) into a session at a position.
	 * @param sessions the sessions
	 * @param talk the abstract
	 * @param target the session it goes to
	 * @param position index among the target's slots, {@code null} for the end
	 * @return the changed sessions
	 */
	public static List<ProgramSession> moveTo(List<ProgramSession> sessions, UUID talk, UUID target, Integer position) {
		requireSession(sessions, target);
		List<ProgramSession> result = new ArrayList<>();
		for (ProgramSession session : sessions) {
			List<Slot> slots = new ArrayList<>(session.slots());
			boolean removed = slots.removeIf((slot) -> talk.equals(slot.abstractId()));
			if (session.id().equals(target)) {
				int at = (position != null) ? Math.max(0, Math.min(position, slots.size())) : slots.size();
				slots.add(at, Slot.talk(talk, session.start(), session.slotLength()));
				result.add(retime(session, slots, talk));
			}
			else {
				result.add(removed ? retime(session, slots, null) : session);
			}
		}
		return ordered(result);
	}

	/**
	 * Moves a talk one slot earlier in its session (past a break too).
	 * @param sessions the sessions
	 * @param talk the abstract
	 * @return the changed sessions, the same when it is first already
	 */
	public static List<ProgramSession> moveUp(List<ProgramSession> sessions, UUID talk) {
		return shift(sessions, talk, -1);
	}

	/**
	 * Moves a talk one slot later in its session (past a break too).
	 * @param sessions the sessions
	 * @param talk the abstract
	 * @return the changed sessions, the same when it is last already
	 */
	public static List<ProgramSession> moveDown(List<ProgramSession> sessions, UUID talk) {
		return shift(sessions, talk, 1);
	}

	/**
	 * Takes a talk out of the program; it is unplaced afterwards.
	 * @param sessions the sessions
	 * @param talk the abstract
	 * @return the changed sessions
	 */
	public static List<ProgramSession> remove(List<ProgramSession> sessions, UUID talk) {
		sessionOf(sessions, talk);
		List<ProgramSession> result = new ArrayList<>();
		for (ProgramSession session : sessions) {
			List<Slot> slots = new ArrayList<>(session.slots());
			result
				.add(slots.removeIf((slot) -> talk.equals(slot.abstractId())) ? retime(session, slots, null) : session);
		}
		return ordered(result);
	}

	/**
	 * Adds a break to a session.
	 * @param sessions the sessions
	 * @param sessionId the session
	 * @param label e.g. "Coffee break"
	 * @param minutes its length, 1 to 240
	 * @param position index among the session's slots, {@code null} for the end
	 * @return the changed sessions
	 */
	public static List<ProgramSession> addBreak(List<ProgramSession> sessions, UUID sessionId, String label,
			int minutes, Integer position) {
		DomainRuleException.require(minutes >= 1 && minutes <= 240, "program.break.minutes",
				"A break lasts 1 to 240 minutes");
		DomainRuleException.require(label != null && !label.isBlank(), "slot.break.label",
				"A break needs a label, e.g. Coffee break");
		ProgramSession session = requireSession(sessions, sessionId);
		List<Slot> slots = new ArrayList<>(session.slots());
		int at = (position != null) ? Math.max(0, Math.min(position, slots.size())) : slots.size();
		slots.add(at, Slot.breakSlot(label, session.start(), Duration.ofMinutes(minutes)));
		return replace(sessions, retime(session, slots, null));
	}

	/**
	 * Removes the slot at an index of a session (a break; a talk becomes unplaced).
	 * @param sessions the sessions
	 * @param sessionId the session
	 * @param index the slot's index
	 * @return the changed sessions
	 */
	public static List<ProgramSession> removeSlot(List<ProgramSession> sessions, UUID sessionId, int index) {
		ProgramSession session = requireSession(sessions, sessionId);
		DomainRuleException.require(index >= 0 && index < session.slots().size(), "program.slot.unknown",
				"Session '" + session.title() + "' has no slot " + (index + 1) + "; reload the program");
		List<Slot> slots = new ArrayList<>(session.slots());
		slots.remove(index);
		return replace(sessions, retime(session, slots, null));
	}

	/**
	 * Adds a session, or changes one (title, room, times, lengths, topics, chairs) and
	 * re-times its slots to the new start and lengths.
	 * @param sessions the sessions
	 * @param changed the session as it should be; its slots are ignored for a new one and
	 * re-timed for an existing one
	 * @return the changed sessions
	 */
	public static List<ProgramSession> saveSession(List<ProgramSession> sessions, ProgramSession changed) {
		ProgramSession existing = sessions.stream()
			.filter((session) -> session.id().equals(changed.id()))
			.findFirst()
			.orElse(null);
		List<Slot> slots = (existing != null) ? existing.slots() : List.of();
		ProgramSession retimed = retime(changed, slots, null);
		if (existing == null) {
			List<ProgramSession> result = new ArrayList<>(sessions);
			result.add(retimed);
			return ordered(result);
		}
		return replace(sessions, retimed);
	}

	/**
	 * Deletes a session; its talks are unplaced afterwards.
	 * @param sessions the sessions
	 * @param sessionId the session
	 * @return the remaining sessions
	 */
	public static List<ProgramSession> deleteSession(List<ProgramSession> sessions, UUID sessionId) {
		requireSession(sessions, sessionId);
		return sessions.stream().filter((session) -> !session.id().equals(sessionId)).toList();
	}

	/**
	 * Re-times slots one after the other from the session's start: talks last talk plus
	 * questions, breaks keep their length.
	 * @param session the session (its times and lengths)
	 * @param slots the slots in their new order
	 * @param moved the talk being moved in, for the message, or {@code null}
	 * @return the session with the re-timed slots
	 */
	public static ProgramSession retime(ProgramSession session, List<Slot> slots, UUID moved) {
		List<Slot> retimed = new ArrayList<>();
		Instant at = session.start();
		for (Slot slot : slots) {
			if (!at.isBefore(session.end())) {
				String what = (slot.kind() == SlotKind.BREAK) ? "the break '" + slot.label() + "'" : "a talk";
				if (moved != null && moved.equals(slot.abstractId())) {
					what = "the talk you moved";
				}
				throw new DomainRuleException(SESSION_FULL,
						"Session '" + session.title() + "' has no time left: " + what + " would start at "
								+ TIME.format(at) + ", at or after the session's end (" + TIME.format(session.end())
								+ "). Remove a talk or break from it, shorten its talks, or end it later");
			}
			Duration length = (slot.kind() == SlotKind.TALK) ? session.slotLength()
					: Duration.between(slot.start(), slot.end());
			retimed.add(new Slot(slot.kind(), at, at.plus(length), slot.abstractId(), slot.label()));
			at = at.plus(length);
		}
		return new ProgramSession(session.id(), session.title(), session.topicCodes(), session.sessionChairs(),
				session.room(), session.start(), session.end(), session.talkMinutes(), session.questionMinutes(),
				retimed);
	}

	private static List<ProgramSession> shift(List<ProgramSession> sessions, UUID talk, int by) {
		ProgramSession session = sessionOf(sessions, talk);
		List<Slot> slots = new ArrayList<>(session.slots());
		int index = -1;
		for (int i = 0; i < slots.size(); i++) {
			if (talk.equals(slots.get(i).abstractId())) {
				index = i;
			}
		}
		int other = index + by;
		if (other < 0 || other >= slots.size()) {
			return sessions;
		}
		Slot slot = slots.get(index);
		slots.set(index, slots.get(other));
		slots.set(other, slot);
		return replace(sessions, retime(session, slots, null));
	}

	private static ProgramSession sessionOf(List<ProgramSession> sessions, UUID talk) {
		return sessions.stream()
			.filter((session) -> session.talks().contains(talk))
			.findFirst()
			.orElseThrow(() -> new DomainRuleException("program.talk.unplaced",
					"Abstract " + talk + " has no slot in the program; reload the program"));
	}

	private static ProgramSession requireSession(List<ProgramSession> sessions, UUID sessionId) {
		return sessions.stream()
			.filter((session) -> session.id().equals(sessionId))
			.findFirst()
			.orElseThrow(() -> new DomainRuleException("program.session.unknown", "The program has no session "
					+ sessionId + "; another chair may have deleted it. " + "Reload the program"));
	}

	private static List<ProgramSession> replace(List<ProgramSession> sessions, ProgramSession changed) {
		return ordered(
				sessions.stream().map((session) -> session.id().equals(changed.id()) ? changed : session).toList());
	}

	private static List<ProgramSession> ordered(List<ProgramSession> sessions) {
		return sessions.stream()
			.sorted(Comparator.comparing(ProgramSession::start)
				.thenComparing((session) -> (session.room() != null) ? session.room() : ""))
			.toList();
	}

}

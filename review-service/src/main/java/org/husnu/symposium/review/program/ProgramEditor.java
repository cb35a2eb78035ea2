package org.husnu.symposium.review.program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.program.Program;
import org.husnu.symposium.core.program.ProgramEdits;
import org.husnu.symposium.core.program.ProgramSession;
import org.husnu.symposium.core.program.Slot;
import org.husnu.symposium.core.program.SlotKind;

import org.springframework.stereotype.Service;

/**
 * The editor's one-step changes (move, reorder, remove, breaks, sessions): each loads the
 * working program, checks the chair saw its current version, applies one
 * {@link ProgramEdits} function and saves the whole program with that version through
 * {@link ProgramService#replace}, so a refused change writes nothing and a concurrent one
 * answers 409.
 */
@Service
class ProgramEditor {

	private final ProgramService programs;

	private final AcceptedTalks acceptedTalks;

	ProgramEditor(ProgramService programs, AcceptedTalks acceptedTalks) {
		this.programs = programs;
		this.acceptedTalks = acceptedTalks;
	}

	/**
	 * Replaces the whole program from the API's request; talks may be named by number.
	 */
	Program replace(Actor actor, ProgramRequest request) {
		AccessPolicy.requireEditProgram(actor);
		Map<String, UUID> numbers = new HashMap<>();
		this.acceptedTalks.all().forEach((talk) -> numbers.put(talk.number().toUpperCase(Locale.ROOT), talk.id()));
		List<ProgramSession> sessions = new ArrayList<>();
		for (ProgramRequest.SessionRequest session : (request.sessions() != null) ? request.sessions()
				: List.<ProgramRequest.SessionRequest>of()) {
			List<Slot> slots = new ArrayList<>();
			for (ProgramRequest.SlotRequest slot : (session.slots() != null) ? session.slots()
					: List.<ProgramRequest.SlotRequest>of()) {
				UUID talk = (slot.kind() == SlotKind.TALK)
						? talk((slot.talk() != null) ? slot.talk().key() : null, numbers) : null;
				slots.add(new Slot(slot.kind(), slot.start(), slot.end(), talk, slot.label()));
			}
			sessions.add(new ProgramSession((session.id() != null) ? session.id() : UUID.randomUUID(), session.title(),
					session.topicCodes(), chairs(session.sessionChairs()), session.room(), session.start(),
					session.end(), session.talkMinutes(), session.questionMinutes(), slots));
		}
		return this.programs.replace(actor, sessions, request.version());
	}

	private static List<UUID> chairs(List<ProgramRequest.Ref> chairs) {
		if (chairs == null) {
			return List.of();
		}
		return chairs.stream()
			.filter((chair) -> chair != null && chair.key() != null)
			.map((chair) -> chair.uuid("program.unknownChair", "Session chair"))
			.toList();
	}

	/**
	 * A talk named by id or number; an unknown number is not an accepted talk.
	 */
	private static UUID talk(String key, Map<String, UUID> numbers) {
		if (key == null || key.isBlank()) {
			throw new DomainRuleException("slot.talk", "A talk slot needs an abstract (its id or number)");
		}
		if (key.length() > 64) {
			throw ProgramService.unknownTalks(List.of(key.substring(0, 64) + "…"));
		}
		try {
			return UUID.fromString(key.strip());
		}
		catch (IllegalArgumentException ex) {
			UUID id = numbers.get(key.strip().toUpperCase(Locale.ROOT));
			if (id == null) {
				throw ProgramService.unknownTalks(List.of(key.strip()));
			}
			return id;
		}
	}

	/**
	 * Moves a talk named by id or number (the API's move).
	 */
	Program move(Actor actor, Long version, String talkKey, UUID session, Integer position) {
		AccessPolicy.requireEditProgram(actor);
		return moveTo(actor, version, talk(talkKey), session, position);
	}

	private UUID talk(String key) {
		Map<String, UUID> numbers = new HashMap<>();
		if (key != null && !key.isBlank() && key.length() < 36) {
			this.acceptedTalks.all().forEach((talk) -> numbers.put(talk.number().toUpperCase(Locale.ROOT), talk.id()));
		}
		return talk(key, numbers);
	}

	Program moveTo(Actor actor, Long version, UUID talk, UUID session, Integer position) {
		return apply(actor, version, (sessions) -> ProgramEdits.moveTo(sessions, talk, session, position));
	}

	Program moveUp(Actor actor, Long version, UUID talk) {
		return apply(actor, version, (sessions) -> ProgramEdits.moveUp(sessions, talk));
	}

	Program moveDown(Actor actor, Long version, UUID talk) {
		return apply(actor, version, (sessions) -> ProgramEdits.moveDown(sessions, talk));
	}

	Program remove(Actor actor, Long version, UUID talk) {
		return apply(actor, version, (sessions) -> ProgramEdits.remove(sessions, talk));
	}

	Program addBreak(Actor actor, Long version, UUID session, String label, int minutes, Integer position) {
		return apply(actor, version, (sessions) -> ProgramEdits.addBreak(sessions, session, label, minutes, position));
	}

	Program removeSlot(Actor actor, Long version, UUID session, int index) {
		return apply(actor, version, (sessions) -> ProgramEdits.removeSlot(sessions, session, index));
	}

	Program saveSession(Actor actor, Long version, ProgramSession session) {
		return apply(actor, version, (sessions) -> ProgramEdits.saveSession(sessions, session));
	}

	Program deleteSession(Actor actor, Long version, UUID session) {
		return apply(actor, version, (sessions) -> ProgramEdits.deleteSession(sessions, session));
	}

	private Program apply(Actor actor, Long version, UnaryOperator<List<ProgramSession>> edit) {
		AccessPolicy.requireEditProgram(actor);
		Program current = this.programs.current(actor);
		if (!Objects.equals(current.version(), version)) {
			throw ProgramService.conflict();
		}
		return this.programs.replace(actor, edit.apply(current.sessions()), version);
	}

}

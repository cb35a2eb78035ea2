package org.husnu.symposium.core.program;

import java.time.Instant;
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
 * The chairs' working oral program: every session with its slots, in one document, so a
 * save of the whole program is one atomic write guarded by {@link #version()} (there are
 * no multi-document transactions). Published states are frozen copies in
 * {@link ProgramPublication}.
 *
 * @param id always {@link #ID}
 * @param sessions sessions, ordered by start then room
 * @param updatedAt last change, {@code null} before the first save
 * @param updatedBy account id of the chair who saved last
 * @param version optimistic-locking version, {@code null} before the first save
 */
@Document(collection = CollectionNames.PROGRAM_SESSIONS)
public record Program(@Id String id, List<ProgramSession> sessions, Instant updatedAt, UUID updatedBy,
		@Version Long version) {

	/** The id of the one working program. */
	public static final String ID = "program";

	public Program {
		id = ID;
		sessions = List.copyOf((sessions != null) ? sessions : List.of());
		Set<UUID> sessionIds = new HashSet<>();
		Set<UUID> talks = new HashSet<>();
		for (ProgramSession session : sessions) {
			DomainRuleException.require(sessionIds.add(session.id()), "program.duplicateSession",
					"Two sessions share the id " + session.id());
			for (UUID talk : session.talks()) {
				DomainRuleException.require(talks.add(talk), "program.duplicateTalk",
						"Abstract " + talk + " has more than one slot in the program");
			}
		}
	}

	/**
	 * An empty program, never saved.
	 * @return the empty program
	 */
	public static Program empty() {
		return new Program(ID, List.of(), null, null, null);
	}

	/**
	 * Every talk of the program.
	 * @return abstract ids, session by session in time order
	 */
	public List<UUID> talks() {
		return this.sessions.stream().flatMap((session) -> session.talks().stream()).toList();
	}

}

package org.husnu.symposium.review.program;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.program.Program;
import org.husnu.symposium.core.program.ProgramSession;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.problems.ConflictException;
import org.husnu.symposium.platform.problems.ProblemException;
import org.husnu.symposium.platform.problems.ProblemTypes;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The working program: read, and replace as a whole with a version check. The program is
 * one document, so a save is all or nothing; every talk must be an accepted oral talk
 * ({@link AcceptedTalks}) and every session chair an account; every save is audited. The
 * editor's one-step changes ({@code ProgramEditor}) and publishing
 * ({@link ProgramPublishing}) build on these.
 */
@Service
public class ProgramService {

	private final MongoOperations mongo;

	private final AcceptedTalks acceptedTalks;

	private final AuditLog audit;

	private final Clock clock;

	private final AccountDirectory accounts;

	ProgramService(MongoOperations mongo, AcceptedTalks acceptedTalks, AuditLog audit, Clock clock,
			AccountDirectory accounts) {
		this.accounts = accounts;
		this.mongo = mongo;
		this.acceptedTalks = acceptedTalks;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The working program.
	 * @param actor a chair
	 * @return the program, {@link Program#empty()} before the first save
	 */
	public Program current(Actor actor) {
		AccessPolicy.requireEditProgram(actor);
		return stored();
	}

	/**
	 * Replaces the working program's sessions in one atomic write.
	 * @param actor a chair
	 * @param sessions the new sessions
	 * @param expectedVersion the version the chair edited ({@code null} only for the
	 * first save); another version answers 409 {@code program.conflict}
	 * @return the saved program
	 */
	public Program replace(Actor actor, List<ProgramSession> sessions, Long expectedVersion) {
		AccessPolicy.requireEditProgram(actor);
		Program before = stored();
		if (!Objects.equals(before.version(), expectedVersion)) {
			throw conflict();
		}
		Program next = new Program(Program.ID, sessions, this.clock.instant(), actor.accountId(), before.version());
		requireAcceptedTalks(next);
		requireKnownChairs(next);
		Program saved;
		try {
			saved = (before.version() != null) ? this.mongo.save(next) : this.mongo.insert(next);
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
			throw conflict();
		}
		this.audit.record(actor, "program.saved", Program.ID, Map.of("version", String.valueOf(saved.version()),
				"sessions", String.valueOf(saved.sessions().size()), "talks", String.valueOf(saved.talks().size())));
		return saved;
	}

	Program stored() {
		Program program = this.mongo.findById(Program.ID, Program.class);
		return (program != null) ? program : Program.empty();
	}

	private void requireKnownChairs(Program program) {
		Set<UUID> chairs = new LinkedHashSet<>();
		program.sessions().forEach((session) -> chairs.addAll(session.sessionChairs()));
		if (chairs.isEmpty()) {
			return;
		}
		Set<UUID> known = new HashSet<>();
		this.accounts.findAllById(chairs).forEach((account) -> known.add(account.id()));
		List<String> unknown = chairs.stream().filter((chair) -> !known.contains(chair)).map(UUID::toString).toList();
		if (!unknown.isEmpty()) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.DOMAIN_RULE,
					"Unknown session chair",
					"A session chair must be a person with an account; no account has the id "
							+ String.join(", ", unknown) + ". Choose the chairs from the list and save again")
				.with("code", "program.unknownChair")
				.with("chairs", unknown);
		}
	}

	void requireAcceptedTalks(Program program) {
		List<UUID> talks = program.talks();
		if (talks.isEmpty()) {
			return;
		}
		Map<UUID, AbstractSubmission> accepted = this.acceptedTalks.among(talks);
		List<String> unknown = new ArrayList<>();
		for (UUID talk : talks) {
			if (!accepted.containsKey(talk)) {
				unknown.add(talk.toString());
			}
		}
		if (!unknown.isEmpty()) {
			throw unknownTalks(unknown);
		}
	}

	static ProblemException unknownTalks(List<String> unknown) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.DOMAIN_RULE,
				"Not an accepted oral talk",
				"Only abstracts with a released accept-oral decision can have a talk slot; not one: "
						+ String.join(", ", unknown) + ". Remove these slots and save again")
			.with("code", "program.unknownTalk")
			.with("abstracts", Set.copyOf(unknown));
	}

	static ProblemException conflict() {
		return new ConflictException("Another chair changed the program after you opened it; reload the program "
				+ "(GET /api/program or the page), then apply your change again")
			.with("code", "program.conflict");
	}

}

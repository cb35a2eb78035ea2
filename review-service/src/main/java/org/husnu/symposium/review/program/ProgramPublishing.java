package org.husnu.symposium.review.program;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.program.Program;
import org.husnu.symposium.core.program.ProgramPublication;
import org.husnu.symposium.core.program.ProgramSession;
import org.husnu.symposium.core.program.Slot;
import org.husnu.symposium.core.program.SlotKind;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.problems.ConflictException;
import org.husnu.symposium.platform.problems.ProblemException;
import org.husnu.symposium.platform.problems.ProblemTypes;
import org.husnu.symposium.review.program.ProgramView.WarningView;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Publishing the working program: a frozen, numbered {@link ProgramPublication} (number
 * N+1, inserted, so two chairs publishing at once get one publication and one 409),
 * written only when the chair published the version they saw and either nothing is warned
 * about or they confirmed. The publication copies what the public outputs print (titles,
 * authors without addresses, chairs' names), never review data.
 */
@Service
public class ProgramPublishing {

	private final MongoOperations mongo;

	private final ProgramService programs;

	private final ProgramViews views;

	private final ProgramWarnings warnings;

	private final AccountDirectory accounts;

	private final AuditLog audit;

	private final Clock clock;

	ProgramPublishing(MongoOperations mongo, ProgramService programs, ProgramViews views, ProgramWarnings warnings,
			AccountDirectory accounts, AuditLog audit, Clock clock) {
		this.mongo = mongo;
		this.programs = programs;
		this.views = views;
		this.warnings = warnings;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Publishes the working program.
	 * @param actor a chair
	 * @param expectedVersion the version the chair saw
	 * @param confirm whether the chair publishes despite warnings
	 * @return the publication's number, time and the warnings published with it
	 */
	public Published publish(Actor actor, Long expectedVersion, boolean confirm) {
		AccessPolicy.requireEditProgram(actor);
		Program program = this.programs.stored();
		if (!Objects.equals(program.version(), expectedVersion)) {
			throw ProgramService.conflict();
		}
		if (program.talks().isEmpty()) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.DOMAIN_RULE, "Nothing to publish",
					"The program has no talks yet; add sessions and place the accepted talks, then publish")
				.with("code", "program.empty");
		}
		this.programs.requireAcceptedTalks(program);
		List<WarningView> found = this.views.render(this.warnings.of(program));
		if (!found.isEmpty() && !confirm) {
			throw new ConflictException("The program has " + found.size() + " unresolved warnings (listed in "
					+ "'warnings'); resolve them, or publish anyway with \"confirm\": true")
				.with("code", "program.unresolvedWarnings")
				.with("warnings", found);
		}
		Instant now = this.clock.instant();
		int number = latestNumber() + 1;
		ProgramPublication publication = new ProgramPublication(number, now, actor.accountId(), program.version(),
				freeze(program));
		try {
			this.mongo.insert(publication);
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("Another chair published the program at the same moment; reload the "
					+ "program to see the current publication")
				.with("code", "program.publishConflict");
		}
		this.audit.record(actor, "program.published", Program.ID,
				Map.of("number", String.valueOf(number), "version", String.valueOf(program.version()), "talks",
						String.valueOf(program.talks().size()), "warnings", String.valueOf(found.size())));
		return new Published(number, now, found);
	}

	/**
	 * Every publication, newest first.
	 * @param actor a chair
	 * @return number, time, who and how many talks
	 */
	public List<PublicationSummary> list(Actor actor) {
		AccessPolicy.requireEditProgram(actor);
		List<ProgramPublication> all = this.mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "_id")),
				ProgramPublication.class);
		Map<UUID, String> names = new HashMap<>();
		this.accounts
			.findAllById(all.stream().map(ProgramPublication::publishedBy).filter(Objects::nonNull).distinct().toList())
			.forEach((account) -> names.put(account.id(), ProgramViews.name(account)));
		return all.stream()
			.map((publication) -> new PublicationSummary(publication.number(), publication.publishedAt(),
					names.get(publication.publishedBy()),
					publication.sessions()
						.stream()
						.mapToInt((session) -> (int) session.slots()
							.stream()
							.filter((slot) -> slot.kind() == SlotKind.TALK)
							.count())
						.sum()))
			.toList();
	}

	private int latestNumber() {
		ProgramPublication latest = this.mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1),
				ProgramPublication.class);
		return (latest != null) ? latest.number() : 0;
	}

	private List<ProgramPublication.Session> freeze(Program program) {
		Map<UUID, AbstractSubmission> talks = new HashMap<>();
		this.mongo.find(Query.query(Criteria.where("_id").in(program.talks())), AbstractSubmission.class)
			.forEach((submission) -> talks.put(submission.id(), submission));
		Set<UUID> chairIds = new HashSet<>();
		program.sessions().forEach((session) -> chairIds.addAll(session.sessionChairs()));
		Map<UUID, Account> chairs = new HashMap<>();
		this.accounts.findAllById(chairIds).forEach((account) -> chairs.put(account.id(), account));
		List<ProgramPublication.Session> sessions = new ArrayList<>();
		for (ProgramSession session : program.sessions()) {
			List<ProgramPublication.PublishedSlot> slots = new ArrayList<>();
			for (Slot slot : session.slots()) {
				ProgramPublication.Talk talk = null;
				if (slot.kind() == SlotKind.TALK) {
					AbstractSubmission submission = talks.get(slot.abstractId());
					talk = new ProgramPublication.Talk(submission.id(), submission.number(), submission.title(),
							submission.primaryTopic(), submission.keywords(), submission.studentPresenter(),
							submission.authors()
								.stream()
								.map((author) -> new ProgramPublication.PublishedAuthor(author.name(),
										author.affiliation(), author.institution(), author.presenting()))
								.toList());
				}
				slots.add(new ProgramPublication.PublishedSlot(slot.kind(), slot.start(), slot.end(), slot.label(),
						talk));
			}
			List<ProgramPublication.Person> sessionChairs = session.sessionChairs()
				.stream()
				.map(chairs::get)
				.filter(Objects::nonNull)
				.map((account) -> new ProgramPublication.Person(ProgramViews.name(account), account.institution()))
				.toList();
			sessions.add(new ProgramPublication.Session(session.id(), session.title(), session.topicCodes(),
					session.room(), session.start(), session.end(), sessionChairs, slots));
		}
		return sessions;
	}

	/**
	 * A publication just written.
	 *
	 * @param number its number
	 * @param publishedAt when
	 * @param warnings the warnings the chair published despite
	 */
	public record Published(int number, Instant publishedAt, List<WarningView> warnings) {

	}

	/**
	 * A publication in the list.
	 *
	 * @param number its number
	 * @param publishedAt when
	 * @param by the chair's name
	 * @param talks how many talks it holds
	 */
	public record PublicationSummary(int number, Instant publishedAt, String by, int talks) {

	}

}

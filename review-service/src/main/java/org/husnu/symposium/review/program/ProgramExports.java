package org.husnu.symposium.review.program;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.decisions.DecisionState;
import org.husnu.symposium.core.decisions.EffectiveStatus;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.program.Program;
import org.husnu.symposium.core.program.ProgramSession;
import org.husnu.symposium.core.program.Slot;
import org.husnu.symposium.core.program.SlotKind;
import org.husnu.symposium.core.program.SpeakerInvitation;
import org.husnu.symposium.core.program.SpeakerStatus;
import org.husnu.symposium.platform.accounts.AccountDirectory;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What the chairs' program and badge exports hold. The program export is the WORKING
 * program (not the published one): every slot with its times in the event's zone and as
 * ISO instants, the talk's presenter and where its speaker stands. The badge export lists
 * everyone who needs a badge: the presenters of accepted abstracts (oral and poster, as
 * {@link EffectiveStatus} shows them: released decisions only), one row per person, and
 * the session chairs of the working program.
 */
@Component
class ProgramExports {

	static final ZoneId ZONE = ZoneId.of(EventSettings.DEFAULT_TIME_ZONE);

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZONE);

	private final ProgramService programs;

	private final MongoOperations mongo;

	private final AccountDirectory accounts;

	ProgramExports(ProgramService programs, MongoOperations mongo, AccountDirectory accounts) {
		this.programs = programs;
		this.mongo = mongo;
		this.accounts = accounts;
	}

	/**
	 * The working program for export.
	 * @param actor a chair
	 * @return sessions in program order with their slots
	 */
	ExportedProgram program(Actor actor) {
		Program program = this.programs.current(actor);
		List<UUID> talks = program.talks();
		Map<UUID, AbstractSubmission> abstracts = talks.isEmpty() ? Map.of()
				: this.mongo.find(Query.query(Criteria.where("_id").in(talks)), AbstractSubmission.class)
					.stream()
					.collect(Collectors.toMap(AbstractSubmission::id, Function.identity()));
		Map<UUID, SpeakerInvitation> invitations = talks.isEmpty() ? Map.of()
				: this.mongo.find(Query.query(Criteria.where("_id").in(talks)), SpeakerInvitation.class)
					.stream()
					.collect(Collectors.toMap(SpeakerInvitation::abstractId, Function.identity()));
		List<ExportedSession> sessions = new ArrayList<>();
		for (ProgramSession session : program.sessions()) {
			List<ExportedSlot> slots = new ArrayList<>();
			for (Slot slot : session.slots()) {
				if (slot.kind() == SlotKind.BREAK) {
					slots.add(new ExportedSlot(SlotKind.BREAK.name(), times(slot.start(), slot.end()), null, null,
							slot.label(), null, null, null, null, null));
					continue;
				}
				AbstractSubmission submission = abstracts.get(slot.abstractId());
				Author presenter = (submission != null) ? submission.presentingAuthor() : null;
				slots.add(new ExportedSlot(SlotKind.TALK.name(), times(slot.start(), slot.end()), slot.abstractId(),
						(submission != null) ? submission.number() : null,
						(submission != null) ? submission.title() : null, (presenter != null) ? presenter.name() : null,
						(presenter != null) ? presenter.affiliation() : null,
						(presenter != null) ? presenter.institution() : null,
						(submission != null) ? submission.studentPresenter() : null,
						SpeakerStatus.of(invitations.get(slot.abstractId()), session.id(), slot.start()).code()));
			}
			sessions.add(new ExportedSession(session.id(), session.title(), session.room(), session.topicCodes(),
					times(session.start(), session.end()), session.talkMinutes(), session.questionMinutes(), slots));
		}
		return new ExportedProgram(program.version(), ZONE.getId(), sessions);
	}

	/**
	 * Everyone who needs a badge.
	 * @param actor a chair
	 * @return presenters by name, then session chairs who present nothing
	 */
	List<Badge> badges(Actor actor) {
		Program program = this.programs.current(actor);
		List<Decision> released = this.mongo.find(Query.query(Criteria.where("outcome")
			.in(DecisionOutcome.ACCEPT_ORAL, DecisionOutcome.ACCEPT_POSTER)
			.and("state")
			.is(DecisionState.RELEASED)), Decision.class);
		Map<UUID, Decision> decisions = released.stream()
			.collect(Collectors.toMap(Decision::abstractId, Function.identity()));
		List<AbstractSubmission> accepted = decisions.isEmpty() ? List.of()
				: this.mongo.find(Query.query(Criteria.where("_id").in(decisions.keySet())), AbstractSubmission.class)
					.stream()
					.filter((submission) -> isAccepted(EffectiveStatus.of(submission, decisions.get(submission.id()))))
					.sorted(Comparator.comparing(AbstractSubmission::number))
					.toList();
		Map<String, BadgeBuilder> people = new LinkedHashMap<>();
		for (AbstractSubmission submission : accepted) {
			Author presenter = submission.presentingAuthor();
			boolean oral = EffectiveStatus.of(submission,
					decisions.get(submission.id())) == AbstractStatus.ACCEPTED_ORAL;
			people
				.computeIfAbsent(presenter.email(),
						(email) -> new BadgeBuilder(presenter.name(), presenter.affiliation(), presenter.institution(),
								email))
				.presents(submission, oral);
		}
		Set<UUID> chairIds = new LinkedHashSet<>();
		program.sessions().forEach((session) -> chairIds.addAll(session.sessionChairs()));
		if (!chairIds.isEmpty()) {
			for (Account chair : this.accounts.findAllById(chairIds)) {
				people
					.computeIfAbsent(chair.email(),
							(email) -> new BadgeBuilder((chair.name() != null) ? chair.name() : email,
									chair.department(), chair.institution(), email))
					.chairs();
			}
		}
		return people.values()
			.stream()
			.map(BadgeBuilder::build)
			.sorted(Comparator.comparing(Badge::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private static boolean isAccepted(AbstractStatus status) {
		return status == AbstractStatus.ACCEPTED_ORAL || status == AbstractStatus.ACCEPTED_POSTER;
	}

	private static Times times(Instant start, Instant end) {
		return new Times(LOCAL.format(start), LOCAL.format(end), ISO.format(start), ISO.format(end));
	}

	/**
	 * The working program as exported.
	 *
	 * @param version the program's version, {@code null} before the first save
	 * @param zone the zone of the local times
	 * @param sessions sessions in program order
	 */
	record ExportedProgram(Long version, String zone, List<ExportedSession> sessions) {
	}

	/**
	 * A session as exported.
	 *
	 * @param id session id
	 * @param title title
	 * @param room room, may be {@code null}
	 * @param topicCodes topic areas
	 * @param time start and end
	 * @param talkMinutes talk length
	 * @param questionMinutes question time after each talk
	 * @param slots slots in time order
	 */
	record ExportedSession(UUID id, String title, String room, List<String> topicCodes, Times time, int talkMinutes,
			int questionMinutes, List<ExportedSlot> slots) {
	}

	/**
	 * A slot as exported: a talk with its abstract and presenter, or a break with its
	 * label as title.
	 *
	 * @param kind {@code TALK} or {@code BREAK}
	 * @param time start and end
	 * @param abstractId the talk's abstract
	 * @param number its number
	 * @param title the talk's title or the break's label
	 * @param presenter the presenting author's name
	 * @param affiliation their affiliation
	 * @param institution their institution code
	 * @param studentPresenter whether they are a student
	 * @param speakerState {@code notInvited}, {@code pending}, {@code confirmed},
	 * {@code declined} or {@code slotChanged}; {@code null} for breaks
	 */
	record ExportedSlot(String kind, Times time, UUID abstractId, String number, String title, String presenter,
			String affiliation, String institution, Boolean studentPresenter, String speakerState) {
	}

	/**
	 * A start and an end, in the event's zone and as ISO times with offset.
	 *
	 * @param startLocal start, {@code yyyy-MM-dd HH:mm} in the event's zone
	 * @param endLocal end, the same way
	 * @param start start, ISO 8601 with offset
	 * @param end end, ISO 8601 with offset
	 */
	record Times(String startLocal, String endLocal, String start, String end) {
	}

	/**
	 * One person's badge.
	 *
	 * @param name name
	 * @param affiliation affiliation (for session chairs their department)
	 * @param institution institution code
	 * @param email address
	 * @param role {@code Presenter}, {@code Session chair} or both
	 * @param presentation {@code Oral}, {@code Poster} or both, empty for chairs only
	 * @param numbers their accepted abstracts
	 * @param titles the titles of those abstracts
	 * @param student whether they present as a student
	 */
	record Badge(String name, String affiliation, String institution, String email, String role, String presentation,
			List<String> numbers, List<String> titles, boolean student) {
	}

	private static final class BadgeBuilder {

		private final String name;

		private final String affiliation;

		private final String institution;

		private final String email;

		private final Set<String> roles = new LinkedHashSet<>();

		private final Set<String> presentations = new TreeSet<>();

		private final List<String> numbers = new ArrayList<>();

		private final List<String> titles = new ArrayList<>();

		private boolean student;

		BadgeBuilder(String name, String affiliation, String institution, String email) {
			this.name = name;
			this.affiliation = affiliation;
			this.institution = institution;
			this.email = email;
		}

		void presents(AbstractSubmission submission, boolean oral) {
			this.roles.add("Presenter");
			this.presentations.add(oral ? "Oral" : "Poster");
			this.numbers.add(submission.number());
			this.titles.add(submission.title());
			this.student |= submission.studentPresenter();
		}

		void chairs() {
			this.roles.add("Session chair");
		}

		Badge build() {
			return new Badge(this.name, this.affiliation, this.institution, this.email, String.join(", ", this.roles),
					String.join(", ", this.presentations), List.copyOf(this.numbers), List.copyOf(this.titles),
					this.student);
		}

	}

}

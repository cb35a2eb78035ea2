package org.husnu.symposium.review.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.program.Program;
import org.husnu.symposium.core.program.ProgramEdits;
import org.husnu.symposium.core.program.ProgramPublication;
import org.husnu.symposium.core.program.ProgramSession;
import org.husnu.symposium.core.program.SessionFrame;
import org.husnu.symposium.platform.demo.DemoPeople;
import org.husnu.symposium.platform.demo.DemoPeople.Person;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.review.program.AcceptedTalks;
import org.husnu.symposium.review.program.ProgramPublishing;
import org.husnu.symposium.review.program.ProgramService;
import org.husnu.symposium.review.program.ProgramSuggestions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The demo's oral program, once the decisions are released: the auto-suggest
 * ({@link ProgramSuggestions}) fills two rooms with a morning and an afternoon session
 * each (09:30 to 11:00, 13:30 to 15:00, Asia/Tokyo) three weeks after the review
 * deadline; then, as a chair would by hand, one HU and one SNU session chair each (never
 * an author of a talk in it) and a coffee break in the morning sessions, saved through
 * {@link ProgramService#replace} and published (despite the speakers' warnings: nobody is
 * invited yet). Nothing is done once a program or a publication exists, or while there is
 * no accepted talk.
 */
@Component
@Profile("demo")
class DemoProgram {

	private static final Logger logger = LoggerFactory.getLogger(DemoProgram.class);

	private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	private static final List<String> ROOMS = List.of("Room A (Hokkaido University)", "Room B (SNU)");

	private final MongoOperations mongo;

	private final AcceptedTalks acceptedTalks;

	private final ProgramService programs;

	private final ProgramPublishing publishing;

	private final ReferenceData referenceData;

	private final ProgramSuggestions suggestions;

	DemoProgram(MongoOperations mongo, AcceptedTalks acceptedTalks, ProgramService programs,
			ProgramPublishing publishing, ReferenceData referenceData, ProgramSuggestions suggestions) {
		this.suggestions = suggestions;
		this.mongo = mongo;
		this.acceptedTalks = acceptedTalks;
		this.programs = programs;
		this.publishing = publishing;
		this.referenceData = referenceData;
	}

	/**
	 * Builds and publishes the program as described above.
	 * @param chair the demo chair
	 * @return the publication's number, 0 when nothing was done
	 */
	int build(Actor chair) {
		if (this.mongo.exists(new Query(), Program.class) || this.mongo.exists(new Query(), ProgramPublication.class)) {
			return 0;
		}
		List<AbstractSubmission> talks = this.acceptedTalks.all();
		if (talks.isEmpty()) {
			return 0;
		}
		LocalDate day = LocalDate.ofInstant(this.referenceData.eventSettings().reviewDeadline().at(), ZONE)
			.plusWeeks(3);
		List<SessionFrame> frames = new ArrayList<>();
		for (LocalTime start : List.of(LocalTime.of(9, 30), LocalTime.of(13, 30))) {
			for (String room : ROOMS) {
				Instant from = day.atTime(start).atZone(ZONE).toInstant();
				frames.add(new SessionFrame(room, from, from.plus(Duration.ofMinutes(90)), null, null));
			}
		}
		Program suggested = this.suggestions.apply(chair, frames, null);
		Map<UUID, AbstractSubmission> byId = talks.stream()
			.collect(Collectors.toMap(AbstractSubmission::id, Function.identity()));
		List<ProgramSession> sessions = new ArrayList<>();
		Chairs chairs = new Chairs();
		for (ProgramSession session : suggested.sessions()) {
			List<AbstractSubmission> inSession = session.talks().stream().map(byId::get).toList();
			sessions.add(new ProgramSession(session.id(), session.title(), session.topicCodes(), chairs.next(inSession),
					session.room(), session.start(), session.end(), session.talkMinutes(), session.questionMinutes(),
					session.slots()));
		}
		for (ProgramSession session : List.copyOf(sessions)) {
			if (LocalTime.ofInstant(session.start(), ZONE).isBefore(LocalTime.NOON) && session.talks().size() > 2) {
				sessions = new ArrayList<>(ProgramEdits.addBreak(sessions, session.id(), "Coffee break", 15, 2));
			}
		}
		Program saved = this.programs.replace(chair, sessions, suggested.version());
		ProgramPublishing.Published published = this.publishing.publish(chair, saved.version(), true);
		logger.info("Demo data: program of {} sessions and {} talks published as number {}", sessions.size(),
				talks.size(), published.number());
		return published.number();
	}

	/**
	 * The demo's chairs and reviewers of each university in turn; someone who authored a
	 * talk of the session is skipped.
	 */
	private static final class Chairs {

		private final Map<String, List<Person>> byInstitution = DemoPeople.all()
			.stream()
			.filter((person) -> person.roles().contains(Role.CHAIR) || person.roles().contains(Role.REVIEWER))
			.collect(Collectors.groupingBy(Person::institution));

		private final Map<String, Integer> turn = new HashMap<>();

		List<UUID> next(List<AbstractSubmission> talks) {
			Set<String> authors = new HashSet<>();
			talks.forEach((talk) -> talk.authors().stream().map(Author::email).forEach(authors::add));
			List<UUID> chosen = new ArrayList<>();
			for (String institution : List.of("HU", "SNU")) {
				List<Person> people = this.byInstitution.getOrDefault(institution, List.of());
				for (int tries = 0; tries < people.size(); tries++) {
					int at = this.turn.merge(institution, 1, Integer::sum) - 1;
					Person person = people.get(at % people.size());
					if (!authors.contains(person.email())) {
						chosen.add(person.id());
						break;
					}
				}
			}
			return chosen;
		}

	}

}

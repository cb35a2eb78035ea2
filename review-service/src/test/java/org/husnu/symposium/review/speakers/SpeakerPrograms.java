package org.husnu.symposium.review.speakers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.mail.OutboxMail;
import org.husnu.symposium.core.program.Program;
import org.husnu.symposium.core.program.ProgramSession;
import org.husnu.symposium.core.program.Slot;
import org.husnu.symposium.core.program.SpeakerInvitation;
import org.husnu.symposium.review.program.ProgramService;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Seeds a working program for the speakers' and the exports' tests the way the editor
 * would leave it: accepted oral talks (abstracts with released accept-oral decisions)
 * saved through {@link ProgramService#replace}.
 */
public final class SpeakerPrograms {

	/** 10:00 in Tokyo on the session day. */
	public static final Instant MORNING = Instant.parse("2027-03-20T01:00:00Z");

	private static final Pattern LINK = Pattern.compile("/speaker/([A-Za-z0-9_-]{43})");

	private SpeakerPrograms() {
	}

	/**
	 * Removes what an earlier test left: program, invitations, decisions, abstracts.
	 * @param mongo the store
	 */
	public static void clear(MongoOperations mongo) {
		mongo.remove(new Query(), Program.class);
		mongo.remove(new Query(), SpeakerInvitation.class);
		mongo.remove(new Query(), Decision.class);
		mongo.remove(new Query(), AbstractSubmission.class);
		mongo.remove(new Query(), "rate_limits");
	}

	/**
	 * Stores an abstract with a released decision.
	 * @param mongo the store
	 * @param submission the abstract
	 * @param outcome the released outcome
	 * @return the abstract
	 */
	public static AbstractSubmission accepted(MongoOperations mongo, AbstractSubmission submission,
			DecisionOutcome outcome) {
		mongo.insert(submission);
		Instant at = Instant.parse("2027-02-20T00:00:00Z");
		mongo.insert(Decision.held(submission.id(), outcome, UUID.randomUUID(), at).release(at));
		return submission;
	}

	/**
	 * A session starting at {@link #MORNING} plus an offset with back-to-back 15-minute
	 * talks.
	 * @param title the title
	 * @param offset from {@link #MORNING}
	 * @param chairs session chairs' account ids
	 * @param talks the talks in order
	 * @return the session
	 */
	public static ProgramSession session(String title, Duration offset, List<UUID> chairs, UUID... talks) {
		Instant start = MORNING.plus(offset);
		List<Slot> slots = new ArrayList<>();
		Instant at = start;
		for (UUID talk : talks) {
			slots.add(Slot.talk(talk, at, Duration.ofMinutes(15)));
			at = at.plus(Duration.ofMinutes(15));
		}
		return new ProgramSession(UUID.randomUUID(), title, List.of("MEDICAL_IMAGING"), chairs, "Room " + title, start,
				start.plus(Duration.ofHours(2)), null, null, slots);
	}

	/**
	 * Saves the working program as a chair.
	 * @param programs the service
	 * @param chair the chair's account
	 * @param sessions the sessions
	 * @return the saved program
	 */
	public static Program save(ProgramService programs, Account chair, ProgramSession... sessions) {
		Actor actor = Actor.of(chair);
		return programs.replace(actor, List.of(sessions), programs.current(actor).version());
	}

	/**
	 * The token of the newest speaker mail to an address, read from the outbox.
	 * @param mongo the store
	 * @param to the address
	 * @return the link's token
	 */
	public static String tokenMailedTo(MongoOperations mongo, String to) {
		List<OutboxMail> mails = mongo.find(Query.query(Criteria.where("to").is(to).and("template").regex("^speaker-")),
				OutboxMail.class);
		OutboxMail newest = mails.stream()
			.max((a, b) -> a.createdAt().compareTo(b.createdAt()))
			.orElseThrow(() -> new AssertionError("no speaker mail to " + to));
		Matcher link = LINK.matcher(newest.text());
		if (!link.find()) {
			throw new AssertionError("no speaker link in " + newest.text());
		}
		return link.group(1);
	}

	/**
	 * The speaker mails in the outbox per address.
	 * @param mongo the store
	 * @param prefix addresses starting with it
	 * @return template names per address
	 */
	public static Map<String, List<String>> mailsTo(MongoOperations mongo, String prefix) {
		return mongo
			.find(Query
				.query(Criteria.where("to").regex("^" + Pattern.quote(prefix)).and("template").regex("^speaker-")),
					OutboxMail.class)
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(OutboxMail::to,
					java.util.stream.Collectors.mapping(OutboxMail::template, java.util.stream.Collectors.toList())));
	}

}

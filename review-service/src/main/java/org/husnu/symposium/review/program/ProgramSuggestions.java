package org.husnu.symposium.review.program;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.affinity.AffinityDocument;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.program.Program;
import org.husnu.symposium.core.program.ProgramSession;
import org.husnu.symposium.core.program.ProgramSuggester;
import org.husnu.symposium.core.program.SessionFrame;
import org.husnu.symposium.core.program.SuggestTalk;
import org.husnu.symposium.core.program.Suggestion;
import org.husnu.symposium.core.topics.TopicArea;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.review.affinity.AnalysedTexts;

import org.springframework.stereotype.Service;

/**
 * The chairs' auto-suggest: reads the accepted oral talks ({@link AcceptedTalks}), the
 * presenter's institution (the presenting author's), the student flag and the topic names
 * in English, and runs the pure {@link ProgramSuggester} over the frames given, or over
 * the current program's sessions when none are given. Nothing is saved; {@link #apply}
 * re-computes the same proposal and saves it through {@link ProgramService#replace} with
 * the version it was made for.
 */
@Service
public class ProgramSuggestions {

	/** Most frames a suggestion fills. */
	public static final int MAX_FRAMES = 60;

	/** Most talks a suggestion places. */
	public static final int MAX_TALKS = 1000;

	private final AcceptedTalks acceptedTalks;

	private final ProgramService programs;

	private final ReferenceData referenceData;

	private final AnalysedTexts texts;

	ProgramSuggestions(AcceptedTalks acceptedTalks, ProgramService programs, ReferenceData referenceData,
			AnalysedTexts texts) {
		this.acceptedTalks = acceptedTalks;
		this.programs = programs;
		this.referenceData = referenceData;
		this.texts = texts;
	}

	/**
	 * Proposes sessions.
	 * @param actor a chair
	 * @param frames the frames to fill, or {@code null}/empty for the current program's
	 * sessions
	 * @return the proposal with the program version it was made for
	 */
	public Proposal suggest(Actor actor, List<SessionFrame> frames) {
		AccessPolicy.requireEditProgram(actor);
		Program current = this.programs.current(actor);
		List<SessionFrame> used = (frames != null && !frames.isEmpty()) ? frames : framesOf(current);
		if (used.isEmpty()) {
			throw new DomainRuleException("program.noFrames",
					"There are no sessions to fill yet: send frames, e.g. {\"frames\":[{\"room\":\"Room A\","
							+ "\"start\":\"2027-03-10T00:00:00Z\",\"end\":\"2027-03-10T01:30:00Z\"}]}");
		}
		validate(used);
		List<AbstractSubmission> accepted = this.acceptedTalks.all();
		if (accepted.size() > MAX_TALKS) {
			throw new DomainRuleException("program.tooManyTalks", "The auto-suggest places at most " + MAX_TALKS
					+ " talks; there are " + accepted.size() + ". Build the program by hand");
		}
		List<SuggestTalk> talks = new ArrayList<>();
		List<AffinityDocument> documents = new ArrayList<>();
		for (AbstractSubmission submission : accepted) {
			talks.add(new SuggestTalk(submission.id(), submission.title(), submission.text(), submission.keywords(),
					submission.primaryTopic(), submission.secondaryTopics(), presenterInstitution(submission),
					submission.studentPresenter(), presenterEmail(submission)));
			documents.add(this.texts.document(submission.id().toString(), submission.title(), submission.text(),
					String.join(", ", submission.keywords())));
		}
		Suggestion suggestion = ProgramSuggester.suggest(talks, documents, used, topicNames());
		Map<UUID, AbstractSubmission> byId = new LinkedHashMap<>();
		accepted.forEach((submission) -> byId.put(submission.id(), submission));
		return new Proposal(current.version(), List.copyOf(used), suggestion, byId);
	}

	/**
	 * Saves the proposal the frames give as the working program.
	 * @param actor a chair
	 * @param frames the frames the proposal was made with
	 * @param basedOnVersion the program version it was made for; another one answers 409
	 * {@code program.conflict}
	 * @return the saved program
	 */
	public Program apply(Actor actor, List<SessionFrame> frames, Long basedOnVersion) {
		Proposal proposal = suggest(actor, frames);
		if (!Objects.equals(proposal.basedOnVersion(), basedOnVersion)) {
			throw ProgramService.conflict();
		}
		return this.programs.replace(actor, proposal.suggestion().sessions(), basedOnVersion);
	}

	/**
	 * The frames of a program's sessions (rooms, times and minutes), by start then room.
	 * @param program the program
	 * @return the frames
	 */
	public static List<SessionFrame> framesOf(Program program) {
		return program.sessions()
			.stream()
			.sorted(Comparator.comparing(ProgramSession::start)
				.thenComparing((session) -> (session.room() != null) ? session.room() : "")
				.thenComparing(ProgramSession::id))
			.map((session) -> new SessionFrame(session.room(), session.start(), session.end(), session.talkMinutes(),
					session.questionMinutes()))
			.toList();
	}

	/**
	 * The frames offered when there is no program yet: two rooms, two 90-minute sessions
	 * each (09:00 and 11:00) on the event's day, taken to be two weeks after the review
	 * deadline (the settings hold no event date).
	 * @param settings the event settings
	 * @return the frames
	 */
	public static List<SessionFrame> defaultFrames(EventSettings settings) {
		ZoneId zone = ZoneId.of(settings.timeZone());
		LocalDate day = settings.reviewDeadline().at().atZone(zone).toLocalDate().plusDays(14);
		List<SessionFrame> frames = new ArrayList<>();
		for (LocalTime start : List.of(LocalTime.of(9, 0), LocalTime.of(11, 0))) {
			for (String room : List.of("Room A", "Room B")) {
				Instant at = day.atTime(start).atZone(zone).toInstant();
				frames.add(new SessionFrame(room, at, at.plus(Duration.ofMinutes(90)), null, null));
			}
		}
		return frames;
	}

	static void validate(List<SessionFrame> frames) {
		if (frames.size() > MAX_FRAMES) {
			throw new DomainRuleException("program.frame.tooMany", "At most " + MAX_FRAMES
					+ " frames (sessions) can be suggested at once; " + frames.size() + " were sent");
		}
		for (int i = 0; i < frames.size(); i++) {
			SessionFrame frame = frames.get(i);
			if (frame.start() == null || frame.end() == null || !frame.start().isBefore(frame.end())) {
				throw new DomainRuleException("program.frame.time",
						"Frame " + (i + 1) + " must have a start and an end after it");
			}
			if ((frame.talkMinutes() != null && (frame.talkMinutes() < 1 || frame.talkMinutes() > 240))
					|| (frame.questionMinutes() != null
							&& (frame.questionMinutes() < 0 || frame.questionMinutes() > 120))) {
				throw new DomainRuleException("program.frame.minutes",
						"Frame " + (i + 1) + ": a talk lasts 1 to 240 minutes and questions 0 to 120 minutes");
			}
			for (int j = 0; j < i; j++) {
				SessionFrame other = frames.get(j);
				if (Objects.equals(room(frame), room(other)) && frame.start().isBefore(other.end())
						&& other.start().isBefore(frame.end())) {
					throw new DomainRuleException("program.frame.overlap", "Frames " + (j + 1) + " and " + (i + 1)
							+ " overlap in room '" + room(frame) + "'; give them different times or rooms");
				}
			}
		}
	}

	private static String room(SessionFrame frame) {
		return (frame.room() != null) ? frame.room().strip() : "";
	}

	/**
	 * The presenter's institution: the presenting author's, else the first author's.
	 */
	private static String presenterEmail(AbstractSubmission submission) {
		return submission.authors()
			.stream()
			.filter(Author::presenting)
			.findFirst()
			.or(() -> submission.authors().stream().findFirst())
			.map(Author::email)
			.orElse(null);
	}

	static String presenterInstitution(AbstractSubmission submission) {
		return submission.authors()
			.stream()
			.filter(Author::presenting)
			.findFirst()
			.orElse(submission.authors().get(0))
			.institution();
	}

	private Map<String, String> topicNames() {
		Map<String, String> names = new LinkedHashMap<>();
		for (TopicArea area : this.referenceData.topicAreas(true)) {
			names.put(area.code(), area.name().en());
		}
		return names;
	}

	/**
	 * A proposal.
	 *
	 * @param basedOnVersion the program version it was made for, {@code null} before the
	 * first save
	 * @param frames the frames it fills
	 * @param suggestion the sessions, placements and unmet goals
	 * @param talks the accepted talks by id
	 */
	public record Proposal(Long basedOnVersion, List<SessionFrame> frames, Suggestion suggestion,
			Map<UUID, AbstractSubmission> talks) {

	}

}

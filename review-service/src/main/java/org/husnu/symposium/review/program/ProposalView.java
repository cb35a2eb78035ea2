package org.husnu.symposium.review.program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.program.ProgramSession;
import org.husnu.symposium.core.program.Suggestion;
import org.husnu.symposium.core.program.Suggestion.Note;
import org.husnu.symposium.core.program.Suggestion.Placement;

import org.springframework.context.MessageSource;

/**
 * A proposal as the API and the page show it: the sessions as {@code PUT /api/program}
 * takes them, each talk with its number and title and the reasons it went where it did,
 * and the unmet goals, every reason and note rendered in the reader's language from
 * {@code program.reason.CODE} and {@code program.unmet.CODE}.
 *
 * @param basedOnVersion the program version the proposal was made for
 * @param sessions the proposed sessions
 * @param placements where each talk went and why
 * @param unmet what could not be met
 */
public record ProposalView(Long basedOnVersion, List<ProgramSession> sessions, List<PlacementView> placements,
		List<NoteView> unmet) {

	static ProposalView of(ProgramSuggestions.Proposal proposal, MessageSource messages, Locale locale) {
		Suggestion suggestion = proposal.suggestion();
		Map<UUID, ProgramSession> sessions = new HashMap<>();
		suggestion.sessions().forEach((session) -> sessions.put(session.id(), session));
		List<PlacementView> placements = new ArrayList<>();
		for (Placement placement : suggestion.placements()) {
			AbstractSubmission talk = proposal.talks().get(placement.abstractId());
			ProgramSession session = (placement.sessionId() != null) ? sessions.get(placement.sessionId()) : null;
			placements.add(new PlacementView(
					new TalkRef(talk.id(), talk.number(), talk.title(), ProgramSuggestions.presenterInstitution(talk),
							talk.studentPresenter()),
					placement.sessionId(), (session != null) ? session.title() : null,
					notes(placement.reasons(), "program.reason.", messages, locale)));
		}
		return new ProposalView(proposal.basedOnVersion(), suggestion.sessions(), placements,
				notes(suggestion.unmet(), "program.unmet.", messages, locale));
	}

	private static List<NoteView> notes(List<Note> notes, String prefix, MessageSource messages, Locale locale) {
		return notes.stream()
			.map((note) -> new NoteView(note.code(),
					messages.getMessage(prefix + note.code(), note.args().toArray(), note.code(), locale)))
			.toList();
	}

	/**
	 * The placements of one session, in slot order.
	 * @param session the session
	 * @return its placements
	 */
	public List<PlacementView> placementsOf(ProgramSession session) {
		Map<UUID, PlacementView> byTalk = new HashMap<>();
		this.placements.forEach((placement) -> byTalk.put(placement.abstractRef().id(), placement));
		return session.talks().stream().map(byTalk::get).toList();
	}

	/**
	 * The talks that could not be placed.
	 * @return their placements
	 */
	public List<PlacementView> leftOut() {
		return this.placements.stream().filter((placement) -> placement.session() == null).toList();
	}

	/**
	 * A talk.
	 *
	 * @param id abstract id
	 * @param number abstract number
	 * @param title title
	 * @param institution the presenter's institution
	 * @param student whether a student presents
	 */
	public record TalkRef(UUID id, String number, String title, String institution, boolean student) {

	}

	/**
	 * Where one talk went and why.
	 *
	 * @param abstractRef the talk (JSON {@code abstract})
	 * @param session its session id, {@code null} when left out
	 * @param sessionTitle its session's title
	 * @param reasons why, most important first
	 */
	public record PlacementView(@JsonProperty("abstract") TalkRef abstractRef, UUID session, String sessionTitle,
			List<NoteView> reasons) {

	}

	/**
	 * A reason or unmet goal.
	 *
	 * @param code stable code
	 * @param message the text in the reader's language
	 */
	public record NoteView(String code, String message) {

	}

}

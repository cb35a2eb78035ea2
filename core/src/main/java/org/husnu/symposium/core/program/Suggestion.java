package org.husnu.symposium.core.program;

import java.util.List;
import java.util.UUID;

/**
 * What the auto-suggest proposes: sessions ready to save as the working program, why each
 * talk went where it did, and what could not be met. Reasons and unmet items are codes
 * with arguments, rendered through the messages {@code program.reason.CODE} and
 * {@code program.unmet.CODE} in the reader's language.
 *
 * @param sessions proposed sessions with their talk slots
 * @param placements one per placed talk
 * @param unmet what could not be met, empty when everything was
 */
public record Suggestion(List<ProgramSession> sessions, List<Placement> placements, List<Note> unmet) {

	public Suggestion {
		sessions = List.copyOf(sessions);
		placements = List.copyOf(placements);
		unmet = List.copyOf(unmet);
	}

	/**
	 * Where one talk went and why.
	 *
	 * @param abstractId the talk
	 * @param sessionId its session, {@code null} when it could not be placed
	 * @param reasons why, most important first
	 */
	public record Placement(UUID abstractId, UUID sessionId, List<Note> reasons) {

	}

	/**
	 * A reason or an unmet goal: a stable code and its message arguments.
	 *
	 * @param code e.g. {@code sameTopic}, {@code balanced}, {@code noRoom}
	 * @param args message arguments
	 */
	public record Note(String code, List<String> args) {

		public Note {
			args = List.copyOf((args != null) ? args : List.of());
		}

	}

}

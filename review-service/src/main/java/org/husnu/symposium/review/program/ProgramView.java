package org.husnu.symposium.review.program;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.husnu.symposium.core.program.SlotKind;

/**
 * The working program as the chairs' editor and {@code GET /api/program} show it: the
 * sessions with names instead of ids, the warnings in the reader's language, the current
 * publication and the accepted talks that have no slot yet.
 *
 * @param version the version to send back with a change, {@code null} before the first
 * save
 * @param sessions sessions in start order
 * @param warnings the program's warnings
 * @param published the current publication, {@code null} before the first
 * @param unplacedTalks accepted oral talks without a slot, by number
 */
public record ProgramView(Long version, List<SessionView> sessions, List<WarningView> warnings, PublishedView published,
		List<TalkView> unplacedTalks) {

	/**
	 * A session.
	 *
	 * @param id id
	 * @param title title
	 * @param topicCodes topic areas
	 * @param sessionChairs chairs
	 * @param room room
	 * @param start start
	 * @param end end
	 * @param talkMinutes talk length
	 * @param questionMinutes question time
	 * @param slots slots in time order
	 */
	public record SessionView(UUID id, String title, List<String> topicCodes, List<ChairView> sessionChairs,
			String room, Instant start, Instant end, int talkMinutes, int questionMinutes, List<SlotView> slots) {

	}

	/**
	 * A session chair.
	 *
	 * @param id account id
	 * @param name name (the address when the account has none)
	 * @param institution institution code
	 */
	public record ChairView(UUID id, String name, String institution) {

	}

	/**
	 * A slot.
	 *
	 * @param kind talk or break
	 * @param start start
	 * @param end end
	 * @param talk the talk, {@code null} for a break
	 * @param label the break's label
	 */
	public record SlotView(SlotKind kind, Instant start, Instant end, @JsonProperty("abstract") TalkView talk,
			String label) {

	}

	/**
	 * A talk.
	 *
	 * @param id abstract id
	 * @param number abstract number
	 * @param title title
	 * @param presenter who presents
	 */
	public record TalkView(UUID id, String number, String title, PersonView presenter) {

	}

	/**
	 * A presenter as the editor shows them.
	 *
	 * @param name name
	 * @param institution institution code
	 */
	public record PersonView(String name, String institution) {

	}

	/**
	 * A warning.
	 *
	 * @param code stable code
	 * @param message in the reader's language
	 * @param session session concerned, or {@code null}
	 * @param talk talk concerned, or {@code null}
	 */
	public record WarningView(String code, String message, UUID session, @JsonProperty("abstract") UUID talk) {

	}

	/**
	 * The current publication.
	 *
	 * @param number its number
	 * @param publishedAt when
	 */
	public record PublishedView(int number, Instant publishedAt) {

	}

}

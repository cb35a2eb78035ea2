package org.husnu.symposium.review.program;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.program.SlotKind;
import tools.jackson.databind.JsonNode;

/**
 * The whole working program as {@code PUT /api/program} takes it. It also takes back what
 * {@code GET /api/program} and {@code POST /api/program/suggest} answer: a talk or a
 * session chair may be named by its id or number, or by the object those answers show
 * (its {@code id} is read), and a proposal's {@code abstractId} is read as
 * {@code abstract}, so a script can read, change and send back.
 *
 * @param version the version read ({@code null} only for the first save)
 * @param sessions every session; those left out are deleted
 */
record ProgramRequest(Long version, @Valid @Size(max = 200) List<SessionRequest> sessions) {

	/**
	 * A session.
	 *
	 * @param id its id, {@code null} for a new one
	 * @param title title
	 * @param topicCodes topic area codes
	 * @param sessionChairs account ids of its chairs
	 * @param room room
	 * @param start start
	 * @param end end
	 * @param talkMinutes talk length, {@code null} for 12
	 * @param questionMinutes question time, {@code null} for 3
	 * @param slots its slots
	 */
	record SessionRequest(UUID id, @Size(max = 300) String title,
			@Size(max = 20) List<@Size(max = 64) String> topicCodes, @Size(max = 10) List<Ref> sessionChairs,
			@Size(max = 100) String room, Instant start, Instant end, Integer talkMinutes, Integer questionMinutes,
			@Valid @Size(max = 200) List<SlotRequest> slots) {

	}

	/**
	 * A slot.
	 *
	 * @param kind {@code TALK} or {@code BREAK}
	 * @param start start
	 * @param end end
	 * @param talk the talk's abstract id or number
	 * @param label the break's label
	 */
	record SlotRequest(SlotKind kind, Instant start, Instant end,
			@JsonProperty("abstract") @JsonAlias("abstractId") Ref talk, @Size(max = 100) String label) {

	}

	/**
	 * A record named by its id or number, or by an object with its {@code id}.
	 *
	 * @param key the id or number, {@code null} when none was given
	 */
	record Ref(String key) {

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static Ref of(JsonNode node) {
			if (node == null || node.isNull()) {
				return new Ref(null);
			}
			JsonNode value = node.isObject() ? node.get("id") : node;
			return new Ref((value == null || value.isNull() || !value.isValueNode()) ? null : value.asString());
		}

		/**
		 * The key as a UUID.
		 * @param code the problem code when it is not one
		 * @param what what the key names, for the message
		 * @return the UUID
		 */
		UUID uuid(String code, String what) {
			try {
				return UUID.fromString((this.key != null) ? this.key.strip() : "");
			}
			catch (IllegalArgumentException ex) {
				throw new DomainRuleException(code,
						what + " '" + this.key + "' is not an id; send the id as " + "GET /api/program shows it");
			}
		}

	}

	/**
	 * A publication request.
	 *
	 * @param version the version the chair saw
	 * @param confirm whether to publish despite warnings
	 */
	record PublishRequest(Long version, Boolean confirm) {

	}

	/**
	 * Moves a talk into a session.
	 *
	 * @param version the version the chair saw
	 * @param talk the abstract id or number
	 * @param session the target session
	 * @param position index among the session's slots, {@code null} for the end
	 */
	record MoveRequest(Long version, @JsonProperty("abstract") @Size(max = 64) String talk, UUID session,
			Integer position) {

	}

}

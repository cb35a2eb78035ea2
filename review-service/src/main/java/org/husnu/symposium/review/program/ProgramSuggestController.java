package org.husnu.symposium.review.program;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.husnu.symposium.core.program.SessionFrame;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/program/suggest}: a proposal for the chairs, saved by nobody; the
 * chairs save it (or their edit of it) with {@code PUT /api/program}.
 */
@RestController
class ProgramSuggestController {

	private final ProgramSuggestions suggestions;

	private final MessageSource messages;

	ProgramSuggestController(ProgramSuggestions suggestions, MessageSource messages) {
		this.suggestions = suggestions;
		this.messages = messages;
	}

	@PostMapping("/api/program/suggest")
	ProposalView suggest(@RequestBody(required = false) SuggestRequest request, Locale locale) {
		List<SessionFrame> frames = (request != null && request.frames() != null) ? request.frames()
			.stream()
			.map((frame) -> (frame != null) ? frame.toFrame() : new SessionFrame(null, null, null, null, null))
			.toList() : null;
		return ProposalView.of(this.suggestions.suggest(CurrentActor.require(), frames), this.messages, locale);
	}

	/**
	 * The frames to fill; none: the current program's sessions.
	 *
	 * @param frames the frames
	 */
	record SuggestRequest(List<FrameRequest> frames) {

	}

	/**
	 * One frame.
	 *
	 * @param room room
	 * @param start start
	 * @param end end
	 * @param talkMinutes talk minutes, 12 if absent
	 * @param questionMinutes question minutes, 3 if absent
	 */
	record FrameRequest(String room, Instant start, Instant end, Integer talkMinutes, Integer questionMinutes) {

		SessionFrame toFrame() {
			return new SessionFrame(this.room, this.start, this.end, this.talkMinutes, this.questionMinutes);
		}

	}

}

package org.husnu.symposium.core.program;

import java.util.List;
import java.util.Map;

/**
 * Auto-suggest: builds topic-coherent sessions from the accepted oral talks that keep HU
 * and SNU speakers balanced, spread student talks and fit the session lengths. A pure
 * function.
 */
public final class ProgramSuggester {

	private ProgramSuggester() {
	}

	/**
	 * Proposes sessions.
	 * @param talks the accepted oral talks
	 * @param frames the rooms and times to fill, one session each
	 * @param topicNames topic code to the name session titles use
	 * @return the proposal
	 */
	public static Suggestion suggest(List<SuggestTalk> talks, List<SessionFrame> frames,
			Map<String, String> topicNames) {
		throw new UnsupportedOperationException("not built yet (issue 13, part 'suggest')");
	}

}

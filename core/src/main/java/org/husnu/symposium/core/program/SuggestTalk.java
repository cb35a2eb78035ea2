package org.husnu.symposium.core.program;

import java.util.List;
import java.util.UUID;

/**
 * An accepted oral talk as the auto-suggest reads it.
 *
 * @param abstractId the abstract
 * @param title title
 * @param text plain-text abstract
 * @param keywords keywords
 * @param primaryTopic primary topic area code
 * @param secondaryTopics further topic area codes
 * @param institution the presenter's institution code (HU, SNU, ...)
 * @param student whether a student presents
 * @param presenter who presents (e.g. the presenting author's address), so the
 * auto-suggest never schedules one person in two rooms at once; {@code null} when unknown
 */
public record SuggestTalk(UUID abstractId, String title, String text, List<String> keywords, String primaryTopic,
		List<String> secondaryTopics, String institution, boolean student, String presenter) {

	public SuggestTalk {
		keywords = List.copyOf((keywords != null) ? keywords : List.of());
		secondaryTopics = List.copyOf((secondaryTopics != null) ? secondaryTopics : List.of());
	}

	/**
	 * A talk whose presenter is not known (no clash can be avoided for it).
	 * @param abstractId the abstract
	 * @param title title
	 * @param text plain-text abstract
	 * @param keywords keywords
	 * @param primaryTopic primary topic area code
	 * @param secondaryTopics further topic area codes
	 * @param institution the presenter's institution code
	 * @param student whether a student presents
	 */
	public SuggestTalk(UUID abstractId, String title, String text, List<String> keywords, String primaryTopic,
			List<String> secondaryTopics, String institution, boolean student) {
		this(abstractId, title, text, keywords, primaryTopic, secondaryTopics, institution, student, null);
	}

}

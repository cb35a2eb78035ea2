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
 */
public record SuggestTalk(UUID abstractId, String title, String text, List<String> keywords, String primaryTopic,
		List<String> secondaryTopics, String institution, boolean student) {

	public SuggestTalk {
		keywords = List.copyOf((keywords != null) ? keywords : List.of());
		secondaryTopics = List.copyOf((secondaryTopics != null) ? secondaryTopics : List.of());
	}

}

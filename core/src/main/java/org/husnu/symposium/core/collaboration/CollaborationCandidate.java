package org.husnu.symposium.core.collaboration;

import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.affinity.AffinityDocument;

/**
 * An abstract as the collaboration report reads it: its topics and its analysed title,
 * text and keywords.
 *
 * @param id the abstract
 * @param primaryTopic primary topic area code
 * @param secondaryTopics further topic area codes
 * @param document the analysed title, text and keywords
 */
public record CollaborationCandidate(UUID id, String primaryTopic, List<String> secondaryTopics,
		AffinityDocument document) {

	public CollaborationCandidate {
		secondaryTopics = List.copyOf((secondaryTopics != null) ? secondaryTopics : List.of());
	}

	/**
	 * Analyses an abstract.
	 * @param id the abstract
	 * @param title its title
	 * @param text its text
	 * @param keywords its keywords
	 * @param primaryTopic its primary topic
	 * @param secondaryTopics its secondary topics
	 * @return the candidate
	 */
	public static CollaborationCandidate of(UUID id, String title, String text, List<String> keywords,
			String primaryTopic, List<String> secondaryTopics) {
		return new CollaborationCandidate(id, primaryTopic, secondaryTopics,
				AffinityDocument.of(id.toString(), title, text, String.join(", ", keywords)));
	}

}

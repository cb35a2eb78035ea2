package org.husnu.symposium.core.collaboration;

import java.util.List;
import java.util.UUID;

/**
 * An HU and an SNU abstract close to each other.
 *
 * @param hu the HU abstract
 * @param snu the SNU abstract
 * @param score 0 to 1: the text cosine, boosted for the same or a related topic
 * @param text the text cosine alone, 0 to 1
 * @param sameTopic whether both have the same primary topic
 * @param relatedTopic whether their topics are related (one's primary is the other's
 * secondary, or they share a secondary), when not the same
 * @param sharedTerms the terms that contribute most to the text cosine, readable
 */
public record CollaborationPair(UUID hu, UUID snu, double score, double text, boolean sameTopic, boolean relatedTopic,
		List<String> sharedTerms) {

	public CollaborationPair {
		sharedTerms = List.copyOf(sharedTerms);
	}

}

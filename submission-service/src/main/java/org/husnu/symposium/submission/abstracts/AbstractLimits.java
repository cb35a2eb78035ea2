package org.husnu.symposium.submission.abstracts;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.abstracts.WordCounter;
import org.husnu.symposium.core.event.SubmissionLimits;
import org.husnu.symposium.core.institutions.EmailAddresses;
import org.husnu.symposium.core.institutions.Institution;
import org.husnu.symposium.core.topics.TopicArea;
import org.husnu.symposium.platform.referencedata.ReferenceData;

import org.springframework.stereotype.Component;

/**
 * The chairs' limits on an abstract's fields (topic areas, keywords, words) and the
 * reference data its fields must name (active topic areas, known institutions, valid
 * addresses), checked before every save. Each broken limit is a
 * {@link DomainRuleException} with a stable code and a message that says what to fix.
 */
@Component
class AbstractLimits {

	private final ReferenceData referenceData;

	AbstractLimits(ReferenceData referenceData) {
		this.referenceData = referenceData;
	}

	/**
	 * Checks an abstract against the limits.
	 * @param submission the abstract as it would be saved
	 * @param limits the event's limits
	 */
	void check(AbstractSubmission submission, SubmissionLimits limits) {
		Map<String, TopicArea> topics = this.referenceData.topicAreas(true)
			.stream()
			.collect(Collectors.toMap(TopicArea::code, (topic) -> topic));
		for (String code : submission.topics()) {
			TopicArea topic = topics.get(code);
			DomainRuleException.require(topic != null && topic.active(), "abstract.topic.unknown",
					"There is no topic area " + code + "; choose one of "
							+ this.referenceData.topicAreas(false).stream().map(TopicArea::code).toList());
		}
		DomainRuleException.require(submission.secondaryTopics().size() <= limits.maxSecondaryTopics(),
				"abstract.topic.count", "Choose at most " + limits.maxSecondaryTopics() + " secondary topic areas (now "
						+ submission.secondaryTopics().size() + ")");
		DomainRuleException.require(submission.keywords().size() <= limits.maxKeywords(), "abstract.keywords.count",
				"Give at most " + limits.maxKeywords() + " keywords (now " + submission.keywords().size() + ")");
		int words = WordCounter.count(submission.text());
		DomainRuleException.require(words <= limits.maxAbstractWords(), "abstract.text.words", "The abstract has "
				+ words + " words; at most " + limits.maxAbstractWords() + " are allowed. Shorten it and save again.");
		Set<String> institutions = this.referenceData.institutions()
			.stream()
			.map(Institution::code)
			.collect(Collectors.toSet());
		for (Author author : submission.authors()) {
			DomainRuleException.require(institutions.contains(author.institution()), "author.institution.unknown",
					"Author " + author.name() + " has institution " + author.institution() + "; use one of "
							+ institutions.stream().sorted().toList());
			DomainRuleException.require(EmailAddresses.isValid(author.email()), "author.email",
					"Author " + author.name() + " needs a valid e-mail address (not '" + author.email() + "')");
		}
	}

}

package org.husnu.symposium.core.topics;

import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.husnu.symposium.core.i18n.LocalizedText;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A topic area abstracts are filed under. Topic areas are data, not an enum: chairs edit
 * names and add areas; the code is the stable key used by abstracts and reviewer
 * expertise, so it never changes and areas are retired ({@code active = false}) rather
 * than deleted.
 *
 * @param code stable upper-case key, e.g. {@code GENOME_MEDICINE}
 * @param name name in English, Japanese and Korean
 * @param mhlwPriority whether it is one of the six AI priority areas of Japan's MHLW
 * @param order position in lists
 * @param active whether new abstracts may choose it
 * @param version optimistic-locking version
 */
@Document(collection = CollectionNames.TOPIC_AREAS)
public record TopicArea(@Id @NotNull String code, @NotNull @Valid LocalizedText name, boolean mhlwPriority, int order,
		boolean active, @Version Long version) {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	public TopicArea {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new IllegalArgumentException(
					"A topic code is 2 to 40 upper-case letters, digits or underscores, starting with a letter: "
							+ code);
		}
		if (name == null) {
			throw new IllegalArgumentException("A topic area needs a name");
		}
	}

	/**
	 * A new, active topic area.
	 * @param code the code
	 * @param name the name
	 * @param mhlwPriority whether it is an MHLW priority area
	 * @param order position in lists
	 * @return the topic area
	 */
	public static TopicArea of(String code, LocalizedText name, boolean mhlwPriority, int order) {
		return new TopicArea(code, name, mhlwPriority, order, true, null);
	}

}

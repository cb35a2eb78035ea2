package org.husnu.symposium.review.assignment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reason the assignment can give for an unmet constraint is said on the chairs'
 * page in English, Japanese and Korean: a guard that fails when the solver gains a code
 * without its texts.
 */
class UnmetMessagesTests {

	private static final Pattern UNMET_CODE = Pattern.compile("new UnmetConstraint\\([^,]+,\\s*\"([a-z.-]+)\"");

	@Test
	void everyUnmetCodeHasItsTextInEveryLanguage() throws IOException {
		String network = Files.readString(Path.of("..", "core", "src", "main", "java", "org", "husnu", "symposium",
				"core", "assignment", "AssignmentNetwork.java"));
		Set<String> codes = new TreeSet<>();
		Matcher matcher = UNMET_CODE.matcher(network);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		assertThat(codes).hasSizeGreaterThanOrEqualTo(6);
		for (String bundle : new String[] { "messages.properties", "messages_ja.properties",
				"messages_ko.properties" }) {
			Properties messages = load(bundle);
			for (String code : codes) {
				assertThat(messages.getProperty("assignments.unmet." + code)).as("%s in %s", code, bundle).isNotBlank();
			}
		}
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = UnmetMessagesTests.class.getClassLoader().getResourceAsStream(bundle)) {
			assertThat(in).as(bundle).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
